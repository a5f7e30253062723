"""PLOVER event types, modes and contexts: lookup, descriptions and validation."""

from __future__ import annotations

import difflib
from functools import lru_cache
from typing import Any

from redline.errors import UnknownEventTypeError, UnknownModeError
from redline.ontology.tables import read_tsv, read_yaml

# The 16 PLOVER types in the manual's order. A fixed part of the standard, so a constant;
# tests check it against data/event_types.yml.
EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",
    "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
# Types that use or threaten bodily force or seizure: what disasters must never be coded as,
# and what a promise turns into a THREATEN.
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE"})


def _mode_key(mode: str) -> str:
    """Spelling-insensitive key: 'Martial law', 'martial_law' -> 'martial-law'."""
    return "-".join(mode.strip().lower().replace("_", " ").split())


@lru_cache(maxsize=1)
def _types() -> dict[str, dict[str, Any]]:
    return read_yaml("event_types.yml")


@lru_cache(maxsize=64)
def _aliases(event_type: str) -> dict[str, str | None]:
    raw = _types()[event_type].get("mode_aliases") or {}
    return {_mode_key(str(k)): v for k, v in raw.items()}


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    return {row["word"].upper(): row["event_type"] for row in read_tsv("type_synonyms.tsv")}


def check_event_type(name: str, where: str | None = None) -> str:
    """Return the canonical upper-case PLOVER type for ``name`` or raise UnknownEventTypeError.

    ``where`` names the place the value came from (``"events.yml:14"``) for the message.
    """
    text = name.strip() if isinstance(name, str) else ""
    if text.upper() in EVENT_TYPES:
        return text.upper()
    suggestion = _synonyms().get(text.upper())
    if suggestion is None and text:
        close = difflib.get_close_matches(text.upper(), EVENT_TYPES, n=1, cutoff=0.6)
        suggestion = close[0] if close else None
    message = f"Unknown event type {name!r}" + (f" in {where}" if where else "") + "."
    if suggestion:
        message += f" Did you mean {suggestion}?"
    raise UnknownEventTypeError(
        message,
        fix=f"use one of the 16 PLOVER event types: {', '.join(EVENT_TYPES)}",
    )


def modes(event_type: str) -> tuple[str, ...]:
    """The PLOVER manual's modes for a type (empty for types without modes)."""
    return tuple(_types()[check_event_type(event_type)].get("modes") or {})


def mode_aliases(event_type: str) -> dict[str, str | None]:
    """Extra accepted mode names (CAMEO-flavoured ones from the crosswalk) -> manual mode."""
    return dict(_aliases(check_event_type(event_type)))


def check_mode(event_type: str, mode: str | None, where: str | None = None) -> str | None:
    """Return the manual's name for ``mode`` under ``event_type`` (None for no mode).

    Accepts case and '_'/' ' variants and the crosswalk's CAMEO-flavoured names
    (``ASSAULT``/``assassinate`` -> ``targeted``); some of those map to no mode (None).
    """
    etype = check_event_type(event_type, where)
    if mode is None or not str(mode).strip():
        return None
    key = _mode_key(str(mode))
    valid = modes(etype)
    if key in valid:
        return key
    aliases = _aliases(etype)
    if key in aliases:
        return aliases[key]
    place = f" in {where}" if where else ""
    if not valid:
        raise UnknownModeError(
            f"Event type {etype} takes no mode, got {mode!r}{place}.",
            fix="leave the mode empty for this type",
        )
    message = f"Unknown mode {mode!r} for {etype}{place}."
    close = difflib.get_close_matches(key, list(valid) + list(aliases), n=1, cutoff=0.6)
    if close:
        message += f" Did you mean {close[0] if close[0] in valid else aliases[close[0]]}?"
    raise UnknownModeError(message, fix=f"use one of the {etype} modes: {', '.join(valid)}")


@lru_cache(maxsize=1)
def _contexts() -> dict[str, Any]:
    return read_yaml("contexts.yml")


def contexts() -> tuple[str, ...]:
    """PLOVER's general contexts, in the manual's order."""
    return tuple(_contexts()["contexts"])


def check_context(name: str) -> str | None:
    """Canonical context name for ``name`` (crosswalk spellings too), or None if unknown."""
    key = "_".join(name.strip().lower().replace("-", " ").split())
    if key in contexts():
        return key
    return _contexts().get("aliases", {}).get(key)


def describe(event_type: str, mode: str | None = None) -> str:
    """Our one-line description of a type, or of one of its modes."""
    etype = check_event_type(event_type)
    entry = _types()[etype]
    canonical = check_mode(etype, mode)
    if canonical is None:
        return str(entry["description"])
    return str(entry["modes"][canonical])


def quad_of_type(event_type: str) -> int:
    """The quad category the manual gives the type itself (1-4)."""
    return int(_types()[check_event_type(event_type)]["quad"])
