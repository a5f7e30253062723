"""Writing analysis rows: a rich table for people, jsonl/csv for programs.

Nested values (type counts, evidence lists) stay nested in jsonl and are JSON-encoded in
one csv cell, so a csv row is still one aggregate row.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

FORMATS = ("table", "jsonl", "csv")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _short(value: Any, width: int = 70) -> str:
    if isinstance(value, dict):
        text = ", ".join(f"{k}:{v}" for k, v in value.items())
    elif isinstance(value, list):
        text = str(len(value))
    else:
        text = "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 3] + "..."


def write_rows(
    rows: Sequence[dict[str, Any]],
    fmt: str,
    table_columns: Sequence[str],
    out: TextIO | None = None,
    title: str | None = None,
) -> int:
    out = out or sys.stdout
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        columns = list(rows[0]) if rows else list(table_columns)
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, header_style="bold")
        for col in table_columns:
            table.add_column(col, overflow="fold")
        for row in rows:
            table.add_row(*(_short(row.get(c)) for c in table_columns))
        Console(file=out, width=None if out.isatty() else 200).print(table)
    return len(rows)
