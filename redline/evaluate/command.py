"""What `redline eval` does, kept out of cli.py: run, render, turn errors into messages."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.text import Text

from redline.errors import RedlineError
from redline.evaluate.render import print_results, results_json
from redline.evaluate.runner import evaluate_files


def run_eval_command(files: Sequence[Path], as_json: bool = False, errors: bool = False,
                     limit: int | None = None, kind: str | None = None) -> int:
    """Score every gold file; print tables (or JSON). Returns the exit status."""
    try:
        results = evaluate_files(files, kind=kind, limit=limit, progress=sys.stdout.isatty())
    except RedlineError as exc:
        Console(stderr=True).print(Text("error ", style="red") + Text(str(exc)))
        return 1
    if as_json:
        sys.stdout.write(json.dumps(results_json(results, errors=errors), indent=1) + "\n")
    else:
        print_results(results, Console(), errors=errors)
    return 0
