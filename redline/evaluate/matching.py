"""Does a coded actor/recipient match the gold one? By codes (gsr), by words (plv), police."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from redline.evaluate.gold import GoldEvent
from redline.records import Entity, EventRecord

_WORD = re.compile(r"[a-z0-9]+")
_POLICE = re.compile(r"\b(police\w*|cops?|constab\w*)\b", re.IGNORECASE)
# PLOVER's own state codes that ISO 3166 lacks; they count as countries for gsr matching.
_EXTRA_STATES = frozenset({"KOS"})


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = resources.files("redline.evaluate").joinpath("data/overlap_stopwords.txt").read_text(
        encoding="utf-8")
    return frozenset(
        w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=512)
def is_state_code(code: str) -> bool:
    """ISO 3166 alpha-3 (or PLOVER's KOS): a code that names a country, not a group class."""
    if code in _EXTRA_STATES:
        return True
    import pycountry  # lazy: only gsr scoring needs it

    return pycountry.countries.get(alpha_3=code) is not None


def content_words(text: str) -> set[str]:
    """Lower-case words minus function words; dots dropped first so "U.S." -> "us"."""
    words = _WORD.findall(text.lower().replace(".", "").replace("'s", ""))
    return {w for w in words if w not in stopwords()}


def text_overlap(entities: Iterable[Entity], gold_texts: Iterable[str]) -> bool:
    """Any coded entity shares a content word with any gold text (case-insensitive)."""
    gold_words: set[str] = set()
    for t in gold_texts:
        gold_words |= content_words(t)
    return any(content_words(e.text or "") & gold_words for e in entities)


def entity_codes(entity: Entity) -> set[str]:
    codes = {entity.code, entity.country, entity.sector, *(entity.members or [])}
    return {c.upper() for c in codes if c}


def code_match(entities: Iterable[Entity], gold_codes: frozenset[str],
               gold_texts: Iterable[str]) -> bool:
    """gsr rule: a coded code/country/sector (or listed member) is among the gold codes.
    Gold sides with no country code (only a class such as IGO or NGO) also accept a text
    overlap, because a specific code like UN cannot equal the class label."""
    ents = list(entities)
    if any(entity_codes(e) & gold_codes for e in ents):
        return True
    if not any(is_state_code(c) for c in gold_codes):
        return text_overlap(ents, gold_texts)
    return False


def _side_ok(kind: str, entities: list[Entity], texts: tuple[str, ...],
             codes: frozenset[str]) -> bool:
    if not texts and not codes:
        return True  # the gold does not annotate this side: nothing to require
    if kind == "gsr":
        return code_match(entities, codes, texts)
    return text_overlap(entities, texts)


def dyad_match(gold: GoldEvent, event: EventRecord, kind: str) -> bool:
    """Actor matches the gold source and recipient the gold target (either way round when
    the gold marks the event reciprocal)."""
    straight = _side_ok(kind, event.actor, gold.source, gold.source_codes) and _side_ok(
        kind, event.recipient, gold.target, gold.target_codes)
    if straight or not gold.reciprocal:
        return straight
    return _side_ok(kind, event.recipient, gold.source, gold.source_codes) and _side_ok(
        kind, event.actor, gold.target, gold.target_codes)


def is_police(entity: Entity) -> bool:
    """Police actor: sector COP, or its words name the police."""
    return (entity.sector or "").upper() == "COP" or bool(_POLICE.search(entity.text or ""))
