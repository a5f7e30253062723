"""Reading the actor data files: small TSV tables with '#' comment lines and a header row.

Every problem is reported as a DataFileError naming the file and line, so that a user who
edits a table sees exactly what to fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from redline.errors import DataFileError

DATA_DIR = Path(__file__).parent / "data"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def read_tsv(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row dict) for each data row; the first non-comment line is the
    header and must hold every column in `required`."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(
            f"cannot read actor table: {exc}", input=str(path), fix="restore the file"
        ) from exc
    header: list[str] | None = None
    for lineno, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in required if c not in header]
            if missing:
                raise DataFileError(
                    f"header lacks column(s) {', '.join(missing)}",
                    input=f"{path.name}:{lineno}",
                    fix=f"the header row must name the columns {', '.join(required)}",
                )
            continue
        if len(cells) > len(header):
            raise DataFileError(
                f"row has {len(cells)} tab-separated cells but the header has {len(header)}",
                input=f"{path.name}:{lineno}",
                fix="separate columns with exactly one tab; leave empty cells empty",
            )
        cells += [""] * (len(header) - len(cells))
        yield lineno, {k: v.strip() for k, v in zip(header, cells, strict=True)}


def split_list(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def parse_date(cell: str, where: str) -> date | None:
    if not cell:
        return None
    if not _DATE.match(cell):
        raise DataFileError(
            f"bad date {cell!r}", input=where, fix="write dates as YYYY-MM-DD or leave empty"
        )
    try:
        return date.fromisoformat(cell)
    except ValueError as exc:
        raise DataFileError(
            f"bad date {cell!r}", input=where, fix="write a real calendar date (YYYY-MM-DD)"
        ) from exc


def check_code(cell: str, where: str, column: str) -> str:
    if not cell or not re.fullmatch(r"[A-Z0-9][A-Z0-9 +\-]*", cell):
        raise DataFileError(
            f"bad {column} {cell!r}",
            input=where,
            fix=f"{column} must be upper-case letters/digits (e.g. RUS, NATO, HAMAS)",
        )
    return cell
