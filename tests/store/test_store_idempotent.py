"""Idempotent, transactional writes and happening roll-up, on DuckDB and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from redline.store import EventFilter


def test_same_article_twice_adds_nothing(open_db, mk) -> None:  # type: ignore[no-untyped-def]
    store = open_db()
    arts = [mk.article(i) for i in range(3)]
    batch = [(a, [mk.record(a, k) for k in range(2)]) for a in arts]
    first = store.add_batch(batch)
    assert (first.articles_stored, first.mentions) == (3, 6)
    before = store.counts()
    again = store.add_batch(batch)
    assert (again.articles_stored, again.articles_present, again.mentions) == (0, 3, 0)
    assert store.counts() == before
    # The same text under another id/url is still the same article.
    twin = mk.article(0, doc_id="other", url="https://elsewhere.example/x")
    assert store.add_batch([(twin, [mk.record(twin, 0)])]).articles_present == 1
    assert store.counts() == before


def test_duplicate_inside_one_batch_is_stored_once(open_db, mk) -> None:  # type: ignore[no-untyped-def]
    store = open_db()
    a = mk.article(1)
    result = store.add_batch([(a, [mk.record(a, 0)]), (a, [mk.record(a, 0)])])
    assert (result.articles_stored, result.articles_present) == (1, 1)
    assert store.counts()["mentions"] == 1


def test_same_url_new_text_is_a_new_version(open_db, mk) -> None:  # type: ignore[no-untyped-def]
    store = open_db()
    old = mk.article(5)
    new = mk.article(5, text=old.text + "\nA correction was appended to this report later on.")
    store.add_batch([(old, [mk.record(old, 0)])])
    store.add_batch([(new, [mk.record(new, 0)])])
    rows = store._q("SELECT doc_id, version FROM articles WHERE url = ? ORDER BY version",
                    (old.url,))  # fmt: skip
    assert [r[1] for r in rows] == [1, 2]
    assert rows[0][0] == "doc5" and rows[1][0].startswith("doc5@")  # both versions kept
    mentions = store._q("SELECT doc_id FROM mentions ORDER BY doc_id")
    assert [m[0] for m in mentions] == [rows[0][0], rows[1][0]]


def test_events_are_happenings_with_mention_counts(open_db, mk) -> None:  # type: ignore[no-untyped-def]
    store = open_db()
    a, b = mk.article(1, date="2024-05-02"), mk.article(2, date="2024-05-02")
    store.add_batch([(a, [mk.record(a, 0), mk.record(a, 1)])])  # two mentions, same happening
    store.add_batch([(b, [mk.record(b, 0), mk.record(b, 1, event_type="THREATEN")])])
    events = store.events()
    by_type = {e["event_type"]: e for e in events}
    assert len(events) == 2  # aggregates count happenings, not mentions
    assert by_type["ASSAULT"]["mentions"] == 3 and by_type["THREATEN"]["mentions"] == 1
    assert by_type["ASSAULT"]["date"] == date(2024, 5, 2)
    assert store.counts()["mentions"] == 4
    # A different modality or recipient is a different happening.
    c = mk.article(3, date="2024-05-02")
    store.add_batch([(c, [mk.record(c, 0, modality="negated"), mk.record(c, 1, recipient="POL")])])
    assert len(store.events()) == 4


def test_event_filters(open_db, mk) -> None:  # type: ignore[no-untyped-def]
    store = open_db()
    a, b = mk.article(1, date="2024-05-01"), mk.article(2, date="2024-06-10")
    store.add_batch([
        (a, [mk.record(a, 0), mk.record(a, 1, event_type="CONSULT", actor="USA", recipient="RUS")]),
        (b, [mk.record(b, 0, modality="hypothetical")]),
    ])  # fmt: skip
    assert len(store.events(EventFilter(actor="RUS"))) == 2
    assert len(store.events(EventFilter(recipient="RUS"))) == 1
    assert len(store.events(EventFilter(actor="RU"))) == 0  # whole codes only
    assert len(store.events(EventFilter(event_type="consult"))) == 1
    assert len(store.events(EventFilter(since=date(2024, 6, 1)))) == 1
    assert len(store.events(EventFilter(until=date(2024, 5, 31)))) == 2
    assert len(store.events(EventFilter(modality="hypothetical"))) == 1
    assert len(store.events(EventFilter(limit=1))) == 1


def test_failed_batch_leaves_nothing(open_db, mk) -> None:  # type: ignore[no-untyped-def]
    store = open_db()
    good = mk.article(1)
    bad = mk.article(2)
    broken = mk.record(bad, 0)
    broken.sentence = None  # NOT NULL column: the whole batch must roll back
    with pytest.raises(Exception):  # noqa: B017 - any driver error will do
        store.add_batch([(good, [mk.record(good, 0)]), (bad, [broken])])
    assert store.counts()["articles"] == 0 and store.counts()["events"] == 0
    assert store.add_batch([(good, [mk.record(good, 0)])]).articles_stored == 1
