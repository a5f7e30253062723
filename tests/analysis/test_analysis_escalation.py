"""The escalation index formula and the alert statistics, on hand-built happenings."""

from __future__ import annotations

from datetime import date

import pytest

from redline.analysis.alerts import detect, find_alerts
from redline.analysis.escalation import Point, escalation_series, parse_dyad
from redline.analysis.source import Happening
from redline.errors import ConfigError


def hap(i: int, day: date, score: float, quad: int, modality: str = "asserted",
        actor: str = "RUS", recipient: str = "UKR") -> Happening:  # fmt: skip
    return Happening(f"h{i}", day, "ASSAULT" if score < 0 else "AGREE", None, modality,
                     (actor,), (recipient,), 1, score, quad, f"evidence {i}")  # fmt: skip


def test_index_weights_conflict_against_cooperation_per_article() -> None:
    d = date(2025, 3, 3)
    hs = [hap(1, d, -9.0, 4), hap(2, d, 2.5, 1), hap(3, d, -6.5, 4, "negated")]
    series = escalation_series(hs, {d: 2}, "day", "dyad")
    (pt,) = series["RUS-UKR"]
    assert pt.raw == pytest.approx(6.5)  # 9 - 2.5; the negated event weighs nothing
    assert (pt.conflict, pt.cooperation) == (pytest.approx(9.0), pytest.approx(2.5))
    assert pt.index == pytest.approx(3.25)  # per article of the day
    assert pt.events == 3


def test_series_have_no_gaps_and_smooth() -> None:
    hs = [hap(1, date(2025, 3, 1), -8.0, 4), hap(2, date(2025, 3, 4), -8.0, 4)]
    s = escalation_series(hs, {}, "day", "actor")["RUS"]
    assert [p.period.day for p in s] == [1, 2, 3, 4]
    assert [p.smoothed for p in s] == [8.0, 4.0, 2.0, 5.0]


def test_self_dyads_and_unknown_sides_are_not_escalation_series() -> None:
    d = date(2025, 3, 1)
    hs = [hap(1, d, -9, 4, actor="GEO", recipient="GEO"), hap(2, d, -9, 4, recipient="-")]
    assert escalation_series(hs, {}, "day", "dyad") == {}


def test_spike_alert_lists_the_events_behind_it() -> None:
    days = [date(2025, 3, d) for d in range(1, 9)]
    hs = [hap(i, d, 2.5, 1) for i, d in enumerate(days[:7])]
    hs += [hap(100, days[7], -9.0, 4), hap(101, days[7], -6.5, 4), hap(102, days[7], 2.5, 1)]
    series = escalation_series(hs, {}, "day", "dyad")
    alerts = find_alerts(series, hs)
    assert [(a.key, a.period, a.kind) for a in alerts] == [("RUS-UKR", days[7], "spike")]
    assert [e["event_id"] for e in alerts[0].events] == ["h100", "h101"]  # strongest first
    assert find_alerts(series, hs, since=date(2025, 4, 1)) == []


def test_cusum_catches_a_slow_rise() -> None:
    ramp = [0, 0, 0, 1.5, 2, 2.5, 3, 3.5]  # each step too small for a spike
    pts = [Point(date(2025, 1, d), index=v) for d, v in enumerate(ramp, start=1)]
    kinds = [a.kind for a in detect("A-B", pts)]
    assert "shift" in kinds and "spike" not in kinds


def test_flat_series_raise_nothing() -> None:
    pts = [Point(date(2025, 1, d), index=2.0) for d in range(1, 15)]
    assert detect("A-B", pts) == []


def test_parse_dyad() -> None:
    assert parse_dyad("rus-wst") == ("RUS", "WST")
    with pytest.raises(ConfigError):
        parse_dyad("RUS")
