"""CAMEO codes: labels, Goldstein weights, quad classes and the CAMEO -> PLOVER crosswalk."""

from __future__ import annotations

from functools import lru_cache

from redline.errors import UnknownCameoCodeError
from redline.ontology.event_types import check_context, check_mode
from redline.ontology.tables import read_tsv


def normalize_cameo(cameo: str) -> str:
    """Validate a CAMEO code and return it as a string with leading zeros ("043").

    Integers are refused: 43 could be "043" or "43"-something, and "10" differs from "010".
    """
    text = cameo.strip() if isinstance(cameo, str) else None
    if (
        text is None
        or not text.isdigit()
        or not 2 <= len(text) <= 4
        or not 1 <= int(text[:2]) <= 20
    ):
        raise UnknownCameoCodeError(
            f"Not a CAMEO event code: {cameo!r}",
            fix="give the code as a string of 2-4 digits with its leading zero, e.g. '043'",
        )
    return text


def _lineage(code: str) -> tuple[str, ...]:
    """The code, then its parents: '1213' -> ('1213', '121', '12')."""
    return tuple(code[:n] for n in range(len(code), 1, -1))


@lru_cache(maxsize=1)
def _crosswalk() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    table: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    for row in read_tsv("cameo_plover.tsv"):
        ctx = tuple(c for c in row["contexts"].split(";") if c)
        table.setdefault(row["cameo"], (row["event_type"], row["mode"], ctx))
    return table


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    return {row["cameo"]: row["label"] for row in read_tsv("cameo_labels.tsv")}


@lru_cache(maxsize=1)
def _goldstein() -> dict[str, float]:
    return {row["cameo"]: float(row["goldstein"]) for row in read_tsv("goldstein.tsv")}


@lru_cache(maxsize=1)
def _quads() -> dict[str, int]:
    return {row["root"]: int(row["quad_class"]) for row in read_tsv("cameo_roots.tsv")}


def cameo_codes() -> tuple[str, ...]:
    """Every CAMEO code that has a label, in code order."""
    return tuple(_labels())


def cameo_label(cameo: str) -> str | None:
    """The CAMEO codebook label of a code, or None when the code is not in the codebook."""
    try:
        return _labels().get(normalize_cameo(cameo))
    except UnknownCameoCodeError:
        return None


def goldstein(cameo: str) -> float:
    """Goldstein weight of a code; a code missing from the table takes its parent's value."""
    code = normalize_cameo(cameo)
    table = _goldstein()
    for candidate in _lineage(code):
        if candidate in table:
            return table[candidate]
    raise UnknownCameoCodeError(  # unreachable while goldstein.tsv holds every root
        f"No Goldstein weight for CAMEO code {code}",
        input="redline/ontology/data/goldstein.tsv",
        fix="add the code's root to goldstein.tsv",
    )


def quad_class(cameo: str) -> int:
    """Quad class 1-4 from the code's two-digit root."""
    return _quads()[normalize_cameo(cameo)[:2]]


def cameo_to_plover(cameo: str) -> tuple[str | None, str | None, list[str]]:
    """PLOVER (type, mode, contexts) for a CAMEO code, from the 2021 crosswalk.

    Codes the crosswalk does not list take their parent's mapping; roots 01 and 02
    (statements, appeals) have no PLOVER type and give (None, None, []). Modes and contexts
    come back in the manual's spelling.
    """
    code = normalize_cameo(cameo)
    table = _crosswalk()
    for candidate in _lineage(code):
        if candidate in table:
            etype, raw_mode, raw_contexts = table[candidate]
            mode = check_mode(etype, raw_mode, where=f"cameo_plover.tsv ({candidate})")
            found = [check_context(c) for c in raw_contexts]
            return etype, mode, list(dict.fromkeys(c for c in found if c))
    return None, None, []
