"""Which store a --db URL opens."""

from __future__ import annotations

import pytest

from redline.errors import StoreURLError
from redline.store import STORES, parse_db_url
from redline.store.postgres_store import split_schema


def test_plain_path_and_duckdb_urls_open_duckdb() -> None:
    assert parse_db_url("events.duckdb").target == "events.duckdb"
    assert parse_db_url("duckdb:///data/x.duckdb").target == "data/x.duckdb"
    assert parse_db_url("duckdb:////abs/x.duckdb").target == "/abs/x.duckdb"
    assert parse_db_url("duckdb:///:memory:").target == ":memory:"
    assert parse_db_url("x.duckdb").kind == "redline.store.duckdb.v1"


def test_postgres_urls_open_postgres() -> None:
    for url in ("postgresql://u@h/db", "postgres://u@h:5433/db?schema=s"):
        target = parse_db_url(url)
        assert target.kind == "redline.store.postgres.v1"
        assert target.target == url


def test_default_comes_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDLINE_DB", "postgresql://me@db/events")
    assert parse_db_url(None).kind == "redline.store.postgres.v1"
    monkeypatch.delenv("REDLINE_DB")
    monkeypatch.delenv("REDLINE_STORE_DB", raising=False)
    assert parse_db_url("").target.endswith("redline.duckdb")


def test_unknown_scheme_says_what_is_accepted() -> None:
    with pytest.raises(StoreURLError) as err:
        parse_db_url("mysql://root@host/db")
    assert "R502" in str(err.value) and "postgresql://" in str(err.value)


def test_schema_parameter_is_ours_not_libpq() -> None:
    conninfo, schema = split_schema("postgresql://u@h/db?sslmode=disable&schema=abc_1")
    assert schema == "abc_1" and "schema" not in conninfo and "sslmode=disable" in conninfo
    with pytest.raises(StoreURLError):
        split_schema("postgresql://u@h/db?schema=x;drop")


def test_store_kinds_are_registered_under_versioned_names() -> None:
    assert set(STORES) >= {"redline.store.duckdb.v1", "redline.store.postgres.v1"}
