"""Syndicated copies join the first copy's story; their events merge into one happening."""

from __future__ import annotations

from pathlib import Path

from redline.store import dedup

DATA = Path(__file__).with_name("data")
BODY = (DATA / "story_grain.txt").read_text(encoding="utf-8").strip()
OTHER = (DATA / "story_football.txt").read_text(encoding="utf-8").strip()


def syndicated(title: str, byline: str, footer: str, dateline: str = "") -> str:
    lines = BODY.splitlines()
    lines[0] = dateline + lines[0]
    return "\n".join([title, byline, *lines, footer])


COPIES = [
    syndicated("Grain convoy halted at border again", "By A. Writer, staff correspondent",
               "Copyright 2024 The Daily Example. All rights reserved."),
    syndicated("Neighbour blocks grain lorries for a third time", "From our wire service",
               "Follow us for more updates from the region.", dateline="PORTVILLE (Wire) - "),
    syndicated("BORDER ROW DEEPENS", "Reporting by B. Reporter; editing by C. Editor",
               "Read more: our coverage of the harvest season"),
]  # fmt: skip


def test_story_text_drops_headline_byline_and_footer() -> None:
    text = dedup.story_text(COPIES[1], title="Neighbour blocks grain lorries for a third time")
    assert text.splitlines()[0].startswith("Officials in the coastal province")
    assert "wire service" not in text and "Follow us" not in text
    assert len(text.splitlines()) == 5


def test_signatures_of_copies_are_near_and_of_strangers_far() -> None:
    sigs = [dedup.signature(c) for c in COPIES]
    other = dedup.signature(OTHER)
    assert all(dedup.similarity(sigs[0], s) > 0.9 for s in sigs[1:])
    assert dedup.similarity(sigs[0], other) < 0.2
    assert dedup.signature("") is None
    # Deterministic across processes: same text, same bytes.
    assert dedup.to_bytes(dedup.signature(COPIES[0])) == dedup.to_bytes(sigs[0])


def test_copies_share_a_story_and_one_happening(open_db, mk) -> None:  # type: ignore[no-untyped-def]
    store = open_db()
    arts = [mk.article(i, text=t, title=t.splitlines()[0], date="2024-07-02")
            for i, t in enumerate(COPIES)]  # fmt: skip
    stranger = mk.article(9, text=OTHER, date="2024-07-02")
    recs = {a.doc_id: [mk.record(a, 0, event_type="COERCE", actor="XXA", recipient="XXB",
                                 date=None, text=f"evidence in {a.doc_id}")]
            for a in arts}  # fmt: skip
    first = store.add_batch([(arts[0], recs["doc0"]), (stranger, [])])
    assert first.joined_story == 0
    store.close()
    # A new store object (as a later run would) still finds the story from stored bands.
    store = open_db()
    later = store.add_batch([(a, recs[a.doc_id]) for a in arts[1:]])
    assert later.articles_stored == 2 and later.joined_story == 2
    stories = dict(store._q("SELECT doc_id, story_id FROM articles"))
    assert stories["doc1"] == stories["doc2"] == stories["doc0"] != stories["doc9"]
    events = store.events()
    assert len(events) == 1 and events[0]["mentions"] == 3
    assert events[0]["story_id"] == stories["doc0"]
    # Each mention keeps its own evidence.
    texts = sorted(m["record"]["text"] for m in store.iter_mentions())
    assert texts == ["evidence in doc0", "evidence in doc1", "evidence in doc2"]


def test_undated_events_merge_by_story_not_across_stories(open_db, mk) -> None:  # type: ignore[no-untyped-def]
    store = open_db()
    a = mk.article(0, text=COPIES[0], date=None)
    b = mk.article(1, text=COPIES[1], date=None)
    c = mk.article(2, text=OTHER, date=None)
    batch = [(x, [mk.record(x, 0, date=None)]) for x in (a, b, c)]
    store.add_batch(batch)
    mentions = sorted(e["mentions"] for e in store.events())
    assert mentions == [1, 2]  # a+b are one story; c is another story, another happening
