"""The escalation index: conflict-weighted, volume-normalised, smoothed (see README.md).

For a series key k (a directed dyad "A-B" or an actor "A") and a period t:

    raw(k, t)   = sum over asserted happenings e of k in t of  -plover_score(e)
    index(k, t) = raw(k, t) / max(articles(t), 1)
    smooth(k, t)= alpha * index(k, t) + (1 - alpha) * smooth(k, t-1)     (alpha = 0.5)

Conflictual events (negative PLOVER scores: quad classes 3-4) raise the index,
cooperative ones (quad 1-2) lower it; events that did not happen (negated, hypothetical,
future, historical) weigh 0.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from redline.analysis.dyads import dyad_pairs, period_volume
from redline.analysis.periods import period_range, period_start
from redline.analysis.source import Happening

ALPHA = 0.5


@dataclass
class Point:
    period: date
    raw: float = 0.0
    conflict: float = 0.0
    cooperation: float = 0.0
    events: int = 0
    articles: int = 0
    index: float = 0.0
    smoothed: float = 0.0
    event_ids: list[str] = field(default_factory=list)

    def to_dict(self, key: str) -> dict[str, Any]:
        return {
            "key": key, "period": self.period.isoformat(), "index": round(self.index, 3),
            "smoothed": round(self.smoothed, 3), "raw": round(self.raw, 3),
            "conflict": round(self.conflict, 3), "cooperation": round(self.cooperation, 3),
            "events": self.events, "articles": self.articles,
        }  # fmt: skip


def parse_dyad(text: str) -> tuple[str, str]:
    from redline.errors import ConfigError

    parts = [p.strip().upper() for p in text.replace(">", "-").split("-") if p.strip()]
    if len(parts) != 2:
        raise ConfigError(
            f"cannot read dyad {text!r}", input=text, fix="write ACTOR-RECIPIENT, e.g. RUS-UKR"
        )
    return parts[0], parts[1]


def keys_of(h: Happening, mode: str) -> list[str]:
    """Series keys a happening feeds: 'A-B' per dyad, or 'A' per actor."""
    if mode == "actor":
        return [a for a in dict.fromkeys(h.actors) if a != "-"]
    return [f"{a}-{r}" for a, r in dyad_pairs(h) if "-" not in (a, r) and a != r]


def escalation_series(
    happenings: list[Happening],
    volume: dict[date, int],
    by: str = "week",
    mode: str = "dyad",
    keys: Iterable[str] | None = None,
) -> dict[str, list[Point]]:
    """One gap-free series per key over the span of the data (same periods for all)."""
    wanted = set(keys) if keys is not None else None
    days = [h.date for h in happenings if h.date] + list(volume)
    if not days:
        return {}
    periods = list(period_range(min(days), max(days), by))
    vol = period_volume(volume, by)
    buckets: dict[str, dict[date, Point]] = defaultdict(dict)
    for h in happenings:
        if h.date is None:
            continue
        p = period_start(h.date, by)
        for key in keys_of(h, mode):
            if wanted is not None and key not in wanted:
                continue
            pt = buckets[key].setdefault(p, Point(p))
            pt.events += 1
            w = h.weight
            pt.raw += w
            if w > 0:
                pt.conflict += w
            elif w < 0:
                pt.cooperation -= w
            if w:
                pt.event_ids.append(h.event_id)
    out: dict[str, list[Point]] = {}
    for key in sorted(buckets if wanted is None else wanted):
        series, prev = [], None
        for p in periods:
            pt = buckets.get(key, {}).get(p) or Point(p)
            pt.articles = vol.get(p, 0)
            pt.index = pt.raw / max(pt.articles, 1)
            pt.smoothed = pt.index if prev is None else ALPHA * pt.index + (1 - ALPHA) * prev
            prev = pt.smoothed
            series.append(pt)
        out[key] = series
    return out


def rank_keys(series: dict[str, list[Point]], top: int) -> list[str]:
    """Keys with the highest peak smoothed index, then the most events."""
    return sorted(
        series,
        key=lambda k: (-max((p.smoothed for p in series[k]), default=0.0),
                       -sum(p.events for p in series[k]), k),
    )[:top]  # fmt: skip
