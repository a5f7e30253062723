"""Loading annotated gold files (JSONL) into typed items the metrics can score.

Every gold line looks like `{"id", "text", "events": [...], "origin", ...}` (see the
eval README). The four datasets differ in which event fields they fill, so one loader
reads them all and `detect_kind` says which figures apply.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redline.errors import EmptyInputError, InputError, MalformedInputError

log = logging.getLogger("redline")

KINDS = ("plv", "gsr", "case2021", "india")

# (needle, kind) checked against the `origin` field, then the id, then the file name.
# Order matters: "openeventdata/PLOVER" must not swallow "Zero-Shot-PLOVER".
_ORIGIN_HINTS = (
    ("zero-shot-plover", "plv"),
    ("indiapoliceevents", "india"),
    ("case-2021", "case2021"),
    ("openeventdata/plover", "gsr"),
)
_ID_HINTS = (("plv-", "plv"), ("plover-gsr", "gsr"), ("case2021", "case2021"), ("ipe-", "india"))
_NAME_HINTS = (("plv", "plv"), ("gsr", "gsr"), ("case2021", "case2021"), ("case", "case2021"),
               ("india", "india"), ("ipe", "india"))


@dataclass(frozen=True)
class GoldEvent:
    """One annotated event. `type` is a PLOVER type or None (no PLOVER equivalent)."""

    type: str | None
    type_original: tuple[str, ...] = ()
    acceptable: tuple[str, ...] = ()
    source: tuple[str, ...] = ()  # source texts as annotated
    target: tuple[str, ...] = ()
    source_codes: frozenset[str] = frozenset()  # ISO3 / actor codes (gsr)
    target_codes: frozenset[str] = frozenset()
    negated: bool = False
    reciprocal: bool = False
    acled_event_type: str | None = None


@dataclass(frozen=True)
class GoldItem:
    """One annotated sentence or snippet with its events and sentence-level labels."""

    id: str
    text: str
    events: tuple[GoldEvent, ...] = ()
    labels: tuple[str, ...] = ()
    date: str | None = None


@dataclass
class GoldSet:
    path: str
    kind: str
    items: list[GoldItem] = field(default_factory=list)


def _strs(value: Any) -> tuple[str, ...]:
    """A field that may be null, a string or a list of strings, as a tuple of strings."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value if v is not None and str(v).strip())
    return (str(value),)


def _codes(ev: dict[str, Any], side: str) -> frozenset[str]:
    """All codes the gold gives for one side: country lists, the single country, actor codes."""
    codes = set(_strs(ev.get(f"{side}_countries"))) | set(_strs(ev.get(f"{side}_country")))
    for actor in ev.get(f"{side}_actors") or []:
        if isinstance(actor, dict) and actor.get("code"):
            codes.add(str(actor["code"]))
    return frozenset(c.upper() for c in codes)


def _is_negated(ev: dict[str, Any]) -> bool:
    return ev.get("negated") is True or str(ev.get("modality") or "").lower() == "negated"


def parse_event(ev: dict[str, Any]) -> GoldEvent:
    etype = ev.get("type")
    return GoldEvent(
        type=str(etype).upper() if etype else None,
        type_original=_strs(ev.get("type_original")),
        acceptable=tuple(t.upper() for t in _strs(ev.get("plover_acceptable"))),
        source=_strs(ev.get("source")),
        target=_strs(ev.get("target")),
        source_codes=_codes(ev, "source"),
        target_codes=_codes(ev, "target"),
        negated=_is_negated(ev),
        reciprocal=ev.get("reciprocal") is True,
        acled_event_type=ev.get("acled_event_type"),
    )


def parse_item(row: dict[str, Any]) -> GoldItem:
    """One JSONL record -> GoldItem. Raises KeyError/TypeError on a wrong shape."""
    events = row["events"]
    if not isinstance(events, list):
        raise TypeError("'events' must be a list")
    return GoldItem(
        id=str(row["id"]),
        text=str(row["text"]),
        events=tuple(parse_event(e) for e in events),
        labels=tuple(t.upper() for t in _strs(row.get("labels"))),
        date=row.get("doc_date") or row.get("date") or None,
    )


