"""Resolving a plain string (a quote's speaker) without a parse."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from redline.actors.memory import PRONOUNS, retext
from redline.actors.sectors import load_sectors, sector_word
from redline.records import Entity

if TYPE_CHECKING:
    from redline.actors.resolver import ActorContext

_WORD = re.compile(r"[^\W_][\w'’\-]*(?:\.[^\W_]\.?)*|\S")
_POSSESSIVE = re.compile(r"['’]s?$")
_RANK = ("person", "igo", "ngo", "group", "crime", "pre", "country", "body", "capital",
         "multi", "bloc", "demonym")


def resolve_plain(ctx: ActorContext, text: str) -> list[Entity]:
    text = text.strip()
    if not text:
        return []
    if text.lower() in PRONOUNS:
        return [retext(e, text, None, None) for e in ctx.memory.pronoun(text, None, None)]
    words = [_POSSESSIVE.sub("", w) for w in _WORD.findall(text)
             if w not in {",", ";", ":", '"', "(", ")"}]
    lower = text == text.lower()
    kb = ctx.kb
    found = []
    k = 0
    while k < len(words):
        for n in range(min(kb.max_words * 2, len(words) - k), 0, -1):
            entry = kb.lookup(" ".join(words[k : k + n]), ctx.day, lower)
            nxt = words[k + n] if k + n < len(words) else ""
            if entry is not None and entry.kind == "bloc" and n == 1 and nxt[:1].isupper() \
                    and not sector_word(nxt.lower()):
                entry = None  # "West Darfur", "European Space Agency": a place or a body
            if entry is not None:
                found.append(entry)
                k += n
                break
        else:
            k += 1
    # Sector: the longest term ending at the last word, else any strong term.
    lw = [w.lower().rstrip(".") for w in words]
    sector = None
    maxn = load_sectors().max_words
    for end in range(len(lw), 0, -1):
        for n in range(min(maxn, end), 0, -1):
            sw = sector_word(" ".join(lw[end - n : end]))
            if sw and (sector is None or not sw.weak):
                sector = sw
                break
        if sector is not None and not sector.weak:
            break
    if not found:
        if sector and len(words) <= 3 and (not sector.weak or len(words) <= 2):
            return [Entity(text=text, sector=sector.sector)]
        return []
    found.sort(key=lambda e: _RANK.index(e.kind) if e.kind in _RANK else 99)
    e = found[0]
    if e.kind == "person":
        return [Entity(text=text, name=e.name, code=e.code, country=e.country, sector=e.sector)]
    code = "MULTI" if e.kind == "multi" else (e.country or e.code) if e.kind in {
        "country", "body", "capital", "demonym"} else e.code
    if e.kind == "city":  # "a Basra police spokesman": that state's police; "Basra": a place
        sec = sector.sector if sector else None
        return [Entity(text=text, name=e.name, code=e.country if sec else None,
                       country=e.country, sector=sec, how=f"city or region: {e.name}")]
    sec = e.sector
    if sector and (e.kind in {"country", "demonym", "bloc", "multi"}
                   or (not sector.weak and e.kind in {"body", "capital"})):
        sec = sector.sector
    name = e.name
    if sector and sector.role in {"HOS", "HOG", "FM", "DM", "VP"} and code in kb.countries:
        holder = kb.holder(code, sector.role, ctx.day)
        name = holder.name if holder else name
    members = list(e.members) if e.members else None
    return [Entity(text=text, name=name, code=code, country=e.country, sector=sec,
                   members=members)]
