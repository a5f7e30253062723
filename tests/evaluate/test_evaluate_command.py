"""The runner, the renderers and `redline eval`, with a stand-in coder (no NLP needed)."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from redline.cli import app
from redline.evaluate import runner
from redline.evaluate.render import print_results, results_json
from redline.evaluate.runner import evaluate_files
from redline.records import Article, Entity, EventRecord, Span

ROWS = [
    {"id": "PLOVER-GSR-T-1", "text": "Ruritania shelled a Freedonian border post.",
     "events": [{"type": "ASSAULT", "source": ["Ruritania"], "target": ["Freedonian post"],
                 "source_countries": ["FRA"], "target_countries": ["DEU"]}]},
    {"id": "PLOVER-GSR-T-2", "text": "Freedonia asked Ruritania for talks.",
     "events": [{"type": "REQUEST", "source": ["Freedonia"], "target": ["Ruritania"],
                 "source_countries": ["DEU"], "target_countries": ["FRA"]}]},
]


def fake_coder(articles: Iterable[Article]) -> Iterator[tuple[Article, list[EventRecord]]]:
    """Codes every text as an ASSAULT by FRA on DEU."""
    for a in articles:
        yield a, [EventRecord(doc_id=a.doc_id, event_type="ASSAULT", sentence=0, text=a.text,
                              start=0, end=len(a.text), trigger=Span("shelled", 10, 17),
                              actor=[Entity("Ruritania", code="FRA")],
                              recipient=[Entity("post", code="DEU")], why="fake rule")]


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "tiny_gsr.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    return path


def test_runner_pairs_and_scores(gold_file: Path) -> None:
    [res] = evaluate_files([gold_file], coder=fake_coder)
    assert res.kind == "gsr" and res.n_items == 2
    assert res.scores.value("type_recall") == 0.5
    assert res.scores.value("type_precision") == 0.5
    assert res.scores.value("dyad_recall") == 0.5


def test_runner_fails_before_coding_on_a_bad_second_file(gold_file: Path) -> None:
    calls: list[str] = []

    def spy(articles: Iterable[Article]) -> Iterator[tuple[Article, list[EventRecord]]]:
        calls.append("coded")
        return fake_coder(articles)

    from redline.errors import InputError

    with pytest.raises(InputError):
        evaluate_files([gold_file, gold_file.with_name("nope.jsonl")], coder=spy)
    assert calls == []


def test_render_tables_and_errors(gold_file: Path) -> None:
    results = evaluate_files([gold_file], coder=fake_coder)
    console = Console(record=True, width=200)
    print_results(results, console, errors=True)
    out = console.export_text()
    assert "type_recall" in out and "dyad_recall" in out
    assert "confusion" in out and "REQUEST" in out
    assert "false type ASSAULT" in out and "fake rule" in out


def test_json_shape(gold_file: Path) -> None:
    data = results_json(evaluate_files([gold_file], coder=fake_coder), errors=True)
    [f] = data["files"]
    assert f["kind"] == "gsr" and f["items"] == 2
    assert f["figures"]["type_recall"] == {"value": 0.5, "n": 2}
    assert f["counts"]["gold_scored"] == 2
    assert f["confusion"]["REQUEST"] == {"ASSAULT": 1}
    assert {e["what"] for e in f["errors"]} == {"miss", "false type ASSAULT"}
    json.dumps(data)  # serialisable


def test_cli_eval_json_and_table(gold_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "_default_coder", lambda batch_size: fake_coder)
    cli = CliRunner()
    res = cli.invoke(app, ["eval", str(gold_file), "--json", "--limit", "1"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["files"][0]["items"] == 1
    assert data["files"][0]["figures"]["type_recall"]["value"] == 1.0
    res = cli.invoke(app, ["eval", str(gold_file), "--errors", "--kind", "plv"])
    assert res.exit_code == 0, res.output
    assert "(plv)" in res.stdout and "miss" in res.stdout


def test_cli_eval_missing_file(tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["eval", str(tmp_path / "gone.jsonl")])
    assert res.exit_code == 1
    assert "gone.jsonl" in res.output and "R100" in res.output


HAS_CODER = importlib.util.find_spec("redline.events.pipeline") is not None


@pytest.mark.skipif(not HAS_CODER, reason="redline.events.pipeline (the coder) not written yet")
def test_end_to_end_with_real_coder(tmp_path: Path) -> None:
    rows = [
        {"id": "plv-e2e-1", "text": "Soldiers from Ruritania attacked a village in Freedonia.",
         "events": [{"type": "ASSAULT", "source": ["Soldiers from Ruritania"],
                     "target": ["a village in Freedonia"]}]},
        {"id": "plv-e2e-2", "text": "The weather was mild on Tuesday.", "events": []},
    ]
    path = tmp_path / "e2e_plv.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    [res] = evaluate_files([path])
    s = res.scores
    assert res.kind == "plv" and s.counts["items"] == 2
    assert s.value("type_recall") == 1.0
    assert s.counts["coded_types"] >= 1
