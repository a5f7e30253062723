"""The typed values that flow between stages: Article in, EventRecord out.

EventRecord is the contract described in DESIGN.md ("The event record"); every
stage, store and exporter speaks it. Keep field names in step with that table.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

MODALITIES = ("asserted", "negated", "hypothetical", "future", "historical")


@dataclass
class Article:
    """One document after ingest: cleaned text plus what we know about it."""

    doc_id: str
    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = None  # ISO date of publication, if known
    source: str | None = None  # where it came from: a path, "stdin", a feed URL
    lang: str | None = None

    @staticmethod
    def content_id(text: str) -> str:
        return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Entity:
    """An actor or recipient: the words in the text and what they resolve to."""

    text: str
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    start: int | None = None
    end: int | None = None
    members: list[str] | None = None
    how: str | None = None  # how a country was attributed when the tables gave none

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for key in ("members", "how"):
            if d[key] is None:
                del d[key]
        return d


@dataclass
class Span:
    text: str
    start: int
    end: int


@dataclass
class Quote:
    speaker: str | None
    text: str


@dataclass
class Location:
    text: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class EventRecord:
    doc_id: str
    event_type: str
    sentence: int
    text: str
    start: int
    end: int
    trigger: Span
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    modality: str = "asserted"
    actor: list[Entity] = field(default_factory=list)
    recipient: list[Entity] = field(default_factory=list)
    quote: Quote | None = None
    location: Location | None = None
    location_reason: str | None = None
    date: str | None = None
    date_reason: str | None = None
    cameo: str | None = None
    goldstein: float | None = None
    plover_score: float | None = None
    quad_class: int | None = None
    confidence: float = 0.5
    why: str = ""
    event_id: str = ""

    def __post_init__(self) -> None:
        if not self.event_id:
            self.event_id = make_event_id(
                self.doc_id, self.sentence, self.trigger.start, self.trigger.end, self.event_type
            )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict in the order DESIGN.md lists the fields."""
        out: dict[str, Any] = {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "modality": self.modality,
            "actor": [e.to_dict() for e in self.actor],
            "recipient": [e.to_dict() for e in self.recipient],
            "text": self.text,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "trigger": asdict(self.trigger),
            "quote": asdict(self.quote) if self.quote else None,
            "location": asdict(self.location) if self.location else None,
            "location_reason": self.location_reason,
            "date": self.date,
            "date_reason": self.date_reason,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "plover_score": self.plover_score,
            "quad_class": self.quad_class,
            "confidence": self.confidence,
            "why": self.why,
        }
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EventRecord:
        known = {f.name for f in fields(cls)}
        kw = {k: v for k, v in d.items() if k in known}
        kw["trigger"] = Span(**d["trigger"])
        kw["actor"] = [Entity(**e) for e in d.get("actor") or []]
        kw["recipient"] = [Entity(**e) for e in d.get("recipient") or []]
        kw["quote"] = Quote(**d["quote"]) if d.get("quote") else None
        kw["location"] = Location(**d["location"]) if d.get("location") else None
        return cls(**kw)


def make_event_id(doc_id: str, sentence: int, t_start: int, t_end: int, event_type: str) -> str:
    """Stable id: the same article coded again gives the same ids."""
    key = f"{doc_id}|{sentence}|{t_start}|{t_end}|{event_type}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]
