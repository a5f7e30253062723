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


def main() -> None:
    app()


if __name__ == "__main__":
    main()
