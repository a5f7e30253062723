"""Builders for the analysis and report tests: hand-made events, PostgreSQL URLs."""

from __future__ import annotations

import os
import uuid

from redline.records import Article, Entity, EventRecord, Span

PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"
SCORES = {"ASSAULT": (-9.0, 4), "THREATEN": (-3.5, 3), "AGREE": (2.5, 1), "AID": (10.0, 2),
          "MOBILIZE": (-6.5, 4), "REQUEST": (0.0, 1)}  # fmt: skip


def article(i: int, day: str, text: str | None = None) -> Article:
    return Article(doc_id=f"a{i}", text=text or f"unique body of article {i} on {day}",
                   title=f"Story {i}", date=day, source=f"t{i}.txt")  # fmt: skip


def record(art: Article, k: int, etype: str, actor: str, recipient: str | None,
           modality: str = "asserted", day: str | None = None) -> EventRecord:  # fmt: skip
    score, quad = SCORES[etype]
    return EventRecord(
        doc_id=art.doc_id, event_type=etype, sentence=k, text=f"sentence {k} of {art.doc_id}",
        start=k * 40, end=k * 40 + 30, trigger=Span("did", k * 40 + 3, k * 40 + 6),
        modality=modality, actor=[Entity(actor, code=actor, country=actor)],
        recipient=[Entity(recipient, code=recipient, country=recipient)] if recipient else [],
        date=day or art.date, plover_score=score, quad_class=quad, goldstein=score,
        why="hand-built",
    )  # fmt: skip


def pg_base_url() -> str:
    return os.environ.get("REDLINE_TEST_PG", PG_DEFAULT)


def pg_skip_reason() -> str | None:
    try:
        import psycopg

        with psycopg.connect(pg_base_url(), connect_timeout=2):
            return None
    except Exception as exc:  # noqa: BLE001 - any failure means "no server here"
        return f"PostgreSQL not reachable at {pg_base_url()} ({type(exc).__name__})"


def fresh_pg_url() -> str:
    schema = "redline_an_" + uuid.uuid4().hex[:12]
    sep = "&" if "?" in pg_base_url() else "?"
    return f"{pg_base_url()}{sep}schema={schema}"


def drop_pg(url: str) -> None:
    import psycopg

    schema = url.rsplit("schema=", 1)[1]
    with psycopg.connect(pg_base_url(), autocommit=True) as con:
        con.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
