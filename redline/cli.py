"""The `redline` command. Presentation only: each command calls into a stage package."""

from __future__ import annotations

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


def main() -> None:
    app()


if __name__ == "__main__":
    main()
