"""Export a store: JSONL (our records), CSV, Parquet, and PLOVER JSONL.

- `jsonl`: one EventRecord per line (DESIGN.md field names) plus the happening it belongs to
  (`happening_id`, `story_id`, `mentions`, `first_seen`); reads back with
  `EventRecord.from_dict`.
- `csv` / `parquet`: one flat row per mention; codes stay strings (CAMEO "010" keeps its
  zero), lists are joined with ';', entity lists are also kept whole as JSON.
- `plover`: JSONL using the PLOVER manual's data-field names (id, date, actor, recipient,
  event, event_loc, event_text, quad_code, event_scale, mode, context, link, text,
  text_info, cite_info, coder, comment); `link` ties the reports of one happening together,
  and the auxiliary modes (negation, hypothetical, future, historical) go in `context` as the
  manual asks.
`level="events"` exports one row per happening instead (jsonl, csv, parquet).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from redline.errors import StoreError

FORMATS = ("jsonl", "csv", "parquet", "plover")
LEVELS = ("mentions", "events")

# Flat mention columns and their Arrow types (names of pyarrow factories).
FLAT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "string"), ("happening_id", "string"), ("doc_id", "string"),
    ("story_id", "string"), ("mentions", "int64"), ("first_seen", "timestamp"),
    ("event_type", "string"), ("mode", "string"), ("context", "string"),
    ("modality", "string"), ("actor_codes", "string"), ("actor_names", "string"),
    ("recipient_codes", "string"), ("recipient_names", "string"),
    ("actor_json", "string"), ("recipient_json", "string"),
    ("text", "string"), ("sentence", "int64"), ("start", "int64"), ("end", "int64"),
    ("trigger_text", "string"), ("trigger_start", "int64"), ("trigger_end", "int64"),
    ("quote_speaker", "string"), ("quote_text", "string"),
    ("location_text", "string"), ("location_country", "string"),
    ("location_lat", "float64"), ("location_lon", "float64"), ("location_reason", "string"),
    ("date", "string"), ("date_reason", "string"), ("cameo", "string"),
    ("goldstein", "float64"), ("plover_score", "float64"), ("quad_class", "int64"),
    ("confidence", "float64"), ("why", "string"), ("title", "string"), ("url", "string"),
    ("source", "string"), ("published", "date"),
)  # fmt: skip

EVENT_TYPES: dict[str, str] = {
    "event_id": "string", "event_type": "string", "mode": "string", "modality": "string",
    "actor_codes": "string", "recipient_codes": "string", "date": "date",
    "story_id": "string", "mentions": "int64", "first_seen": "timestamp",
    "last_seen": "timestamp", "cameo": "string", "goldstein": "float64",
    "plover_score": "float64", "quad_class": "int64", "confidence": "float64",
    "evidence": "string",
}  # fmt: skip

_AUX = {"negated": "negation", "hypothetical": "hypothetical", "future": "future",
        "historical": "historical"}  # fmt: skip


def export_store(store: Any, fmt: str, out: Path, level: str = "mentions") -> int:
    """Write the whole store to `out`; returns the number of rows written."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}", input=fmt,
                         fix="use one of " + ", ".join(FORMATS))  # fmt: skip
    if level not in LEVELS:
        raise StoreError(f"unknown export level {level!r}", input=level,
                         fix="use one of " + ", ".join(LEVELS))  # fmt: skip
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if level == "events":
        if fmt == "plover":
            raise StoreError("plover export is per mention", input=level,
                             fix="drop --level events for --format plover")  # fmt: skip
        rows: Iterable[dict[str, Any]] = store.iter_events()
        types = EVENT_TYPES
    elif fmt == "jsonl":
        return _write_jsonl(out, (jsonl_row(m) for m in store.iter_mentions()))
    elif fmt == "plover":
        return _write_jsonl(out, (plover_row(m) for m in store.iter_mentions()))
    else:
        rows = (flat_row(m) for m in store.iter_mentions())
        types = dict(FLAT_COLUMNS)
    if fmt == "jsonl":
        return _write_jsonl(out, rows)
    if fmt == "csv":
        return _write_csv(out, rows, list(types))
    return _write_parquet(out, rows, types)


def jsonl_row(m: dict[str, Any]) -> dict[str, Any]:
    return {**m["record"], "happening_id": m["happening_id"], "story_id": m["story_id"],
            "mentions": m["mentions"], "first_seen": m["first_seen"]}  # fmt: skip


