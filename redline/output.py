"""Writing EventRecords for people (a rich table) and for programs (jsonl, json, csv)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from typing import TextIO

from redline.records import Entity, EventRecord

FORMATS = ("table", "jsonl", "json", "csv")
CSV_COLUMNS = (
    "event_id",
    "doc_id",
    "date",
    "event_type",
    "mode",
    "modality",
    "actor_code",
    "actor_sector",
    "actor_text",
    "recipient_code",
    "recipient_sector",
    "recipient_text",
    "trigger",
    "cameo",
    "goldstein",
    "plover_score",
    "quad_class",
    "confidence",
    "sentence",
    "start",
    "end",
    "quote_speaker",
    "location",
    "text",
    "why",
)


def _join(ents: list[Entity], attr: str) -> str:
    return ";".join(str(getattr(e, attr) or "") for e in ents)


def flat_row(rec: EventRecord) -> dict[str, object]:
    """One CSV row: lists joined with ';', codes kept as strings (CAMEO keeps leading zeros)."""
    return {
        "event_id": rec.event_id,
        "doc_id": rec.doc_id,
        "date": rec.date or "",
        "event_type": rec.event_type,
        "mode": rec.mode or "",
        "modality": rec.modality,
        "actor_code": _join(rec.actor, "code"),
        "actor_sector": _join(rec.actor, "sector"),
        "actor_text": _join(rec.actor, "text"),
        "recipient_code": _join(rec.recipient, "code"),
        "recipient_sector": _join(rec.recipient, "sector"),
        "recipient_text": _join(rec.recipient, "text"),
        "trigger": rec.trigger.text,
        "cameo": rec.cameo or "",
        "goldstein": rec.goldstein,
        "plover_score": rec.plover_score,
        "quad_class": rec.quad_class,
        "confidence": rec.confidence,
        "sentence": rec.sentence,
        "start": rec.start,
        "end": rec.end,
        "quote_speaker": rec.quote.speaker if rec.quote else "",
        "location": rec.location.text if rec.location else "",
        "text": rec.text,
        "why": rec.why,
    }


def _who(ents: list[Entity]) -> str:
    parts = []
    for e in ents:
        label = e.code or "?"
        if e.sector:
            label += f" {e.sector}"
        parts.append(label)
    return ", ".join(parts) or "-"


def write_events(records: Iterable[EventRecord], fmt: str, out: TextIO | None = None) -> int:
    """Write records in `fmt`; returns how many were written."""
    out = out or sys.stdout
    n = 0
    if fmt == "jsonl":
        for rec in records:
            out.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "json":
        items = [rec.to_dict() for rec in records]
        json.dump(items, out, ensure_ascii=False, indent=2)
        out.write("\n")
        n = len(items)
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for rec in records:
            writer.writerow(flat_row(rec))
            n += 1
    else:
        n = _write_table(list(records), out)
    return n


def _write_table(records: list[EventRecord], out: TextIO) -> int:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold", expand=False)
    for col in ("doc", "date", "event", "modality", "actor", "recipient", "trigger", "sentence"):
        table.add_column(col, overflow="fold")
    for rec in records:
        event = rec.event_type + (f"/{rec.mode}" if rec.mode else "")
        style = "dim" if rec.modality != "asserted" else None
        sentence = rec.text if len(rec.text) <= 90 else rec.text[:87] + "..."
        table.add_row(
            rec.doc_id[:28],
            rec.date or "",
            event,
            rec.modality,
            _who(rec.actor),
            _who(rec.recipient),
            rec.trigger.text,
            sentence,
            style=style,
        )
    console = Console(file=out, width=None if out.isatty() else 200)
    console.print(table)
    return len(records)
