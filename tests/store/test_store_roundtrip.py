"""Round trips: records in -> store -> export (jsonl, csv, parquet, plover) -> same records."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redline.records import Article, Entity, EventRecord, Location, Quote, Span
from redline.store import open_store

TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
               max_size=40)  # fmt: skip
CODE = st.sampled_from(["RUS", "UKR", "USA", "NATO", "HAMAS", "PSE", "MULTI", None])
NUM = st.none() | st.floats(-10, 10, allow_nan=False)
entity = st.builds(Entity, text=TEXT, name=st.none() | TEXT, code=CODE, country=CODE,
                   sector=st.none() | st.sampled_from(["GOV", "MIL", "REB"]),
                   start=st.none() | st.integers(0, 10**6), end=st.none() | st.integers(0, 10**6),
                   members=st.none() | st.lists(st.sampled_from(["FRA", "DEU"]), min_size=1),
                   )  # fmt: skip


@st.composite
def record(draw: st.DrawFn, doc_id: str, k: int) -> EventRecord:
    return EventRecord(
        doc_id=doc_id,
        event_type=draw(st.sampled_from(["ASSAULT", "THREATEN", "CONSULT", "AID", "PROTEST"])),
        sentence=k,
        text=draw(TEXT),
        start=draw(st.integers(0, 10**6)),
        end=draw(st.integers(0, 10**6)),
        trigger=Span(draw(TEXT), k, k + 3),
        mode=draw(st.none() | st.sampled_from(["air", "demo"])),
        context=draw(st.lists(st.sampled_from(["military", "economic"]), max_size=2)),
        modality=draw(st.sampled_from(["asserted", "negated", "hypothetical", "future"])),
        actor=draw(st.lists(entity, max_size=3)),
        recipient=draw(st.lists(entity, max_size=2)),
        quote=draw(st.none() | st.builds(Quote, st.none() | TEXT, TEXT)),
        location=draw(st.none() | st.builds(Location, TEXT, CODE, NUM, NUM)),
        date=draw(st.none() | st.dates().map(lambda d: d.isoformat())),
        date_reason=draw(st.none() | TEXT),
        cameo=draw(st.none() | st.from_regex(r"0[0-9]{1,3}", fullmatch=True)),
        goldstein=draw(NUM),
        plover_score=draw(NUM),
        quad_class=draw(st.none() | st.integers(1, 4)),
        confidence=draw(st.floats(0, 1)),
        why=draw(TEXT),
    )


@st.composite
def corpus(draw: st.DrawFn) -> list[tuple[Article, list[EventRecord]]]:
    out = []
    for i in range(draw(st.integers(1, 4))):
        text = f"article {i}: " + draw(TEXT)
        art = Article(doc_id=f"d{i}", text=text, title=draw(st.none() | TEXT),
                      url=draw(st.none() | st.just(f"https://x.example/{i}")),
                      date=draw(st.none() | st.just("2024-02-29")), source=f"s{i}")  # fmt: skip
        out.append((art, [draw(record(art.doc_id, k)) for k in range(draw(st.integers(0, 4)))]))
    return out


def _check_exports(store, data, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    want = {r.event_id: r.to_dict() for _, recs in data for r in recs}
    assert store.export("jsonl", tmp / "e.jsonl") == len(want)
    lines = [json.loads(x) for x in (tmp / "e.jsonl").read_text("utf-8").split("\n") if x]
    got = {d["event_id"]: EventRecord.from_dict(d).to_dict() for d in lines}
    assert got == want
    store.export("csv", tmp / "e.csv")
    with (tmp / "e.csv").open(encoding="utf-8", newline="") as fh:
        rows = {r["event_id"]: r for r in csv.DictReader(fh)}
    assert set(rows) == set(want)
    for eid, rec in want.items():
        assert rows[eid]["cameo"] == (rec["cameo"] or "")  # leading zeros kept
        assert rows[eid]["text"] == rec["text"]
        assert rows[eid]["actor_codes"] == ";".join(e["code"] or "" for e in rec["actor"])
    store.export("parquet", tmp / "e.parquet")
    table = pq.read_table(tmp / "e.parquet")
    assert str(table.schema.field("cameo").type) == "string"
    by_id = {r["event_id"]: r for r in table.to_pylist()}
    assert set(by_id) == set(want)
    for eid, rec in want.items():
        row = by_id[eid]
        assert (row["cameo"], row["goldstein"], row["quad_class"], row["date"]) == (
            rec["cameo"], rec["goldstein"], rec["quad_class"], rec["date"])  # fmt: skip
        assert json.loads(row["actor_json"]) == rec["actor"]
    store.export("plover", tmp / "e.plover.jsonl")
    plover = [json.loads(x) for x in (tmp / "e.plover.jsonl").read_text("utf-8").split("\n") if x]
    for p in plover:
        rec = want[p["id"]]
        assert p["event"] == [rec["event_type"]]
        assert [a["code"] for a in p["actor"]] == [e["code"] for e in rec["actor"]]
        assert p["quad_code"] == rec["quad_class"]
        assert ("negation" in p["context"]) == (rec["modality"] == "negated")


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=corpus())
def test_roundtrip_property_duckdb(data, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store("duckdb:///:memory:")
    try:
        store.add_batch(data)
        _check_exports(store, data, tmp_path)
        assert sum(e["mentions"] for e in store.events()) == sum(len(r) for _, r in data)
    finally:
        store.close()


def test_roundtrip_each_store(open_db, mk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_db()
    arts = [mk.article(i) for i in range(4)]
    data = [(a, [mk.record(a, k, modality="negated" if k == 2 else "asserted")
                 for k in range(i + 1)]) for i, a in enumerate(arts)]  # fmt: skip
    store.add_batch(data[:2])
    store.add_batch(data[2:])
    _check_exports(store, data, tmp_path)


def test_event_level_parquet(open_db, mk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_db()
    a = mk.article(1)
    store.add_batch([(a, [mk.record(a, 0), mk.record(a, 1)])])
    n = store.export("parquet", tmp_path / "ev.parquet", level="events")
    rows = pq.read_table(tmp_path / "ev.parquet").to_pylist()
    assert n == 1 and rows[0]["mentions"] == 2 and rows[0]["cameo"] == "190"
