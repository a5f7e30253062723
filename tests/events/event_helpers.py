"""Helpers shared by the event-coder test files (on pytest's path via `pythonpath`)."""

from __future__ import annotations

import redline
from redline.evaluate.scores import COUNTED_MODALITIES
from redline.records import EventRecord

DATE = "2025-09-05"
TYPES_DATE = "2025-06-01"


def first(text: str, etype: str, date: str = DATE) -> EventRecord:
    """The first coded event of a type in `text`; fails showing everything coded."""
    recs = [r for r in redline.code_text(text, date=date) if r.event_type == etype]
    assert recs, redline.code_text(text, date=date)
    return recs[0]


def counted_types(text: str, date: str = TYPES_DATE) -> set[str]:
    """Types the text reports as done, announced or past (what an event count adds up)."""
    return {e.event_type for e in redline.code_text(text, date=date)
            if e.modality in COUNTED_MODALITIES}  # fmt: skip
