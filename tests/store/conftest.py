"""Fixtures for the store tests: hand-built articles and events, DuckDB and PostgreSQL stores.

PostgreSQL tests use the server at REDLINE_TEST_PG (default: local trust auth, database
`test`), each in a fresh schema dropped afterwards; they skip when no server answers.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

import pytest

from redline.records import Article, Entity, EventRecord, Location, Quote, Span

PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"

WORDS = (
    "council minister border troops talks harbour envoy ceasefire summit parliament grain "
    "convoy sanctions pipeline embassy villagers drone tariff election negotiators river "
    "treaty garrison refinery delegation protest curfew airport reserve militia court"
).split()


def body_text(seed: int, sentences: int = 6) -> str:
    """Deterministic prose-like text, different for every seed."""
    out = []
    for s in range(sentences):
        words = [WORDS[(seed * 7 + s * 13 + k * k * 3 + k * seed) % len(WORDS)] for k in range(14)]
        out.append(" ".join(words).capitalize() + f" {seed}-{s}.")
    return "\n".join(out)


def make_article(i: int, text: str | None = None, **kw: object) -> Article:
    fields: dict = {
        "doc_id": f"doc{i}",
        "text": text if text is not None else body_text(i),
        "title": f"Headline {i}",
        "url": f"https://news.example/{i}",
        "date": f"2024-05-{1 + i % 28:02d}",
        "source": f"test-{i}.txt",
    }
    fields.update(kw)
    return Article(**fields)  # type: ignore[arg-type]


def make_record(
    article: Article,
    k: int,
    event_type: str = "ASSAULT",
    actor: str = "RUS",
    recipient: str = "UKR",
    **kw: object,
) -> EventRecord:
    fields: dict = {
        "doc_id": article.doc_id,
        "event_type": event_type,
        "sentence": k,
        "text": f"evidence sentence {k} of {article.doc_id}",
        "start": 10 * k,
        "end": 10 * k + 9,
        "trigger": Span("struck", 10 * k + 2, 10 * k + 8),
        "actor": [Entity("Moscow", name="Russia", code=actor, country=actor, sector="GOV")],
        "recipient": [Entity("Kyiv", name="Ukraine", code=recipient, country=recipient)],
        "quote": Quote("a spokesman", "we struck") if k % 2 else None,
        "location": Location("Kharkiv", "UKR", 49.99, 36.23) if k % 3 == 0 else None,
        "date": article.date,
        "date_reason": "article date",
        "cameo": "0" + str(190 + k % 5)[1:] if k % 2 else "190",
        "goldstein": -10.0,
        "plover_score": -9.5,
        "quad_class": 4,
        "confidence": 0.75,
        "why": "test rule",
    }
    fields.update(kw)
    return EventRecord(**fields)  # type: ignore[arg-type]


def pg_base_url() -> str:
    return os.environ.get("REDLINE_TEST_PG", PG_DEFAULT)


def pg_available() -> str | None:
    """None when the server answers, else the reason to skip."""
    try:
        import psycopg

        with psycopg.connect(pg_base_url(), connect_timeout=2):
            return None
    except Exception as exc:  # noqa: BLE001 - any failure means "no server here"
        return f"PostgreSQL not reachable at {pg_base_url()} ({type(exc).__name__})"


@pytest.fixture
def pg_url() -> Iterator[str]:
    reason = pg_available()
    if reason:
        pytest.skip(reason)
    import psycopg

    schema = "redline_test_" + uuid.uuid4().hex[:12]
    sep = "&" if "?" in pg_base_url() else "?"
    yield f"{pg_base_url()}{sep}schema={schema}"
    with psycopg.connect(pg_base_url(), autocommit=True) as con:
        con.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:  # type: ignore[no-untyped-def]
    """A fresh, empty database URL of each kind."""
    if request.param == "duckdb":
        return str(tmp_path / "store.duckdb")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def open_db(db_url: str) -> Iterator[Callable[[], object]]:
    """Opens stores on the test's database; closes them all at the end."""
    from redline.store import open_store

    opened: list = []

    def _open():  # type: ignore[no-untyped-def]
        store = open_store(db_url)
        opened.append(store)
        return store

    yield _open
    for store in opened:
        store.close()


class Builders:
    """Hand-built inputs, handed to tests as the `mk` fixture."""

    article = staticmethod(make_article)
    record = staticmethod(make_record)
    body = staticmethod(body_text)


@pytest.fixture
def mk() -> type[Builders]:
    return Builders
