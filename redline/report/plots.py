"""Plotly figures for the report, rendered as divs; plotly.js itself is embedded once from
the installed package (no CDN), so the HTML file works offline."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from redline.analysis.escalation import Point

PALETTE = ["#1f4e79", "#c0392b", "#2e8b57", "#d68910", "#6c3483", "#117a8b", "#7f8c8d"]
LAYOUT: dict[str, Any] = {
    "template": "plotly_white",
    "margin": {"l": 60, "r": 20, "t": 30, "b": 50},
    "font": {"family": "Helvetica, Arial, sans-serif", "size": 12},
    "legend": {"orientation": "h", "y": -0.2},
    "height": 360,
}


@lru_cache(maxsize=1)
def plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def _div(fig: Any, div_id: str) -> str:
    return fig.to_html(full_html=False, include_plotlyjs=False, div_id=div_id,
                       config={"displaylogo": False, "responsive": True})  # fmt: skip


def escalation_curves(series: dict[str, list[Point]]) -> str:
    import plotly.graph_objects as go

    fig = go.Figure()
    for i, (key, points) in enumerate(series.items()):
        fig.add_trace(go.Scatter(
            x=[p.period.isoformat() for p in points], y=[round(p.smoothed, 2) for p in points],
            name=key.replace("-", " → "), mode="lines+markers",
            line={"color": PALETTE[i % len(PALETTE)], "width": 2},
            customdata=[[p.events, round(p.index, 2)] for p in points],
            hovertemplate="%{x}<br>smoothed %{y}<br>index %{customdata[1]}"
                          "<br>%{customdata[0]} events<extra>%{fullData.name}</extra>",
        ))  # fmt: skip
    fig.update_layout(**LAYOUT, yaxis_title="escalation index (smoothed)")
    return _div(fig, "plot-escalation")


def dyad_period_heatmap(series: dict[str, list[Point]], top: int = 15) -> str:
    import plotly.graph_objects as go

    keys = list(series)[:top]
    periods = [p.period.isoformat() for p in series[keys[0]]] if keys else []
    z = [[round(p.index, 2) for p in series[k]] for k in keys]
    fig = go.Figure(go.Heatmap(
        z=z, x=periods, y=[k.replace("-", " → ") for k in keys], colorscale="RdBu",
        reversescale=True, zmid=0, colorbar={"title": {"text": "index"}},
        hovertemplate="%{y}<br>%{x}<br>index %{z}<extra></extra>",
    ))  # fmt: skip
    fig.update_layout(**{**LAYOUT, "height": max(260, 28 * len(keys) + 110)})
    fig.update_yaxes(autorange="reversed")
    return _div(fig, "plot-heatmap-periods")


def dyad_matrix(headline: list[dict[str, Any]]) -> str:
    import plotly.graph_objects as go

    actors = sorted({d["actor"] for d in headline})
    recipients = sorted({d["recipient"] for d in headline})
    weight = {(d["actor"], d["recipient"]): d["weight"] for d in headline}
    z = [[weight.get((a, r)) for r in recipients] for a in actors]
    fig = go.Figure(go.Heatmap(
        z=z, x=recipients, y=actors, colorscale="RdBu", reversescale=True, zmid=0,
        colorbar={"title": {"text": "weight"}},
        hovertemplate="%{y} → %{x}<br>conflict weight %{z}<extra></extra>",
    ))  # fmt: skip
    fig.update_layout(**{**LAYOUT, "height": max(260, 34 * len(actors) + 120)})
    fig.update_xaxes(title="recipient")
    fig.update_yaxes(title="actor", autorange="reversed")
    return _div(fig, "plot-heatmap-dyads")


def figures(ctx: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    if ctx["series"]:
        out["curves"] = escalation_curves(ctx["series"])
        ranked = dict(sorted(ctx["all_series"].items(),
                             key=lambda kv: -sum(p.raw for p in kv[1] if p.raw > 0)))  # fmt: skip
        out["heatmap_periods"] = dyad_period_heatmap(ranked)
    if ctx["headline"]:
        out["heatmap_dyads"] = dyad_matrix(ctx["headline"])
    return out
