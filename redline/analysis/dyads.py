"""Directed dyad series: per period and (actor, recipient), what happened and how much.

A happening with several actor or recipient codes counts once in each dyad it belongs to
(so "RUS and BLR struck UKR" is in RUS->UKR and BLR->UKR); within one dyad every happening
counts exactly once. An unknown side is '-'.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from redline.analysis.periods import period_start
from redline.analysis.source import Happening

QUADS = (1, 2, 3, 4)


@dataclass
class DyadRow:
    period: date
    actor: str
    recipient: str
    events: int = 0
    mentions: int = 0
    types: Counter[str] = field(default_factory=Counter)
    quads: Counter[int] = field(default_factory=Counter)
    score_sum: float = 0.0
    scored: int = 0
    articles: int = 0

    @property
    def score_mean(self) -> float | None:
        return round(self.score_sum / self.scored, 3) if self.scored else None

    @property
    def per_article(self) -> float | None:
        return round(self.events / self.articles, 3) if self.articles else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.period.isoformat(), "actor": self.actor,
            "recipient": self.recipient, "events": self.events, "mentions": self.mentions,
            "types": dict(sorted(self.types.items())),
            **{f"quad{q}": self.quads.get(q, 0) for q in QUADS},
            "plover_sum": round(self.score_sum, 3), "plover_mean": self.score_mean,
            "articles": self.articles, "events_per_article": self.per_article,
        }  # fmt: skip


def dyad_pairs(h: Happening) -> list[tuple[str, str]]:
    return [(a, r) for a in dict.fromkeys(h.actors) for r in dict.fromkeys(h.recipients)]


def period_volume(volume: dict[date, int], by: str) -> Counter[date]:
    out: Counter[date] = Counter()
    for day, n in volume.items():
        out[period_start(day, by)] += n
    return out


def dyad_table(
    happenings: Iterable[Happening],
    volume: dict[date, int],
    by: str = "week",
    actor: str | None = None,
) -> list[DyadRow]:
    """Rows per (period, actor, recipient), sorted by period then events (desc).

    `actor` keeps dyads where that code is on either side.
    """
    vol = period_volume(volume, by)
    rows: dict[tuple[date, str, str], DyadRow] = {}
    for h in happenings:
        if h.date is None:
            continue
        p = period_start(h.date, by)
        for a, r in dyad_pairs(h):
            if actor and actor not in (a, r):
                continue
            row = rows.get((p, a, r))
            if row is None:
                row = rows[(p, a, r)] = DyadRow(p, a, r, articles=vol.get(p, 0))
            row.events += 1
            row.mentions += h.mentions
            row.types[h.event_type] += 1
            if h.quad_class:
                row.quads[h.quad_class] += 1
            if h.plover_score is not None:
                row.score_sum += h.plover_score
                row.scored += 1
    return sorted(rows.values(), key=lambda r: (r.period, -r.events, r.actor, r.recipient))


def headline_dyads(
    happenings: Iterable[Happening], top: int = 8, known_only: bool = True
) -> list[dict[str, Any]]:
    """The dyads with the most conflict weight over the whole span (for the report)."""
    weight: Counter[tuple[str, str]] = Counter()
    count: Counter[tuple[str, str]] = Counter()
    conflict: Counter[tuple[str, str]] = Counter()
    for h in happenings:
        for pair in dyad_pairs(h):
            if known_only and ("-" in pair or pair[0] == pair[1]):
                continue
            count[pair] += 1
            weight[pair] += h.weight
            if h.quad_class in (3, 4) and h.modality == "asserted":
                conflict[pair] += 1
    ranked = sorted(count, key=lambda p: (-weight[p], -count[p], p))[:top]
    return [
        {"actor": a, "recipient": r, "events": count[(a, r)], "conflict": conflict[(a, r)],
         "weight": round(weight[(a, r)], 2)}
        for a, r in ranked
    ]  # fmt: skip
