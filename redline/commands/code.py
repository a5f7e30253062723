"""`redline code`: read sources, code them, print events; report unreadable inputs at the end."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from redline.config import load_settings, parse_set_options
from redline.errors import InputError, RedlineError
from redline.output import FORMATS, write_events
from redline.records import Article, EventRecord

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _fail(message: str) -> int:
    print(f"redline: {message}", file=sys.stderr)
    return 2


def run_code(paths: list[str], *, fmt: str, date: str | None, overrides: list[str]) -> int:
    if fmt not in FORMATS:
        return _fail(f"[R401] unknown --format '{fmt}'. Fix: use one of {', '.join(FORMATS)}")
    if date and not _DATE.match(date):
        return _fail(f"[R402] --date '{date}' is not YYYY-MM-DD. Fix: e.g. --date 2025-09-05")
    try:
        settings = load_settings(parse_set_options(overrides))
        from redline import code_articles
        from redline.ingest import read_sources

        errors: list[InputError] = []

        def articles() -> Iterator[Article]:
            for item in read_sources(paths, date=date):
                if isinstance(item, InputError):
                    errors.append(item)
                else:
                    yield item

        def events() -> Iterator[EventRecord]:
            for _, recs in code_articles(articles(), model=settings["nlp.model"]):
                yield from recs

        write_events(events(), fmt)
    except RedlineError as exc:
        return _fail(str(exc))
    for err in errors:
        print(f"redline: {err}", file=sys.stderr)
    if errors:
        print(f"redline: {len(errors)} input(s) could not be read (see above)", file=sys.stderr)
        return 1
    return 0
