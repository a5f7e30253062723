"""The situation report as files: HTML with embedded plotly.js, and Markdown."""

from __future__ import annotations

from pathlib import Path

from report_store import crisis_store
from typer.testing import CliRunner

from redline.cli import app
from redline.report.commands import write_report
from redline.report.plots import plotly_js


def test_html_report_is_self_contained(tmp_path: Path) -> None:
    store = crisis_store("duckdb:///:memory:")
    out = write_report(store, tmp_path / "r.html")
    store.close()
    html = out.read_text(encoding="utf-8")
    assert plotly_js() in html  # embedded whole, from the installed package
    html = html.replace(plotly_js(), "")  # (the library mentions URLs it never fetches here)
    for section in ("Headline dyads", "Escalation", "Alerts", "Red lines", "Stances",
                    "Top events"):  # fmt: skip
        assert section in html
    assert "cdn.plot.ly" not in html and "https://cdn" not in html
    assert 'src="http' not in html and "<link" not in html
    assert "plot-escalation" in html and "plot-heatmap-dyads" in html
    assert "RUS → UKR" in html or "RUS &rarr; UKR" in html


def test_markdown_report_and_cli(tmp_path: Path) -> None:
    db = str(tmp_path / "crisis.duckdb")
    crisis_store(db).close()
    out = tmp_path / "r.md"
    result = CliRunner().invoke(app, ["report", "--db", db, "--out", str(out)])
    assert result.exit_code == 0, result.output
    md = out.read_text(encoding="utf-8")
    assert md.startswith("# Situation report")
    assert "| RUS | UKR |" in md and "## Alerts" in md and "spike" in md
    result = CliRunner().invoke(app, ["report", "--db", db, "--out", str(out), "--actor", "FRA",
                                      "--since", "2025-09-20", "--format", "md"])  # fmt: skip
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "# Situation report: FRA" in text and "| RUS | UKR |" not in text
