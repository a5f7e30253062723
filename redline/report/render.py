"""Rendering a report context to HTML (with embedded plotly.js) or Markdown (Jinja2)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

TEMPLATES = Path(__file__).parent / "templates"
MD_PERIODS = 12


def _md(text: Any) -> str:
    """One table-safe Markdown line."""
    return " ".join(str(text or "").split()).replace("|", "\\|")


@lru_cache(maxsize=2)
def _env(autoescape: bool) -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=autoescape,
        trim_blocks=False, lstrip_blocks=False, undefined=jinja2.StrictUndefined,
    )  # fmt: skip
    env.filters["md"] = _md
    return env


def render_html(ctx: dict[str, Any]) -> str:
    from redline.report.plots import figures, plotly_js

    figs = {"curves": "", "heatmap_periods": "", "heatmap_dyads": "", **figures(ctx)}
    return _env(True).get_template("report.html.j2").render(**ctx, figs=figs, plotly_js=plotly_js())


def render_markdown(ctx: dict[str, Any]) -> str:
    # a Markdown table stays readable with the last MD_PERIODS periods only
    series = {k: v[-MD_PERIODS:] for k, v in ctx["series"].items()}
    first = next(iter(series.values()), [])
    periods = [p.period.isoformat() for p in first]
    return (
        _env(False)
        .get_template("report.md.j2")
        .render(**{**ctx, "series": series}, series_periods=periods)
    )
