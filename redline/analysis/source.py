"""Reading what the analyses need from a store (DuckDB or PostgreSQL alike).

Aggregates work on *happenings* (rows of `events`), never on mentions, so a story told by
five outlets counts once. Queries use `?` placeholders and only SQL both dialects share;
they go through the store's own connection primitives.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from redline.store.base import Store, parse_date


@dataclass(frozen=True)
class Happening:
    """One deduplicated event, as the analyses see it."""

    event_id: str
    date: date | None
    event_type: str
    mode: str | None
    modality: str
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    mentions: int
    plover_score: float | None
    quad_class: int | None
    evidence: str

    @property
    def weight(self) -> float:
        """Escalation weight: -PLOVER score for asserted events, 0 for anything else.

        Conflict (negative scores) adds, cooperation (positive scores) subtracts; negated,
        hypothetical, future and historical events did not happen in the period, so 0.
        """
        if self.modality != "asserted" or self.plover_score is None:
            return 0.0
        return -float(self.plover_score)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id, "date": self.date.isoformat() if self.date else None,
            "event_type": self.event_type, "mode": self.mode, "modality": self.modality,
            "actor": "|".join(self.actors), "recipient": "|".join(self.recipients),
            "mentions": self.mentions, "plover_score": self.plover_score,
            "quad_class": self.quad_class, "evidence": self.evidence,
        }  # fmt: skip


def split_codes(value: str | None) -> tuple[str, ...]:
    """Stored code lists ('A|B') as a tuple; an unknown side is '-'."""
    codes = tuple(c for c in (value or "").split("|") if c)
    return codes or ("-",)


def _as_date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value if type(value) is date else value.date()  # datetime -> date
    return parse_date(str(value))


def _q(store: Store, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    return store._q(sql, params)  # type: ignore[attr-defined]  # SQLStore primitive


def _date_range(column: str, since: date | None, until: date | None) -> tuple[list[str], list]:
    """WHERE conditions (and their parameters) keeping rows dated in [since, until]."""
    where: list[str] = [f"{column} IS NOT NULL"]
    params: list[Any] = []
    if since:
        where.append(f"{column} >= ?")
        params.append(since)
    if until:
        where.append(f"{column} <= ?")
        params.append(until)
    return where, params


def load_happenings(
    store: Store, since: date | None = None, until: date | None = None
) -> list[Happening]:
    """Dated happenings in [since, until], oldest first (undated ones cannot be placed)."""
    where, params = _date_range("date", since, until)
    sql = (
        "SELECT event_id, date, event_type, mode, modality, actor_codes, recipient_codes, "
        "mentions, plover_score, quad_class, evidence FROM events WHERE "
        + " AND ".join(where)
        + " ORDER BY date, event_id"
    )
    out = []
    for row in _q(store, sql, params):
        out.append(
            Happening(
                event_id=row[0],
                date=_as_date(row[1]),
                event_type=row[2],
                mode=row[3],
                modality=row[4],
                actors=split_codes(row[5]),
                recipients=split_codes(row[6]),
                mentions=int(row[7] or 0),
                plover_score=None if row[8] is None else float(row[8]),
                quad_class=None if row[9] is None else int(row[9]),
                evidence=row[10] or "",
            )  # fmt: skip
        )
    return out


def article_volume(
    store: Store, since: date | None = None, until: date | None = None
) -> dict[date, int]:
    """Articles published per day (the denominator that normalises counts)."""
    where, params = _date_range("published", since, until)
    sql = (
        "SELECT published, COUNT(*) FROM articles WHERE "
        + " AND ".join(where)
        + " GROUP BY published"
    )
    out: dict[date, int] = {}
    for day, n in _q(store, sql, params):
        d = _as_date(day)
        if d is not None:
            out[d] = out.get(d, 0) + int(n)
    return out


def iter_mention_rows(
    store: Store, since: date | None = None, until: date | None = None
) -> Iterator[dict[str, Any]]:
    """Stored mentions with their record (a dict) and a `day`: the event date, else the
    article's publication date."""
    for row in store.iter_mentions():
        rec = row["record"] if isinstance(row["record"], dict) else json.loads(row["record"])
        day = parse_date(rec.get("date")) or _as_date(row.get("published"))
        if since and (day is None or day < since):
            continue
        if until and (day is None or day > until):
            continue
        yield {**row, "record": rec, "day": day}
