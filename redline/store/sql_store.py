"""The store logic shared by DuckDB and PostgreSQL: one schema, one set of statements.

Subclasses supply a connection and a handful of primitives (`_q`, `_x`, `_xmany`,
transactions, a streaming cursor). SQL here is written with `?` placeholders; the
PostgreSQL store rewrites them to `%s`.

Each `add_batch` is ONE transaction: articles, band hashes, mentions, entities and the
happening upserts commit together or not at all, so a killed run leaves no half-written
article. Rows are written in a fixed order (articles by content hash, happenings by id)
so concurrent PostgreSQL writers take row locks in the same order.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from redline.store.base import (
    ArticleWithEvents,
    BatchResult,
    EventFilter,
    content_hash,
)
from redline.store.batch import write_batch
from redline.store.migrations import LATEST, MIGRATIONS
from redline.store.schema import EVENTS, column_names

log = logging.getLogger("redline")

EVENT_COLUMNS = column_names(EVENTS)


class SQLStore:
    kind = "redline.store.sql"
    dialect = "duckdb"
    url = ""

    # -- primitives supplied by each backend -------------------------------------------
    def _q(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _x(self, sql: str, params: Sequence[Any] = ()) -> None:
        raise NotImplementedError

    def _xmany(self, sql: str, rows: list[Sequence[Any]]) -> None:
        raise NotImplementedError

    def _begin(self) -> None:
        raise NotImplementedError

    def _commit(self) -> None:
        raise NotImplementedError

    def _rollback(self) -> None:
        raise NotImplementedError

    def _iter(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        raise NotImplementedError

    def _insert_returning(self, sql: str, rows: list[tuple[Any, ...]]) -> set[Any]:
        """Insert rows; the first RETURNING column of the rows really inserted."""
        raise NotImplementedError

    def _lock_for_migration(self) -> None:
        """Serialise concurrent migrators (PostgreSQL); DuckDB has one writer anyway."""

    def close(self) -> None:
        raise NotImplementedError

    # -- schema ----------------------------------------------------------------------
    def migrate(self) -> int:
        """Apply pending migrations; returns the schema version now in force."""
        from redline.errors import StoreSchemaError
        from redline.store.schema import SCHEMA_VERSION, create_table_sql

        self._begin()
        try:
            self._lock_for_migration()
            for stmt in create_table_sql(SCHEMA_VERSION, self.dialect):
                self._x(stmt)
            current = self._q("SELECT COALESCE(MAX(version), 0) FROM schema_version")[0][0]
            if current > LATEST:
                raise StoreSchemaError(
                    f"database schema version {current} is newer than this redline knows "
                    f"({LATEST})",
                    input=self.url,
                    fix="upgrade redline (pip install -U redline) to read this database",
                )
            for mig in MIGRATIONS:
                if mig.version <= current:
                    continue
                log.info("applying store migration %d (%s)", mig.version, mig.name)
                for stmt in mig.statements(self.dialect):
                    self._x(stmt)
                self._x(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                    (mig.version, mig.name, _now()),
                )
            self._commit()
        except BaseException:
            self._rollback()
            raise
        return max(current, LATEST)

    def schema_version(self) -> int:
        return int(self._q("SELECT COALESCE(MAX(version), 0) FROM schema_version")[0][0])

    # -- writing ---------------------------------------------------------------------
    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        wanted = list(dict.fromkeys(hashes))
        found: set[str] = set()
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self._q(
                f"SELECT content_hash FROM articles WHERE content_hash IN ({marks})", chunk
            )
            found |= {r[0] for r in rows}
        return found

    def add_batch(self, articles_with_events: Iterable[ArticleWithEvents]) -> BatchResult:
        items = [(content_hash(a.text), a, list(recs)) for a, recs in articles_with_events]
        items.sort(key=lambda it: it[0])  # one lock order for every writer
        self._begin()
        try:
            result = write_batch(self, items)
            self._commit()
        except BaseException:
            self._rollback()
            raise
        return result

    # -- reading ---------------------------------------------------------------------
    def events(self, filters: EventFilter | None = None) -> list[dict[str, Any]]:
        """Happenings (one row each) matching the filters, oldest first."""
        f = filters or EventFilter()
        where, params = _event_where(f)
        sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date NULLS LAST, first_seen, event_id"
        if f.limit:
            sql += f" LIMIT {int(f.limit)}"
        return [dict(zip(EVENT_COLUMNS, row, strict=True)) for row in self._q(sql, params)]

    def iter_mentions(self) -> Iterator[dict[str, Any]]:
        """Every stored mention: its full record plus its happening, story and article."""
        sql = (
            "SELECT m.record, m.event_id, e.story_id, e.mentions, e.first_seen, e.last_seen, "
            "a.title, a.url, a.source, a.published, a.version "
            "FROM mentions m JOIN events e ON e.event_id = m.event_id "
            "JOIN articles a ON a.doc_id = m.doc_id ORDER BY a.ingested_at, m.doc_id, "
            "m.sentence, m.start_char, m.mention_id"
        )
        keys = ("happening_id", "story_id", "mentions", "first_seen", "last_seen",
                "title", "url", "source", "published", "version")  # fmt: skip
        for row in self._iter(sql):
            record = row[0] if isinstance(row[0], dict) else json.loads(row[0])
            yield {"record": record, **dict(zip(keys, row[1:], strict=True))}

    def iter_events(self) -> Iterator[dict[str, Any]]:
        sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events ORDER BY date, event_id"
        for row in self._iter(sql):
            yield dict(zip(EVENT_COLUMNS, row, strict=True))

    def export(self, fmt: str, out: Path, level: str = "mentions") -> int:
        from redline.store.export import export_store

        return export_store(self, fmt, out, level=level)

    def counts(self) -> dict[str, int]:
        names = ("articles", "story_bands", "events", "mentions", "entities")
        out = {n: int(self._q(f"SELECT COUNT(*) FROM {n}")[0][0]) for n in names}
        out["stories"] = int(self._q("SELECT COUNT(DISTINCT story_id) FROM articles")[0][0])
        out["event_mentions"] = int(self._q("SELECT COALESCE(SUM(mentions), 0) FROM events")[0][0])
        return out

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _event_where(f: EventFilter) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if f.event_type:
        where.append("event_type = ?")
        params.append(f.event_type.upper())
    if f.modality:
        where.append("modality = ?")
        params.append(f.modality.lower())
    for column, code in (("actor_codes", f.actor), ("recipient_codes", f.recipient)):
        if code:
            where.append(f"strpos('|' || {column} || '|', ?) > 0")
            params.append(f"|{code}|")
    if f.since:
        where.append("date >= ?")
        params.append(f.since)
    if f.until:
        where.append("date <= ?")
        params.append(f.until)
    return where, params


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)
