"""The server store: PostgreSQL through psycopg 3, safe for many concurrent writers.

Writes use INSERT ... ON CONFLICT (never read-then-write for identity), so two processes
ingesting overlapping batches at once store each article and mention once and add every
mention to its happening's count exactly once. A batch that loses a deadlock, or a race
to insert the same row, is retried.

URL: any libpq URL; an extra `?schema=NAME` query parameter puts redline's tables in that
schema (created if missing), which is how tests keep their runs apart.
"""

from __future__ import annotations

import logging
import random
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from redline.errors import StoreConnectError, StoreURLError
from redline.store.base import ArticleWithEvents, BatchResult
from redline.store.sql_store import SQLStore

log = logging.getLogger("redline")
_SCHEMA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
_RETRIES = 10


def split_schema(url: str) -> tuple[str, str | None]:
    """Take redline's own `schema=` parameter out of a libpq URL."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((v for k, v in query if k == "schema"), None)
    rest = urlencode([(k, v) for k, v in query if k != "schema"])
    if schema is not None and not _SCHEMA_NAME.match(schema):
        raise StoreURLError(
            f"invalid schema name {schema!r}",
            input=url,
            fix="use letters, digits and underscores, starting with a letter",
        )
    return urlunsplit(parts._replace(query=rest)), schema


class PostgresStore(SQLStore):
    kind = "redline.store.postgres.v1"
    dialect = "postgres"

    def __init__(self, url: str, *, connect_timeout: int = 5) -> None:
        import psycopg

        self.url = url
        conninfo, self.schema = split_schema(url)
        try:
            self._con = psycopg.connect(conninfo, connect_timeout=connect_timeout, autocommit=True)
        except psycopg.Error as exc:
            raise StoreConnectError(
                f"cannot connect to PostgreSQL: {str(exc).strip().splitlines()[0]}",
                input=_redact(url),
                fix="check that the server runs, and the host, port, user and database",
            ) from exc
        if self.schema:
            # Two processes opening a new schema at once would both try to create it (and one
            # fail on pg_namespace's unique index): take the migration lock first.
            with self._con.transaction():
                self._lock_for_migration()
                self._con.execute(f'CREATE SCHEMA IF NOT EXISTS "{self.schema}"')
            self._con.execute(f'SET search_path TO "{self.schema}"')
        self.migrate()

    def add_batch(self, articles_with_events: Iterable[ArticleWithEvents]) -> BatchResult:
        import psycopg

        items = list(articles_with_events)
        for attempt in range(_RETRIES):
            try:
                return super().add_batch(items)
            except (
                psycopg.errors.DeadlockDetected,
                psycopg.errors.SerializationFailure,
                # another writer stored the same article between our check and our insert;
                # the retry sees it and skips it
                psycopg.errors.UniqueViolation,
            ):
                if attempt == _RETRIES - 1:
                    raise
                log.warning("batch lost a lock race; retrying (%d)", attempt + 1)
                # jitter, so that two writers that collided do not collide again in step
                time.sleep(0.05 * (attempt + 1) + random.uniform(0, 0.1))
        raise AssertionError("unreachable")

    @staticmethod
    def _pg(sql: str) -> str:
        return sql.replace("?", "%s")

    def _q(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._con.execute(self._pg(sql), list(params)).fetchall()

    def _x(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._con.execute(self._pg(sql), list(params))

    def _xmany(self, sql: str, rows: list[Sequence[Any]]) -> None:
        if rows:
            with self._con.cursor() as cur:
                cur.executemany(self._pg(sql), [list(r) for r in rows])

    # autocommit connection with explicit transactions: reads never leave one open.
    def _insert_returning(self, sql: str, rows: list[tuple[Any, ...]]) -> set[Any]:
        got: set[Any] = set()
        with self._con.cursor() as cur:
            cur.executemany(self._pg(sql), [list(r) for r in rows], returning=True)
            while True:
                got |= {r[0] for r in cur.fetchall()}
                if not cur.nextset():
                    break
        return got

    def _begin(self) -> None:
        self._con.execute("BEGIN")

    def _commit(self) -> None:
        self._con.execute("COMMIT")

    def _rollback(self) -> None:
        import psycopg

        try:
            self._con.execute("ROLLBACK")
        except psycopg.Error:
            pass

    def _lock_for_migration(self) -> None:
        # One migrator at a time per database (key: an arbitrary constant for redline).
        self._x("SELECT pg_advisory_xact_lock(7262017)")

    def _iter(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        with self._con.transaction(), self._con.cursor(name="redline_export") as cur:
            cur.execute(self._pg(sql), list(params))
            while True:
                rows = cur.fetchmany(1000)
                if not rows:
                    break
                yield from rows

    def drop_schema(self) -> None:
        """Remove this store's schema and everything in it (tests and benchmarks)."""
        if self.schema:
            self._con.execute(f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE')

    def close(self) -> None:
        con = getattr(self, "_con", None)
        if con is not None:
            con.close()
            self._con = None


def _redact(url: str) -> str:
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(":" + parts.password + "@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url
