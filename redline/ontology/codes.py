"""The numeric codes attached to every event: CAMEO, Goldstein, PLOVER score, quad class."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from redline.ontology.cameo import goldstein, normalize_cameo, quad_class
from redline.ontology.event_types import check_event_type, check_mode
from redline.ontology.tables import read_tsv


@dataclass(frozen=True)
class Codes:
    cameo: str  # always a string, leading zeros kept ("043")
    goldstein: float
    plover_score: float
    quad_class: int  # 1..4


@lru_cache(maxsize=1)
def _scores() -> dict[tuple[str, str], float]:
    return {(r["event_type"], r["mode"]): float(r["score"]) for r in read_tsv("plover_scores.tsv")}


@lru_cache(maxsize=1)
def _defaults() -> dict[tuple[str, str], str]:
    return {(r["event_type"], r["mode"]): r["cameo"] for r in read_tsv("default_cameo.tsv")}


def plover_score(event_type: str, mode: str | None = None) -> float:
    """The manual's score for (type, mode); the type's own score when the mode has none."""
    etype = check_event_type(event_type)
    canonical = check_mode(etype, mode) or ""
    table = _scores()
    return table.get((etype, canonical), table[(etype, "")])


def default_cameo(event_type: str, mode: str | None = None) -> str:
    """The CAMEO code used for (type, mode) when no code is named; falls back to the type's."""
    etype = check_event_type(event_type)
    canonical = check_mode(etype, mode) or ""
    table = _defaults()
    return table.get((etype, canonical), table[(etype, "")])


def codes_for(event_type: str, mode: str | None = None, cameo: str | None = None) -> Codes:
    """All numeric codes for an event.

    With ``cameo`` (the lexicon may name one) the Goldstein weight and quad class come from
    that code; otherwise from the default code for (type, mode). The PLOVER score always
    comes from (type, mode).
    """
    etype = check_event_type(event_type)
    canonical = check_mode(etype, mode)
    code = normalize_cameo(cameo) if cameo else default_cameo(etype, canonical)
    return Codes(
        cameo=code,
        goldstein=goldstein(code),
        plover_score=plover_score(etype, canonical),
        quad_class=quad_class(code),
    )
