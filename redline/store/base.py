"""What every store offers (the Store protocol) and the store-independent rules.

The happening key decides which event mentions are one event: the same day (or, when no
date is known, the same story), the same PLOVER type, the same sorted actor and recipient
codes and the same modality. Aggregates count happenings (rows of `events`), not mentions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from redline.records import Article, Entity, EventRecord

ArticleWithEvents = tuple[Article, list[EventRecord]]


@dataclass
class EventFilter:
    """Filters for `Store.events`; None means "any"."""

    event_type: str | None = None
    actor: str | None = None
    recipient: str | None = None
    since: date | None = None
    until: date | None = None
    modality: str | None = None
    limit: int | None = None


@dataclass
class BatchResult:
    """What one or more `add_batch` calls did (summed over batches with `+=`)."""

    articles_stored: int = 0
    articles_present: int = 0
    joined_story: int = 0
    mentions: int = 0
    event_ids: set[str] = field(default_factory=set)

    @property
    def events(self) -> int:
        return len(self.event_ids)

    def __iadd__(self, other: BatchResult) -> BatchResult:
        self.articles_stored += other.articles_stored
        self.articles_present += other.articles_present
        self.joined_story += other.joined_story
        self.mentions += other.mentions
        self.event_ids |= other.event_ids
        return self


@runtime_checkable
class Store(Protocol):
    kind: str  # registered name, e.g. "redline.store.duckdb.v1"
    url: str

    def add_batch(self, articles_with_events: Iterable[ArticleWithEvents]) -> BatchResult: ...

    def known_hashes(self, hashes: Iterable[str]) -> set[str]: ...

    def events(self, filters: EventFilter | None = None) -> list[dict[str, Any]]: ...

    def iter_mentions(self) -> Iterator[dict[str, Any]]: ...

    def export(self, fmt: str, out: Path, level: str = "mentions") -> int: ...

    def counts(self) -> dict[str, int]: ...

    def close(self) -> None: ...


def content_hash(text: str) -> str:
    """Identity of an article's text: the same text is the same article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_date(value: str | None) -> date | None:
    """ISO date (or the date part of an ISO datetime); None when absent or unreadable."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def entity_key(entity: Entity) -> str:
    """The code an aggregate groups by: the entity's code, else "-" (unnamed police or a
    target that is no actor: its words and sector stay in the entities table)."""
    return entity.code or "-"


def codes_of(entities: list[Entity]) -> str:
    """Sorted, de-duplicated codes joined by '|' (the form stored and filtered on)."""
    return "|".join(sorted({entity_key(e) for e in entities}))


def happening_id(record: EventRecord, event_date: date | None, story_id: str) -> str:
    """Key of the happening a mention reports (see the module docstring)."""
    when = event_date.isoformat() if event_date else "story:" + story_id
    key = "\x1f".join(  # a separator that cannot occur inside the code lists
        (
            "h1",
            when,
            record.event_type,
            codes_of(record.actor),
            codes_of(record.recipient),
            record.modality,
        )
    )
    return "h" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:19]
