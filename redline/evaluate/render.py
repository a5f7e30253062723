"""Presenting eval results: rich tables for people, one JSON object for machines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from redline.evaluate.runner import FileResult
from redline.evaluate.scores import Case
from redline.records import EventRecord


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _ents(entities: Sequence[Any]) -> str:
    return "; ".join(f"{e.text}" + (f"<{e.code}>" if e.code else "") for e in entities) or "-"


def event_line(e: EventRecord) -> str:
    """One coded event on one line: type, modality, actor -> recipient, trigger, why."""
    mod = "" if e.modality == "asserted" else f" ({e.modality})"
    return (f"{e.event_type}{mod} {_ents(e.actor)} -> {_ents(e.recipient)} "
            f"'{e.trigger.text}' | {e.why}")


def _event_json(e: EventRecord) -> dict[str, Any]:
    return {"event_type": e.event_type, "modality": e.modality, "trigger": e.trigger.text,
            "actor": [a.to_dict() for a in e.actor],
            "recipient": [r.to_dict() for r in e.recipient], "why": e.why}


def _case_json(case: Case) -> dict[str, Any]:
    return {"id": case.item_id, "what": case.what, "text": case.text, "gold": case.gold,
            "coded": [_event_json(e) for e in case.coded]}


def result_json(res: FileResult, errors: bool = False) -> dict[str, Any]:
    s = res.scores
    out: dict[str, Any] = {
        "file": res.path,
        "kind": res.kind,
        "items": res.n_items,
        "seconds": round(res.seconds, 3),
        "figures": {f.name: {"value": f.value, "n": f.n} for f in s.figures},
        "counts": s.counts,
        "by_type": {t: vars(v) for t, v in sorted(s.by_type.items())},
    }
    if errors:
        out["confusion"] = {g: dict(row.most_common()) for g, row in sorted(s.confusion.items())}
        out["errors"] = [_case_json(c) for c in s.cases]
    return out


def results_json(results: Sequence[FileResult], errors: bool = False) -> dict[str, Any]:
    """The one object `redline eval --json` prints."""
    return {"files": [result_json(r, errors) for r in results]}


def figures_table(res: FileResult) -> Table:
    title = f"{res.path} ({res.kind}): {res.n_items} items, {res.seconds:.1f} s"
    table = Table(title=title, title_justify="left")
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_column("n", justify="right")
    table.add_column("what n counts", style="dim")
    for f in res.scores.figures:
        table.add_row(f.name, _fmt(f.value), str(f.n), f.note)
    return table


def types_table(res: FileResult) -> Table | None:
    rows = sorted(res.scores.by_type.items())
    if not rows:
        return None
    table = Table(title="by type", title_justify="left")
    for col in ("type", "gold", "hit", "recall", "coded", "correct", "precision"):
        table.add_column(col, justify="left" if col == "type" else "right")
    for t, v in rows:
        table.add_row(t, str(v.gold), str(v.hit), _fmt(v.hit / v.gold if v.gold else None),
                      str(v.coded), str(v.correct),
                      _fmt(v.correct / v.coded if v.coded else None))
    return table


def confusion_table(res: FileResult) -> Table | None:
    if not res.scores.confusion:
        return None
    table = Table(title="confusion: gold type -> coded types in the same item",
                  title_justify="left")
    table.add_column("gold")
    table.add_column("n", justify="right")
    table.add_column("coded types (count)")
    for gold, row in sorted(res.scores.confusion.items()):
        total = sum(row.values())
        cells = ", ".join(f"{t} {n}" for t, n in row.most_common())
        table.add_row(gold, str(total), cells)
    return table


def print_cases(console: Console, cases: Sequence[Case]) -> None:
    """One block per error; long lines are not wrapped so they stay greppable."""

    def line(text: str) -> None:
        console.print(text, markup=False, highlight=False, soft_wrap=True)

    console.print(f"[bold]errors ({len(cases)})[/bold]")
    for c in sorted(cases, key=lambda c: c.what):
        console.print(f"[bold]{escape(c.what)}[/bold] {escape(c.item_id)}", highlight=False)
        line(f"  text:  {c.text}")
        line(f"  gold:  {c.gold}")
        if not c.coded:
            line("  coded: (nothing)")
        for e in c.coded:
            line(f"  coded: {event_line(e)}")


def print_results(results: Sequence[FileResult], console: Console,
                  errors: bool = False) -> None:
    for res in results:
        console.print(figures_table(res))
        types = types_table(res)
        if types is not None:
            console.print(types)
        if errors:
            conf = confusion_table(res)
            if conf is not None:
                console.print(conf)
            print_cases(console, res.scores.cases)
        console.print()
