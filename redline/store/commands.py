"""What `redline ingest`, `redline events` and `redline export` do (cli.py only parses).

Each function returns the process exit status: 0 fine, 1 some input failed, 2 the store
itself failed (locked, unreachable, bad URL).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

from redline.errors import InputError, RedlineError
from redline.records import Article
from redline.store.base import BatchResult, EventFilter, content_hash
from redline.store.url import open_store

TABLE_COLUMNS = ("date", "event_type", "modality", "actor_codes", "recipient_codes",
                 "mentions", "cameo", "evidence", "event_id")  # fmt: skip


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def run_ingest(
    paths: Sequence[str],
    db: str | None = None,
    date_: str | None = None,
    batch_size: int = 32,
    progress: bool | None = None,
    out: IO[str] | None = None,
) -> int:
    """Read, code and store every input; print one summary line."""
    out = out or sys.stdout
    try:
        from redline import code_articles
        from redline.ingest import read_sources
    except ImportError as exc:
        _err(f"[R500] ingest needs the reader and coder stages, which failed to import: {exc}")
        return 2
    try:
        store = open_store(db)
    except RedlineError as exc:
        _err(str(exc))
        return 2
    failed: list[tuple[str, str]] = []
    total = BatchResult()
    skipped = 0

    def fresh_articles() -> Iterator[Article]:
        nonlocal skipped
        for item in read_sources(list(paths), date=date_):
            if isinstance(item, RedlineError):
                failed.append((item.input or "?", item.message))
                continue
            # Already stored: skip the (costly) coding; add_batch would skip it anyway.
            if store.known_hashes([content_hash(item.text)]):
                skipped += 1
                continue
            yield item

    show = sys.stdout.isatty() if progress is None else progress
    try:
        with _progress(show) as tick:
            batch: list[tuple[Article, list[Any]]] = []
            for article, records in code_articles(fresh_articles(), batch_size=batch_size):
                batch.append((article, records))
                if len(batch) >= batch_size:
                    total += store.add_batch(batch)
                    tick(len(batch))
                    batch = []
            if batch:
                total += store.add_batch(batch)
                tick(len(batch))
    except RedlineError as exc:
        _err(str(exc))
        store.close()
        return 2
    store.close()
    total.articles_present += skipped
    print(summary_line(total, failed), file=out)
    return 1 if failed else 0


def summary_line(total: BatchResult, failed: list[tuple[str, str]]) -> str:
    line = (
        f"stored {total.articles_stored} articles ({total.articles_present} already present, "
        f"{total.joined_story} joined an existing story), {total.mentions} event mentions "
        f"-> {total.events} events"
    )
    if failed:
        line += f"; {len(failed)} failed: " + "; ".join(f"{p}: {why}" for p, why in failed)
    return line


class _progress:
    """A rich progress counter on a terminal; a no-op elsewhere."""

    def __init__(self, show: bool) -> None:
        self.show = show
        self._bar: Any = None

    def __enter__(self):  # type: ignore[no-untyped-def]
        if not self.show:
            return lambda n: None
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        columns = (SpinnerColumn(), TextColumn("{task.description}"),
                   TextColumn("{task.completed} articles"), TimeElapsedColumn())  # fmt: skip
        self._bar = Progress(*columns)
        self._bar.start()
        task = self._bar.add_task("ingesting", total=None)
        return lambda n: self._bar.advance(task, n)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


def parse_day(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(f"{option} expects a date like 2024-05-31, got {value!r}",
                         input=option, fix="write the date as YYYY-MM-DD") from exc  # fmt: skip


def run_events(
    db: str | None,
    *,
    event_type: str | None = None,
    actor: str | None = None,
    recipient: str | None = None,
    since: str | None = None,
    until: str | None = None,
    modality: str | None = None,
    limit: int | None = None,
    fmt: str = "table",
    out: IO[str] | None = None,
) -> int:
    """Print stored happenings (one row per event, with its mention count)."""
    out = out or sys.stdout
    if fmt not in ("table", "jsonl", "csv"):
        _err(f"[R400] unknown format {fmt!r}. Fix: use table, jsonl or csv")
        return 2
    try:
        filters = EventFilter(event_type, actor, recipient, parse_day(since, "--since"),
                              parse_day(until, "--until"), modality, limit)  # fmt: skip
        store = open_store(db)
        try:
            rows = store.events(filters)
        finally:
            store.close()
    except RedlineError as exc:
        _err(str(exc))
        return 2
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, default=str, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else list(TABLE_COLUMNS))
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
    else:
        _print_table(rows, out)
    return 0


def _print_table(rows: list[dict[str, Any]], out: IO[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(*TABLE_COLUMNS, title=f"{len(rows)} events")
    for row in rows:
        cells = ["" if row[c] is None else str(row[c]) for c in TABLE_COLUMNS]
        cells[7] = cells[7][:80]
        table.add_row(*cells)
    Console(file=out, width=200 if not out.isatty() else None).print(table)


def run_export(db: str | None, fmt: str, out_path: Path, level: str = "mentions") -> int:
    """Write the store to a file; prints how many rows went where."""
    try:
        store = open_store(db)
        try:
            n = store.export(fmt, Path(out_path), level=level)
        finally:
            store.close()
    except RedlineError as exc:
        _err(str(exc))
        return 2
    print(f"wrote {n} {level} to {out_path} ({fmt})")
    return 0