def describe(gold: GoldEvent) -> str:
    """One line for error listings: type, original label, source -> target (codes)."""
    parts = [gold.type or "null"]
    if gold.type_original and gold.type_original != (gold.type,):
        parts.append(f"({'/'.join(gold.type_original)})")
    if gold.acceptable:
        parts.append(f"ok={'/'.join(gold.acceptable)}")
    if gold.source or gold.target:
        src = "; ".join(gold.source) or "-"
        tgt = "; ".join(gold.target) or "-"
        parts.append(f"[{src}] -> [{tgt}]")
    if gold.source_codes or gold.target_codes:
        parts.append(f"{','.join(sorted(gold.source_codes)) or '-'}"
                     f" -> {','.join(sorted(gold.target_codes)) or '-'}")
    if gold.negated:
        parts.append("NEGATED")
    return " ".join(parts)


def accepted_types(item: GoldItem) -> set[str]:
    """Types that are right to code in this item: gold types and acceptable alternatives of
    its non-negated events."""
    ok: set[str] = set()
    for g in item.events:
        if g.negated:
            continue
        if g.type:
            ok.add(g.type)
        ok.update(g.acceptable)
    return ok


def detect_kind(path: str | Path, first: dict[str, Any] | None) -> str | None:
    """Which dataset a file holds: from its origin field, its ids, then its name."""
    if first:
        origin = str(first.get("origin") or "").lower()
        for needle, kind in _ORIGIN_HINTS:
            if needle in origin:
                return kind
        rid = str(first.get("id") or "").lower()
        for prefix, kind in _ID_HINTS:
            if rid.startswith(prefix):
                return kind
    name = Path(path).name.lower()
    for needle, kind in _NAME_HINTS:
        if needle in name:
            return kind
    return None


def _read_rows(path: Path, limit: int | None) -> list[dict[str, Any]]:
    if not path.exists():
        raise InputError("gold file not found", input=str(path),
                         fix="check the path; dev files are in /work/shared/eval/dev/")
    if not path.is_file():
        raise InputError("gold path is not a file", input=str(path), fix="pass a .jsonl file")
    rows: list[dict[str, Any]] = []
    try:
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise MalformedInputError(
                        f"line {lineno} is not valid JSON ({exc.msg})", input=f"{path}:{lineno}",
                        fix="gold files are JSONL: one JSON object per line") from exc
                if not isinstance(row, dict):
                    raise MalformedInputError(
                        f"line {lineno} is not a JSON object", input=f"{path}:{lineno}",
                        fix="each line must be an object with id, text and events")
                rows.append(row)
                if limit is not None and len(rows) >= limit:
                    break
    except UnicodeDecodeError as exc:
        raise MalformedInputError("gold file is not UTF-8 text", input=str(path),
                                  fix="pass a UTF-8 JSONL gold file") from exc
    if not rows:
        raise EmptyInputError("gold file holds no records", input=str(path),
                              fix="pass a JSONL file with one annotated record per line")
    return rows


def load_gold(path: str | Path, kind: str | None = None, limit: int | None = None) -> GoldSet:
    """Read a gold JSONL file (first `limit` records) and decide its kind."""
    p = Path(path)
    if kind is not None and kind not in KINDS:
        raise InputError(f"unknown gold kind '{kind}'", input=str(p),
                         fix=f"use one of: {', '.join(KINDS)}")
    rows = _read_rows(p, limit)
    found = kind or detect_kind(p, rows[0])
    if found is None:
        raise InputError("cannot tell which dataset this gold file holds", input=str(p),
                         fix=f"pass --kind with one of: {', '.join(KINDS)}")
    items: list[GoldItem] = []
    for lineno, row in enumerate(rows, 1):
        try:
            items.append(parse_item(row))
        except (KeyError, TypeError, AttributeError) as exc:
            raise MalformedInputError(
                f"record {lineno} lacks a field or has a wrong shape ({exc})",
                input=f"{p}:{lineno}",
                fix="each record needs 'id', 'text' and an 'events' list") from exc
    log.debug("loaded %d %s gold items from %s", len(items), found, p)
    return GoldSet(path=str(p), kind=found, items=items)
