"""Aggregation invariants: rollups and filters conserve counts; events, not mentions."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from analysis_builders import article, drop_pg, fresh_pg_url, pg_skip_reason, record
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redline.analysis.dyads import dyad_table
from redline.analysis.escalation import escalation_series
from redline.analysis.source import article_volume, load_happenings
from redline.store import open_store

CODES = ["RUS", "UKR", "USA", "FRA"]
TYPES = ["ASSAULT", "THREATEN", "AGREE", "AID"]
START = date(2025, 1, 1)

event_st = st.tuples(
    st.integers(0, 70),  # day offset
    st.sampled_from(TYPES),
    st.sampled_from(CODES),
    st.sampled_from(CODES),
    st.sampled_from(["asserted", "asserted", "negated", "future"]),
    st.integers(1, 3),  # how many articles report it
)


def fill(store, events) -> int:  # type: ignore[no-untyped-def]
    """Store each event reported by n articles; returns the number of distinct happenings."""
    batch, n_art, keys = [], 0, set()
    for off, etype, a, r, mod, reports in events:
        day = (START + timedelta(days=off)).isoformat()
        keys.add((day, etype, a, r, mod))
        for _ in range(reports):
            art = article(n_art, day)
            n_art += 1
            batch.append((art, [record(art, 1, etype, a, r, mod)]))
    store.add_batch(batch)
    return len(keys)


def figures(store) -> dict:  # type: ignore[no-untyped-def]
    hs, vol = load_happenings(store), article_volume(store)
    out = {}
    for by in ("day", "week", "month"):
        out[by] = [r.to_dict() for r in dyad_table(hs, vol, by)]
        series = escalation_series(hs, vol, by, "actor")
        out[by + "-esc"] = {k: [p.to_dict(k) for p in v] for k, v in series.items()}
    return out


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(event_st, min_size=1, max_size=25))
def test_rollups_and_filters_conserve_counts(events) -> None:  # type: ignore[no-untyped-def]
    store = open_store("duckdb:///:memory:")
    try:
        n_happenings = fill(store, events)
        hs, vol = load_happenings(store), article_volume(store)
        assert len(hs) == n_happenings  # reports of one event are one happening
        totals = {}
        for by in ("day", "week", "month"):
            rows = dyad_table(hs, vol, by)
            totals[by] = sum(r.events for r in rows)
            assert sum(r.mentions for r in rows) == sum(e[5] for e in events)
            by_quad = sum(sum(r.quads.values()) for r in rows)
            assert by_quad == totals[by] == sum(sum(r.types.values()) for r in rows)
            # volume rolls up too: articles per period add up to all articles
            per_period = {r.period: r.articles for r in rows}
            assert sum(per_period.values()) <= sum(vol.values())
        assert totals["day"] == totals["week"] == totals["month"] == n_happenings
        # every event has one actor code: the actor filters partition the total
        by_actor = Counter()
        for code in CODES:
            by_actor[code] = sum(r.events for r in dyad_table(hs, vol, "week", code)
                                 if r.actor == code)  # fmt: skip
        assert sum(by_actor.values()) == n_happenings
        # the index's raw sums roll up from days to months
        for mode in ("actor", "dyad"):
            raw = {by: sum(p.raw for s in escalation_series(hs, vol, by, mode).values()
                           for p in s) for by in ("day", "week", "month")}  # fmt: skip
            assert raw["day"] == pytest.approx(raw["week"]) == pytest.approx(raw["month"])
    finally:
        store.close()


def test_dyads_count_events_not_mentions() -> None:
    store = open_store("duckdb:///:memory:")
    fill(store, [(3, "ASSAULT", "RUS", "UKR", "asserted", 3)])
    rows = dyad_table(load_happenings(store), article_volume(store), "week")
    assert [(r.actor, r.recipient, r.events, r.mentions, r.articles) for r in rows] == [
        ("RUS", "UKR", 1, 3, 3)
    ]
    assert rows[0].score_mean == -9.0 and rows[0].quads[4] == 1
    store.close()


@pytest.mark.postgres
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(event_st, min_size=1, max_size=15))
def test_duckdb_and_postgres_give_the_same_figures(events) -> None:  # type: ignore[no-untyped-def]
    reason = pg_skip_reason()
    if reason:
        pytest.skip(reason)
    duck = open_store("duckdb:///:memory:")
    url = fresh_pg_url()
    pg = open_store(url)
    try:
        fill(duck, events)
        fill(pg, events)
        assert figures(duck) == figures(pg)
    finally:
        duck.close()
        pg.close()
        drop_pg(url)
