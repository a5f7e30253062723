"""The embedded default store: one DuckDB file, one writer at a time.

A second process opening the same file for writing gets StoreLockedError (R501) naming the
holder's pid, never a corrupt file: DuckDB's own file lock refuses it, we only translate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from redline.errors import StoreError, StoreLockedError
from redline.store.sql_store import SQLStore

_PID = re.compile(r"PID (\d+)")


class DuckDBStore(SQLStore):
    kind = "redline.store.duckdb.v1"
    dialect = "duckdb"

    def __init__(self, path: str, *, read_only: bool = False) -> None:
        import duckdb

        self.path = path
        self.url = "duckdb:///" + path if path != ":memory:" else "duckdb:///:memory:"
        if path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        try:
            self._con = duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            msg = str(exc)
            if "lock" in msg.lower():
                pid = _PID.search(msg)
                who = f" (pid {pid.group(1)})" if pid else ""
                raise StoreLockedError(
                    f"database file {path} is locked by another redline process{who}",
                    input=path,
                    fix="wait for it to finish, or use PostgreSQL (--db postgresql://...) "
                    "for many writers",
                ) from exc
            raise StoreError(msg, input=path, fix="check the path and its permissions") from exc
        except duckdb.Error as exc:
            raise StoreError(
                f"cannot open DuckDB database: {exc}",
                input=path,
                fix="check that the file is a DuckDB database written by redline",
            ) from exc
        self._in_tx = False
        if not read_only:
            self.migrate()

    def _q(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._con.execute(sql, list(params)).fetchall()

    def _x(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._con.execute(sql, list(params))

    def _xmany(self, sql: str, rows: list[Sequence[Any]]) -> None:
        self._bulk(sql, rows)

    def _insert_returning(self, sql: str, rows: list[tuple[Any, ...]]) -> set[Any]:
        return {r[0] for r in self._bulk(sql, rows)}

    def _bulk(self, sql: str, rows: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
        """Run `INSERT ... VALUES (?, ...) [ON CONFLICT ...]` for many rows at once.

        DuckDB binds parameters slowly (executemany is row by row), so the rows go in as an
        Arrow table and the VALUES clause becomes a SELECT from it: ~10x faster.
        """
        import pyarrow as pa

        if not rows:
            return []
        head, sep, tail = sql.partition("VALUES (")
        assert sep, "bulk inserts are written as INSERT ... VALUES (...)"
        _, _, rest = tail.partition(")")
        columns = list(zip(*rows, strict=True))
        table = pa.table({f"c{i}": pa.array(col) for i, col in enumerate(columns)})
        self._con.register("_redline_rows", table)
        try:
            return self._con.execute(f"{head}SELECT * FROM _redline_rows{rest}").fetchall()
        finally:
            self._con.unregister("_redline_rows")

    def _begin(self) -> None:
        self._con.begin()

    def _commit(self) -> None:
        self._con.commit()

    def _rollback(self) -> None:
        try:
            self._con.rollback()
        except Exception:  # noqa: BLE001 - nothing open to roll back
            pass

    def _iter(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        cur = self._con.cursor()
        cur.execute(sql, list(params))
        while True:
            rows = cur.fetchmany(1000)
            if not rows:
                break
            yield from rows
        cur.close()

    def close(self) -> None:
        con = getattr(self, "_con", None)
        if con is not None:
            con.close()
            self._con = None  # type: ignore[assignment]
