"""What `redline report` does (cli.py only parses): build the context, render, write."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from redline.errors import ConfigError, RedlineError


def write_report(store: Any, out: Path, fmt: str = "html", since: str | None = None,
                 until: str | None = None, actor: str | None = None,
                 by: str | None = None) -> Path:  # fmt: skip
    """Write the situation report of `store` to `out`; returns the path written."""
    from redline.analysis.commands import parse_day
    from redline.report.build import build_context
    from redline.report.render import render_html, render_markdown

    if fmt not in ("html", "md"):
        raise ConfigError(f"unknown report format {fmt!r}", input=fmt, fix="use html or md")
    ctx = build_context(store, parse_day(since, "--since"), parse_day(until, "--until"),
                        actor, by)  # fmt: skip
    text = render_html(ctx) if fmt == "html" else render_markdown(ctx)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return out


def run_report(db: str | None, out: Path, since: str | None = None, until: str | None = None,
               actor: str | None = None, fmt: str = "html") -> int:  # fmt: skip
    from redline.store.url import open_store

    if fmt == "html" and out.suffix.lower() == ".md":
        fmt = "md"  # the file name says what the user wants
    try:
        store = open_store(db)
    except RedlineError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    try:
        path = write_report(store, out, fmt, since, until, actor)
    except RedlineError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"[R400] cannot write the report: {exc} (input: {out}). "
              "Fix: choose a writable --out path", file=sys.stderr)  # fmt: skip
        return 2
    finally:
        store.close()
    print(f"wrote {path} ({path.stat().st_size // 1024} KiB)")
    return 0
