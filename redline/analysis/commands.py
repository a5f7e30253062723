"""What `redline dyads|escalation|alerts|redlines|stances` do (cli.py only parses).

Each function returns the exit status: 0 fine, 2 the store or an option failed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from typing import Any, TextIO

from redline.analysis.output import FORMATS, write_rows
from redline.errors import ConfigError, RedlineError


def parse_day(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ConfigError(f"cannot read {option} {value!r}", input=value,
                          fix=f"write {option} as YYYY-MM-DD") from exc  # fmt: skip


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r}", input=fmt,
                          fix="use one of: " + ", ".join(FORMATS))  # fmt: skip


def _run(body: Callable[[Any], int], db: str | None) -> int:
    from redline.store.url import open_store

    try:
        store = open_store(db)
    except RedlineError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    try:
        return body(store)
    except RedlineError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    finally:
        store.close()


def run_dyads(db: str | None, actor: str | None = None, by: str = "week",
              fmt: str = "table", since: str | None = None, until: str | None = None,
              out: TextIO | None = None) -> int:  # fmt: skip
    from redline.analysis.dyads import dyad_table
    from redline.analysis.periods import check_period
    from redline.analysis.source import article_volume, load_happenings

    def body(store: Any) -> int:
        _check_format(fmt)
        check_period(by)
        s, u = parse_day(since, "--since"), parse_day(until, "--until")
        rows = dyad_table(load_happenings(store, s, u), article_volume(store, s, u), by,
                          actor.upper() if actor else None)  # fmt: skip
        cols = ("period", "actor", "recipient", "events", "mentions", "quad1", "quad2", "quad3",
                "quad4", "plover_sum", "plover_mean", "articles", "types")  # fmt: skip
        write_rows([r.to_dict() for r in rows], fmt, cols, out, title="Dyads per " + by)
        return 0

    return _run(body, db)


def _series(store: Any, by: str, dyad: str | None, actor: str | None,
            since: date | None = None) -> tuple[dict, list]:  # fmt: skip
    from redline.analysis.escalation import escalation_series, parse_dyad
    from redline.analysis.periods import check_period
    from redline.analysis.source import article_volume, load_happenings

    check_period(by)
    happenings = load_happenings(store)  # whole history: alerts need a baseline
    volume = article_volume(store)
    if dyad:
        a, r = parse_dyad(dyad)
        return escalation_series(happenings, volume, by, "dyad", [f"{a}-{r}"]), happenings
    if actor:
        return escalation_series(happenings, volume, by, "actor", [actor.upper()]), happenings
    return escalation_series(happenings, volume, by, "dyad"), happenings


def run_escalation(db: str | None, dyad: str | None = None, actor: str | None = None,
                   by: str = "week", fmt: str = "table", top: int = 10,
                   out: TextIO | None = None) -> int:  # fmt: skip
    from redline.analysis.escalation import rank_keys

    def body(store: Any) -> int:
        _check_format(fmt)
        series, _ = _series(store, by, dyad, actor)
        keys = list(series) if (dyad or actor) else rank_keys(series, top)
        rows = [p.to_dict(k) for k in keys for p in series[k]]
        cols = ("key", "period", "index", "smoothed", "raw", "conflict", "cooperation",
                "events", "articles")  # fmt: skip
        write_rows(rows, fmt, cols, out, title="Escalation index per " + by)
        return 0

    return _run(body, db)


def run_alerts(db: str | None, since: str | None = None, dyad: str | None = None,
               actor: str | None = None, by: str = "week", fmt: str = "table",
               out: TextIO | None = None) -> int:  # fmt: skip
    from redline.analysis.alerts import find_alerts

    def body(store: Any) -> int:
        _check_format(fmt)
        s = parse_day(since, "--since")
        series, happenings = _series(store, by, dyad, actor)
        rows = [a.to_dict() for a in find_alerts(series, happenings, since=s)]
        if fmt == "table":
            for row in rows:
                row["evidence"] = " | ".join(e["evidence"] for e in row["events"][:2])
        cols = ("period", "key", "kind", "index", "baseline", "z", "events", "evidence")
        write_rows(rows, fmt, cols, out, title="Alerts")
        return 0

    return _run(body, db)


def run_redlines(db: str | None, fmt: str = "table", since: str | None = None,
                 until: str | None = None, out: TextIO | None = None) -> int:  # fmt: skip
    from redline.analysis.redlines import build_register
    from redline.analysis.source import iter_mention_rows

    def body(store: Any) -> int:
        _check_format(fmt)
        s, u = parse_day(since, "--since"), parse_day(until, "--until")
        rows = list(iter_mention_rows(store, s, u))
        lines = [line.to_dict() for line in build_register(rows)]
        if fmt == "table":
            for line in lines:
                line["evidence"] = line["statements"][0]["text"] if line["statements"] else ""
        cols = ("drawer", "against", "condition", "frame", "first_stated", "last_stated",
                "restated", "tested", "evidence")  # fmt: skip
        write_rows(lines, fmt, cols, out, title="Red lines")
        return 0

    return _run(body, db)


def run_stances(db: str | None, issues: list[str] | None = None, fmt: str = "table",
                out: TextIO | None = None) -> int:  # fmt: skip
    from redline.analysis.redlines import build_register
    from redline.analysis.source import iter_mention_rows
    from redline.analysis.stances import default_issues, parse_issue, stance_table

    def body(store: Any) -> int:
        _check_format(fmt)
        rows = list(iter_mention_rows(store))
        wanted = [parse_issue(t) for t in issues or []]
        wanted = wanted or default_issues(build_register(rows), rows)
        table = [s.to_dict() for s in stance_table(wanted, rows)]
        if fmt == "table":
            for row in table:
                row["evidence"] = row["evidence"][0]["text"] if row["evidence"] else ""
        cols = ("issue", "actor", "position", "supports", "opposes", "threatens",
                "urges restraint", "evidence")  # fmt: skip
        write_rows(table, fmt, cols, out, title="Stances")
        return 0

    return _run(body, db)
