"""Gathering everything a situation report shows, from one store, into plain dicts.

The same context feeds the HTML and the Markdown templates, so both say the same thing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from redline.analysis.alerts import find_alerts
from redline.analysis.dyads import headline_dyads
from redline.analysis.escalation import escalation_series, rank_keys
from redline.analysis.periods import auto_period
from redline.analysis.redlines import build_register
from redline.analysis.source import (
    Happening,
    article_volume,
    iter_mention_rows,
    load_happenings,
)
from redline.analysis.stances import default_issues, stance_table


def _involves(codes: list[str] | tuple[str, ...], actor: str | None) -> bool:
    return actor is None or actor in codes


def _row_codes(row: dict[str, Any]) -> list[str]:
    rec = row["record"]
    return [e.get("code") or "" for e in (rec.get("actor") or []) + (rec.get("recipient") or [])]


def build_context(
    store: Any,
    since: date | None = None,
    until: date | None = None,
    actor: str | None = None,
    by: str | None = None,
    top: int = 6,
) -> dict[str, Any]:
    """Everything the templates need (figures are added by plots.py)."""
    actor = actor.upper() if actor else None
    # Baselines need history: load everything up to `until`, then cut the view at `since`.
    volume = article_volume(store, None, until)
    # Dates after the newest article are plans or misread dates, not happenings yet.
    until = until or (max(volume) if volume else None)
    every = load_happenings(store, None, until)
    happenings = [h for h in every if _involves(h.actors + h.recipients, actor)]
    shown = [h for h in happenings if not since or (h.date and h.date >= since)]
    days = [h.date for h in shown if h.date]
    first, last = (min(days), max(days)) if days else (since, until)
    by = by or auto_period(first, last)
    series = escalation_series(happenings, volume, by, "dyad")
    if since:
        series = {k: [p for p in v if p.period >= since] for k, v in series.items()}
        series = {k: v for k, v in series.items() if any(p.events for p in v)}
    keys = rank_keys(series, top)
    alerts = find_alerts(series, happenings, since=since)
    rows = [r for r in iter_mention_rows(store, None, until) if _involves(_row_codes(r), actor)]
    register = build_register(rows)
    if since:
        register = [ln for ln in register if ln.last_stated and ln.last_stated >= since]
    issues = default_issues(register, rows)
    stances = stance_table(issues, rows)
    n_articles = sum(n for d, n in volume.items() if not since or d >= since)
    return {
        "title": "Situation report" + (f": {actor}" if actor else ""),
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "first": first.isoformat() if first else "-",
        "last": last.isoformat() if last else "-",
        "by": by,
        "actor": actor,
        "store": getattr(store, "url", ""),
        "kpis": {
            "articles": n_articles,
            "events": len(shown),
            "mentions": sum(h.mentions for h in shown),
            "conflict events": sum(1 for h in shown if h.weight > 0 and (h.quad_class or 0) >= 3),
            "red lines": len(register),
            "alerts": len(alerts),
        },  # fmt: skip
        "headline": headline_dyads(shown, top=10),
        "series": {k: series[k] for k in keys},
        "all_series": series,
        "alerts": [a.to_dict() for a in alerts[:15]],
        "redlines": [ln.to_dict() for ln in register],
        "issues": [i.name for i in issues],
        "stances": [s.to_dict() for s in stances],
        "top_events": top_events(shown),
    }


def top_events(happenings: list[Happening], n: int = 12) -> list[dict[str, Any]]:
    """The asserted happenings with the most escalation weight, then the most mentions."""
    ranked = sorted(
        (h for h in happenings if h.weight > 0),
        key=lambda h: (-h.weight, -h.mentions, h.date or date.min),
    )
    return [h.to_dict() for h in ranked[:n]]
