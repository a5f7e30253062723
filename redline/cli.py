"""The `redline` command. Presentation only: each command calls into a stage package."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="redline",
    help="Turn news into PLOVER political event data and watch it for escalation.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def _root() -> None:
    """redline: news in, coded political events out."""


@app.command("code")
def code(
    paths: Annotated[
        list[str], typer.Argument(help="Files (.txt, .html, .jsonl), folders, or - for stdin.")
    ],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="table, jsonl, json or csv.")
    ] = "table",
    date: Annotated[
        str | None, typer.Option(help="Article date YYYY-MM-DD when a text has none.")
    ] = None,
    set_: Annotated[
        list[str] | None, typer.Option("--set", help="Override a setting: KEY=VALUE.")
    ] = None,
) -> None:
    """Code articles into PLOVER events and print them (no database)."""
    from redline.commands.code import run_code

    raise typer.Exit(run_code(paths, fmt=fmt, date=date, overrides=set_ or []))


@app.command("eval")
def eval_(
    files: Annotated[list[Path], typer.Argument(help="Gold JSONL files to score the coder on.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="List misses, false events and a confusion table.")
    ] = False,
    limit: Annotated[int | None, typer.Option(min=1, help="Score the first N items.")] = None,
    kind: Annotated[str | None, typer.Option(help="plv, gsr, case2021 or india.")] = None,
) -> None:
    """Score the event coder on annotated gold files."""
    from redline.evaluate.command import run_eval_command

    raise typer.Exit(
        run_eval_command(files, as_json=as_json, errors=errors, limit=limit, kind=kind)
    )


@app.command("ingest")
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, URLs or - for stdin.")],
    db: Annotated[str | None, typer.Option(help="Path, duckdb:///path, postgresql://")] = None,
    date: Annotated[str | None, typer.Option(help="Publication date for undated inputs.")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per transaction.")] = 32,
) -> None:
    """Code articles and store them, their stories and events (idempotent)."""
    from redline.store.commands import run_ingest

    raise typer.Exit(run_ingest(paths, db, date, batch_size=batch_size))


@app.command("events")
def events(
    db: Annotated[str | None, typer.Option(help="Path, duckdb:///path, postgresql://")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor code, e.g. RUS.")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient code.")] = None,
    since: Annotated[str | None, typer.Option(help="First date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last date, YYYY-MM-DD.")] = None,
    modality: Annotated[str | None, typer.Option(help="asserted, negated, ...")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most N events.")] = None,
    format_: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table",
) -> None:
    """List stored events (one row per happening, with its mention count)."""
    from redline.store.commands import run_events

    raise typer.Exit(
        run_events(
            db,
            event_type=type_,
            actor=actor,
            recipient=recipient,
            since=since,
            until=until,
            modality=modality,
            limit=limit,
            fmt=format_,
        )
    )


@app.command("export")
def export(
    format_: Annotated[str, typer.Option("--format", help="parquet, csv, jsonl or plover.")],
    out: Annotated[Path, typer.Option(help="Output file.")],
    db: Annotated[str | None, typer.Option(help="Path, duckdb:///path, postgresql://")] = None,
    level: Annotated[str, typer.Option(help="mentions (evidence) or events.")] = "mentions",
) -> None:
    """Export the store (Parquet, CSV, JSONL, or PLOVER JSON field names)."""
    from redline.store.commands import run_export

    raise typer.Exit(run_export(db, format_, out, level=level))


# -- escalation monitoring (redline/analysis, redline/report) ------------------------------
_DB = typer.Option(help="Path, duckdb:///path, postgresql://")
_FMT = typer.Option("--format", help="table, jsonl or csv.")
_BY = typer.Option(help="day, week or month.")


@app.command("dyads")
def dyads(
    db: Annotated[str | None, _DB] = None,
    actor: Annotated[str | None, typer.Option(help="Keep dyads with this code.")] = None,
    by: Annotated[str, _BY] = "week",
    since: Annotated[str | None, typer.Option(help="First date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last date, YYYY-MM-DD.")] = None,
    format_: Annotated[str, _FMT] = "table",
) -> None:
    """Event counts, quad classes and PLOVER scores per period and directed dyad."""
    from redline.analysis.commands import run_dyads

    raise typer.Exit(run_dyads(db, actor=actor, by=by, fmt=format_, since=since, until=until))


@app.command("escalation")
def escalation(
    db: Annotated[str | None, _DB] = None,
    dyad: Annotated[str | None, typer.Option(help="Directed dyad, e.g. RUS-UKR.")] = None,
    actor: Annotated[str | None, typer.Option(help="One actor's index, e.g. RUS.")] = None,
    by: Annotated[str, _BY] = "week",
    top: Annotated[int, typer.Option(min=1, help="Dyads shown when none is named.")] = 10,
    format_: Annotated[str, _FMT] = "table",
) -> None:
    """Escalation index over time (conflict-weighted, volume-normalised)."""
    from redline.analysis.commands import run_escalation

    raise typer.Exit(run_escalation(db, dyad=dyad, actor=actor, by=by, fmt=format_, top=top))


@app.command("alerts")
def alerts(
    db: Annotated[str | None, _DB] = None,
    since: Annotated[str | None, typer.Option(help="Alerts from this date, YYYY-MM-DD.")] = None,
    dyad: Annotated[str | None, typer.Option(help="Directed dyad, e.g. RUS-UKR.")] = None,
    actor: Annotated[str | None, typer.Option(help="One actor, e.g. RUS.")] = None,
    by: Annotated[str, _BY] = "week",
    format_: Annotated[str, _FMT] = "table",
) -> None:
    """Spikes and change points in the escalation index, with the events behind them."""
    from redline.analysis.commands import run_alerts

    raise typer.Exit(run_alerts(db, since=since, dyad=dyad, actor=actor, by=by, fmt=format_))


@app.command("redlines")
def redlines(
    db: Annotated[str | None, _DB] = None,
    since: Annotated[str | None, typer.Option(help="First date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last date, YYYY-MM-DD.")] = None,
    format_: Annotated[str, _FMT] = "table",
) -> None:
    """Register of red lines: who drew them, the condition, restatements and tests."""
    from redline.analysis.commands import run_redlines

    raise typer.Exit(run_redlines(db, fmt=format_, since=since, until=until))


@app.command("stances")
def stances(
    db: Annotated[str | None, _DB] = None,
    issue: Annotated[
        list[str] | None,
        typer.Option(help="'troop deployment to UKR' or keywords 'sanctions, Hungary'."),
    ] = None,
    format_: Annotated[str, _FMT] = "table",
) -> None:
    """Each actor's position (supports, opposes, threatens, urges restraint) per issue."""
    from redline.analysis.commands import run_stances

    raise typer.Exit(run_stances(db, issues=issue, fmt=format_))


@app.command("report")
def report(
    out: Annotated[Path, typer.Option(help="Output file (report.html or report.md).")],
    db: Annotated[str | None, _DB] = None,
    since: Annotated[str | None, typer.Option(help="First date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last date, YYYY-MM-DD.")] = None,
    actor: Annotated[str | None, typer.Option(help="Focus on one actor code.")] = None,
    format_: Annotated[str, typer.Option("--format", help="html or md.")] = "html",
) -> None:
    """Write a situation report (HTML with offline plots, or Markdown)."""
    from redline.report.commands import run_report

    raise typer.Exit(run_report(db, out, since=since, until=until, actor=actor, fmt=format_))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
