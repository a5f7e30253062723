"""Helpers shared by the event-coder test files (on pytest's path via `pythonpath`)."""

from __future__ import annotations

import redline
from redline.records import EventRecord

DATE = "2025-09-05"


def first(text: str, etype: str, date: str = DATE) -> EventRecord:
    """The first coded event of a type in `text`; fails showing everything coded."""
    recs = [r for r in redline.code_text(text, date=date) if r.event_type == etype]
    assert recs, redline.code_text(text, date=date)
    return recs[0]
