"""Real processes: kill -9 and resume, two PostgreSQL writers at once, DuckDB's one writer."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from redline.errors import StoreLockedError
from redline.store import open_store

DRIVER = str(Path(__file__).with_name("store_driver.py"))
ROOT = str(Path(__file__).resolve().parents[2])


def _driver(db: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": ROOT + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen([sys.executable, DRIVER, db, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)  # fmt: skip


def _expected_mentions(ids: range) -> int:
    return sum(i % 4 + 1 for i in ids)


def _assert_whole(db: str) -> dict[str, int]:
    """Every stored article has all its mentions; every mention is counted once."""
    store = open_store(db)
    try:
        short = store._q(
            "SELECT a.doc_id FROM articles a LEFT JOIN mentions m ON m.doc_id = a.doc_id "
            "GROUP BY a.doc_id, a.n_mentions HAVING COUNT(m.mention_id) <> a.n_mentions"
        )
        assert short == []
        counts = store.counts()
        assert counts["event_mentions"] == counts["mentions"]
        assert (
            store._q("SELECT COUNT(DISTINCT content_hash) FROM articles")[0][0]
            == counts["articles"]
        )
        return counts
    finally:
        store.close()


@pytest.mark.parametrize("kind", ["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_kill_and_resume(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    db = str(tmp_path / "k.duckdb") if kind == "duckdb" else request.getfixturevalue("pg_url")
    n = 240
    proc = _driver(db, "0", str(n), "--batch", "4", "--slow-commit", "0.2")
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("committed 6"):
            break
    time.sleep(0.1)  # batch 7 is written and waiting to commit
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    counts = _assert_whole(db)
    assert counts["articles"] == 24  # six whole batches; the seventh left no trace
    resumed = _driver(db, "0", str(n), "--batch", "4")
    out, err = resumed.communicate(timeout=60)
    assert resumed.returncode == 0, err
    counts = _assert_whole(db)
    assert counts["articles"] == n
    assert counts["mentions"] == _expected_mentions(range(n))


@pytest.mark.postgres
def test_two_postgres_writers_lose_nothing(pg_url: str) -> None:
    # Overlapping ranges in opposite orders, all mentions landing on 28 shared happenings.
    a = _driver(pg_url, "0", "160", "--batch", "8")
    b = _driver(pg_url, "80", "240", "--batch", "8", "--reverse")
    for proc in (a, b):
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
    counts = _assert_whole(pg_url)
    assert counts["articles"] == 240
    assert counts["mentions"] == _expected_mentions(range(240))
    assert counts["events"] == 28  # one happening per article date (2024-05-01..28)


def test_second_duckdb_writer_gets_a_clear_error(tmp_path: Path) -> None:
    db = str(tmp_path / "locked.duckdb")
    holder = _driver(db, "0", "0", "--hold")
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLockedError) as err:
            open_store(db)
        text = str(err.value)
        assert "R501" in text and f"pid {holder.pid}" in text and "PostgreSQL" in text
    finally:
        holder.kill()
        holder.wait(timeout=10)
    # The file is intact once the holder is gone.
    store = open_store(db)
    assert store.counts()["articles"] == 0
    store.close()


@pytest.mark.postgres
def test_processes_opening_a_new_schema_at_once_all_succeed(pg_url: str) -> None:
    # Several writers starting on a schema nobody has created yet race to create it; each
    # must wait for the migration lock instead of failing on the catalogue's unique index.
    code = "import sys; from redline.store import open_store; open_store(sys.argv[1]).close()"
    env = {**os.environ, "PYTHONPATH": ROOT + os.pathsep + os.environ.get("PYTHONPATH", "")}
    procs = [
        subprocess.Popen([sys.executable, "-c", code, pg_url], stderr=subprocess.PIPE,
                         text=True, env=env)
        for _ in range(4)
    ]  # fmt: skip
    for proc in procs:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
    store = open_store(pg_url)
    assert store.counts()["articles"] == 0
    store.close()