def flat_row(m: dict[str, Any]) -> dict[str, Any]:
    r = m["record"]
    trig, quote, loc = r.get("trigger") or {}, r.get("quote") or {}, r.get("location") or {}
    actors, recips = r.get("actor") or [], r.get("recipient") or []
    return {
        "event_id": r["event_id"], "happening_id": m["happening_id"], "doc_id": r["doc_id"],
        "story_id": m["story_id"], "mentions": m["mentions"], "first_seen": m["first_seen"],
        "event_type": r["event_type"], "mode": r.get("mode"),
        "context": ";".join(r.get("context") or []), "modality": r.get("modality"),
        "actor_codes": _join(actors, "code"), "actor_names": _join(actors, "name"),
        "recipient_codes": _join(recips, "code"), "recipient_names": _join(recips, "name"),
        "actor_json": json.dumps(actors, ensure_ascii=False),
        "recipient_json": json.dumps(recips, ensure_ascii=False),
        "text": r.get("text"), "sentence": r.get("sentence"), "start": r.get("start"),
        "end": r.get("end"), "trigger_text": trig.get("text"),
        "trigger_start": trig.get("start"), "trigger_end": trig.get("end"),
        "quote_speaker": quote.get("speaker"), "quote_text": quote.get("text"),
        "location_text": loc.get("text"), "location_country": loc.get("country"),
        "location_lat": loc.get("lat"), "location_lon": loc.get("lon"),
        "location_reason": r.get("location_reason"), "date": r.get("date"),
        "date_reason": r.get("date_reason"), "cameo": r.get("cameo"),
        "goldstein": r.get("goldstein"), "plover_score": r.get("plover_score"),
        "quad_class": r.get("quad_class"), "confidence": r.get("confidence"),
        "why": r.get("why"), "title": m.get("title"), "url": m.get("url"),
        "source": m.get("source"), "published": m.get("published"),
    }  # fmt: skip


def plover_row(m: dict[str, Any]) -> dict[str, Any]:
    from redline import __version__

    r = m["record"]
    context = list(r.get("context") or [])
    aux = _AUX.get(r.get("modality") or "asserted")
    if aux and aux not in context:
        context.append(aux)
    loc = r.get("location")
    published = m.get("published")
    row: dict[str, Any] = {
        "id": r["event_id"],
        "has_event": True,
        "date": r.get("date") or (published.isoformat() if published else None),
        "actor": [_plover_entity(e) for e in r.get("actor") or []],
        "recipient": [_plover_entity(e) for e in r.get("recipient") or []],
        "event": [r["event_type"]],
        "event_text": [(r.get("trigger") or {}).get("text")],
        "quad_code": r.get("quad_class"),
        "event_scale": r.get("plover_score"),
        "mode": [r["mode"]] if r.get("mode") else [],
        "context": context,
        "link": m["happening_id"],
        "text": r.get("text"),
        "text_info": {"sequence": r.get("sentence"), "start": r.get("start"),
                      "end": r.get("end")},  # fmt: skip
        "cite_info": {"corpus": m.get("source"), "url": m.get("url"), "title": m.get("title"),
                      "coder": f"redline {__version__}", "codebook": "plover"},  # fmt: skip
        "coder": f"redline {__version__}",
        "comment": r.get("why"),
        # Our own fields beyond the manual's (it invites providers to add such).
        "doc_id": r["doc_id"], "story_id": m["story_id"], "mentions": m["mentions"],
        "modality": r.get("modality"), "confidence": r.get("confidence"),
        "cameo": r.get("cameo"), "goldstein": r.get("goldstein"),
        "quote": r.get("quote"), "date_reason": r.get("date_reason"),
    }  # fmt: skip
    if loc:
        row["event_loc"] = {"extracted_place": loc.get("text"), "country_code": loc.get("country"),
                            "lat": loc.get("lat"), "lon": loc.get("lon")}  # fmt: skip
    return row


def _plover_entity(e: dict[str, Any]) -> dict[str, Any]:
    out = {"code": e.get("code"), "sector": e.get("sector"), "entity_text": e.get("text"),
           "identifier_text": e.get("name"), "country": e.get("country")}  # fmt: skip
    if e.get("members"):
        out["members"] = e["members"]
    return out


def _join(entities: list[dict[str, Any]], key: str) -> str:
    return ";".join(str(e.get(key) or "") for e in entities)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _write_jsonl(out: Path, rows: Iterator[dict[str, Any]] | Iterable[dict[str, Any]]) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")
            n += 1
    return n


def _write_csv(out: Path, rows: Iterable[dict[str, Any]], columns: list[str]) -> int:
    n = 0
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _csv_value(v) for k, v in row.items()})
            n += 1
    return n


def _csv_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return "" if value is None else value


def _write_parquet(out: Path, rows: Iterable[dict[str, Any]], types: dict[str, str]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    factories = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(),
                 "date": pa.date32(), "timestamp": pa.timestamp("s")}  # fmt: skip
    schema = pa.schema([(name, factories[t]) for name, t in types.items()])
    n = 0
    with pq.ParquetWriter(str(out), schema) as writer:
        chunk: list[dict[str, Any]] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= 5000:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                n += len(chunk)
                chunk = []
        if chunk or n == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            n += len(chunk)
    return n
