"""Store benchmark: ingest throughput (articles/s) and store size per 10,000 event mentions.

Measures the store alone (articles and hand-built events are generated; no NLP), for
DuckDB and, when reachable, PostgreSQL (in a throw-away schema).

    python benchmarks/ingest.py [--articles 2000] [--events 5] [--batch 32] [--pg URL]
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
import uuid
from pathlib import Path

from redline.records import Article, Entity, EventRecord, Span
from redline.store import open_store

WORDS = (
    "the a minister said on troops border talks ceasefire convoy aid sanctions envoy summit "
    "officials forces capital region government army rebels police protest court election "
    "agreement attack shelling villages refugees statement monday tuesday spokesman"
).split()
CODES = ["RUS", "UKR", "USA", "CHN", "ISR", "PSE", "IRN", "SDN", "NATO", "EU", "UN", "HAMAS"]
TYPES = ["ASSAULT", "THREATEN", "CONSULT", "AGREE", "SUPPORT", "ACCUSE", "REQUEST", "COERCE"]


def make_corpus(n: int, events: int, seed: int = 7) -> list[tuple[Article, list[EventRecord]]]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        sentences = [" ".join(rng.choices(WORDS, k=18)).capitalize() + "." for _ in range(20)]
        text = f"Report {i}\n" + "\n".join(sentences)  # ~2.5 kB, like a short news story
        day = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
        art = Article(f"bench{i}", text, f"Report {i}", f"https://bench.example/{i}", day,
                      "bench")  # fmt: skip
        recs = []
        for k in range(events):
            a, r = rng.sample(CODES, 2)
            recs.append(EventRecord(
                doc_id=art.doc_id, event_type=rng.choice(TYPES), sentence=k + 1,
                text=sentences[k], start=0, end=len(sentences[k]),
                trigger=Span("said", 3, 7), actor=[Entity(a, code=a, sector="GOV")],
                recipient=[Entity(r, code=r)], date=day, cameo="010", goldstein=-2.0,
                plover_score=-1.5, quad_class=3, confidence=0.6, why="benchmark",
            ))  # fmt: skip
        out.append((art, recs))
    return out


def run(url: str, corpus: list, batch: int) -> dict[str, float]:
    store = open_store(url)
    t0 = time.perf_counter()
    for i in range(0, len(corpus), batch):
        store.add_batch(corpus[i : i + batch])
    elapsed = time.perf_counter() - t0
    counts = store.counts()
    size = _size(store)
    store.close()
    if url.endswith(".duckdb"):
        size = Path(url).stat().st_size + _wal(url)
    return {"seconds": elapsed, "articles_per_s": len(corpus) / elapsed,
            "mentions": counts["mentions"], "events": counts["events"],
            "bytes_per_10k_mentions": size / counts["mentions"] * 10_000}  # fmt: skip


def _wal(path: str) -> int:
    wal = Path(path + ".wal")
    return wal.stat().st_size if wal.exists() else 0


def _size(store) -> int:  # type: ignore[no-untyped-def]
    if store.dialect != "postgres":
        return 0
    rows = store._q(
        "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind = 'r'"
    )
    return int(rows[0][0])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--events", type=int, default=5, help="event mentions per article")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument(
        "--pg",
        default=os.environ.get("REDLINE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test"),
    )
    args = ap.parse_args()
    corpus = make_corpus(args.articles, args.events)
    print(f"{args.articles} articles x {args.events} events, batches of {args.batch}")
    with tempfile.TemporaryDirectory() as tmp:
        res = run(str(Path(tmp) / "bench.duckdb"), corpus, args.batch)
        _report("duckdb", res)
    schema = "redline_bench_" + uuid.uuid4().hex[:8]
    try:
        import psycopg

        psycopg.connect(args.pg, connect_timeout=2).close()
    except Exception as exc:  # noqa: BLE001
        print(f"postgres: skipped ({type(exc).__name__}: server not reachable)")
        return
    sep = "&" if "?" in args.pg else "?"
    url = f"{args.pg}{sep}schema={schema}"
    try:
        _report("postgres", run(url, corpus, args.batch))
    finally:
        from redline.store.postgres_store import PostgresStore

        PostgresStore(url).drop_schema()


def _report(name: str, r: dict[str, float]) -> None:
    print(f"{name}: {r['articles_per_s']:.0f} articles/s ({r['seconds']:.1f} s), "
          f"{r['mentions']} mentions -> {r['events']} events, "
          f"{r['bytes_per_10k_mentions'] / 1e6:.1f} MB per 10,000 event mentions")  # fmt: skip


if __name__ == "__main__":
    main()
