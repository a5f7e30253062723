"""The --db URL: which store, where. `open_store(url)` is the one way in.

Accepted: a file path (`events.duckdb`), `duckdb:///relative/or/absolute/path`,
`duckdb:///:memory:`, and `postgresql://` / `postgres://` libpq URLs (with an optional
`?schema=NAME`). Default: REDLINE_DB, else the `store.db` setting (`./redline.duckdb`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from redline.errors import StoreURLError
from redline.store.base import Store


def _open_duckdb(target: str) -> Store:
    from redline.store.duckdb_store import DuckDBStore

    return DuckDBStore(target)


def _open_postgres(target: str) -> Store:
    from redline.store.postgres_store import PostgresStore

    return PostgresStore(target)


# Registered under versioned names; a published name never changes meaning.
STORES: dict[str, Callable[[str], Store]] = {
    "redline.store.duckdb.v1": _open_duckdb,
    "redline.store.postgres.v1": _open_postgres,
}


@dataclass(frozen=True)
class DBTarget:
    kind: str  # a key of STORES
    target: str  # file path for DuckDB, libpq URL for PostgreSQL


def default_db() -> str:
    if os.environ.get("REDLINE_DB"):
        return os.environ["REDLINE_DB"]
    from redline.config import load_settings

    return str(load_settings()["store.db"])


def parse_db_url(url: str | None) -> DBTarget:
    url = (url or "").strip() or default_db()
    lower = url.lower()
    if lower.startswith(("postgresql://", "postgres://")):
        return DBTarget("redline.store.postgres.v1", url)
    if lower.startswith("duckdb://"):
        path = url[len("duckdb://") :]
        # duckdb:///x -> "/x" -> relative "x"; duckdb:////abs -> "/abs"
        path = path[1:] if path.startswith("/") else path
        if not path:
            raise StoreURLError(
                "duckdb URL names no file", input=url, fix="write duckdb:///path/to/file.duckdb"
            )
        return DBTarget("redline.store.duckdb.v1", path)
    if "://" in url:
        scheme = url.split("://", 1)[0]
        raise StoreURLError(
            f"unknown database kind {scheme!r}",
            input=url,
            fix="use a file path, duckdb:///path or postgresql://user@host/db",
        )
    return DBTarget("redline.store.duckdb.v1", os.path.expanduser(url))


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating if needed) the store a --db URL names."""
    target = parse_db_url(url)
    return STORES[target.kind](target.target)
