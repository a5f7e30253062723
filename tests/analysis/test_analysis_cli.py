"""The analysis commands through the CLI: formats, options and errors."""

from __future__ import annotations

import csv
import io
import json

import pytest
from analysis_builders import article, record
from typer.testing import CliRunner

from redline.cli import app
from redline.store import open_store


@pytest.fixture
def db(tmp_path) -> str:  # type: ignore[no-untyped-def]
    path = str(tmp_path / "cli.duckdb")
    store = open_store(path)
    batch = []
    for i, (day, etype, a, r) in enumerate([
        ("2025-05-05", "ASSAULT", "RUS", "UKR"), ("2025-05-06", "THREATEN", "RUS", "GBR"),
        ("2025-05-14", "AGREE", "UKR", "GBR"), ("2025-05-28", "ASSAULT", "RUS", "UKR"),
    ]):  # fmt: skip
        art = article(i, day)
        batch.append((art, [record(art, 1, etype, a, r)]))
    store.add_batch(batch)
    store.close()
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_dyads_jsonl_per_week(db: str) -> None:
    rows = [json.loads(x) for x in run("dyads", "--db", db, "--format", "jsonl").splitlines()]
    assert {(r["period"], r["actor"], r["recipient"], r["events"]) for r in rows} == {
        ("2025-05-05", "RUS", "UKR", 1), ("2025-05-05", "RUS", "GBR", 1),
        ("2025-05-12", "UKR", "GBR", 1), ("2025-05-26", "RUS", "UKR", 1),
    }  # fmt: skip
    assert rows[0]["articles"] == 2 and "ASSAULT" in json.dumps(rows)


def test_dyads_actor_filter_and_csv(db: str) -> None:
    out = run("dyads", "--db", db, "--actor", "GBR", "--by", "month", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert sorted((r["actor"], r["recipient"]) for r in rows) == [("RUS", "GBR"), ("UKR", "GBR")]


def test_escalation_for_one_dyad(db: str) -> None:
    out = run("escalation", "--db", db, "--dyad", "RUS-UKR", "--by", "week", "--format", "jsonl")
    pts = [json.loads(x) for x in out.splitlines()]
    assert [p["period"] for p in pts] == ["2025-05-05", "2025-05-12", "2025-05-19", "2025-05-26"]
    assert [p["index"] for p in pts] == [4.5, 0.0, 0.0, 9.0]


def test_table_output_and_other_commands_run(db: str) -> None:
    assert "RUS" in run("escalation", "--db", db, "--actor", "RUS")
    assert "Alerts" in run("alerts", "--db", db, "--by", "day")
    assert "Red lines" in run("redlines", "--db", db)
    run("stances", "--db", db, "--issue", "troop deployment to UKR", "--format", "jsonl")


def test_bad_options_say_the_fix(db: str) -> None:
    result = CliRunner().invoke(app, ["dyads", "--db", db, "--by", "year"])
    assert result.exit_code == 2 and "day, week, month" in result.output
    result = CliRunner().invoke(app, ["alerts", "--db", db, "--since", "May 1"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
