"""Alerts: spikes and sustained shifts in the escalation index (see README.md).

Two documented statistics on each series, using only earlier periods as the baseline:

- spike: z = (x_t - mean(B)) / max(sd(B), SD_FLOOR), B = the WINDOW periods before t;
  an alert when z >= Z_SPIKE and x_t > 0.
- shift (change point): a one-sided CUSUM of those z scores, S_t = max(0, S_{t-1} + z_t - K);
  an alert when S_t >= H and x_t > 0 (then S resets): a rise too slow for one spike.
Each alert carries the happenings of its key and period that moved the index.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from redline.analysis.escalation import Point
from redline.analysis.source import Happening

WINDOW = 6
SD_FLOOR = 1.0
Z_SPIKE = 2.5
K = 0.5
H = 4.0


@dataclass
class Alert:
    key: str
    period: date
    kind: str  # "spike" or "shift"
    index: float
    baseline: float
    z: float
    events: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key, "period": self.period.isoformat(), "kind": self.kind,
            "index": round(self.index, 3), "baseline": round(self.baseline, 3),
            "z": round(self.z, 2), "events": self.events,
        }  # fmt: skip


def detect(key: str, series: list[Point]) -> list[Alert]:
    out: list[Alert] = []
    cusum = 0.0
    for t, pt in enumerate(series):
        base = [p.index for p in series[max(0, t - WINDOW) : t]]
        if not base:
            continue
        mu = statistics.fmean(base)
        sd = max(statistics.pstdev(base) if len(base) > 1 else 0.0, SD_FLOOR)
        z = (pt.index - mu) / sd
        cusum = max(0.0, cusum + z - K)
        if z >= Z_SPIKE and pt.index > 0:
            out.append(Alert(key, pt.period, "spike", pt.index, mu, z))
            cusum = 0.0
        elif cusum >= H and pt.index > 0:
            out.append(Alert(key, pt.period, "shift", pt.index, mu, cusum))
            cusum = 0.0
    return out


def find_alerts(
    series: dict[str, list[Point]],
    happenings: list[Happening],
    since: date | None = None,
    max_events: int = 8,
) -> list[Alert]:
    """Alerts over every series, newest first, each with its strongest happenings."""
    by_id = {h.event_id: h for h in happenings}
    alerts: list[Alert] = []
    for key, points in series.items():
        at = {p.period: p for p in points}
        for alert in detect(key, points):
            if since and alert.period < since:
                continue
            behind = [by_id[i] for i in at[alert.period].event_ids if i in by_id]
            behind.sort(key=lambda h: -h.weight)
            alert.events = [h.to_dict() for h in behind[:max_events] if h.weight > 0]
            alerts.append(alert)
    alerts.sort(key=lambda a: (a.period, a.z), reverse=True)
    return alerts
