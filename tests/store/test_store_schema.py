"""One schema, two dialects, versioned migrations."""

from __future__ import annotations

import pytest

from redline.errors import StoreSchemaError
from redline.store.migrations import LATEST
from redline.store.schema import TABLES, create_table_sql


@pytest.mark.parametrize("dialect", ["duckdb", "postgres"])
def test_ddl_names_every_table_with_dialect_types(dialect: str) -> None:
    ddl = "\n".join(s for t in TABLES for s in create_table_sql(t, dialect))
    for name in ("articles", "events", "mentions", "entities", "story_bands"):
        assert f"CREATE TABLE IF NOT EXISTS {name}" in ddl
    assert ("BYTEA" in ddl) == (dialect == "postgres")
    assert ("JSONB" in ddl) == (dialect == "postgres")
    assert "UNIQUE (content_hash)" in ddl


def test_migrations_are_recorded_once(open_db) -> None:  # type: ignore[no-untyped-def]
    store = open_db()
    assert store.schema_version() == LATEST
    store.close()
    again = open_db()
    assert again._q("SELECT COUNT(*) FROM schema_version")[0][0] == LATEST


def test_newer_schema_is_refused_with_a_fix(open_db) -> None:  # type: ignore[no-untyped-def]
    store = open_db()
    store._x(
        "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
        (LATEST + 1, "future", "2030-01-01 00:00:00"),
    )
    store.close()
    with pytest.raises(StoreSchemaError) as err:
        open_db()
    assert "upgrade redline" in str(err.value)
