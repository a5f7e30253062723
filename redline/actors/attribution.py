"""A country for actors the tables leave without one, with the reason kept in `Entity.how`.

Tried in this order (city names themselves resolve through places.tsv in the resolver):
1. a place or a people named inside the entity's own phrase: its locative complements
   ("refugees in Goma", "a radio station based in Kandahar", "families escaping the drought
   in Somalia") and the people a thing is for ("a school for Sudanese children");
2. the domestic-group default (ICEWS/PETRARCH practice): unnamed rebels, protesters, police or
   opposition whose counterpart in the event, or the event's place, is one state, in a
   sentence that names no other state. Refugees and migrants are often foreign: they get a
   country only from (1).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from redline.actors.locate import STATE_KINDS
from redline.actors.lowercase import is_lowercase_doc
from redline.actors.phrase import phrase_tokens, sponsor
from redline.actors.world_cities import town_in_phrase
from redline.nlp.tree import kids

if TYPE_CHECKING:
    from redline.actors.kb import ActorKB
    from redline.actors.resolver import ActorContext
    from redline.records import Entity, EventRecord

# A state body ("the Rada", "the Pentagon") is an actor, not a place.
PLACE_KINDS = (STATE_KINDS - {"body"}) | {"city"}
# Complements that say where the group is; "from" only on the head itself ("refugees from
# Syria"), since inside a clause it says where someone came from, not who they are.
LOCATIVE = frozenset({"in", "inside", "throughout", "across", "at", "near", "outside"})
HEAD_ONLY = frozenset({"from"})
# "a school for Sudanese children", "aid to Yemeni villagers": the people the thing serves.
CARRIERS = frozenset({"for", "to", "among"})
# A place noun heading the complement may carry the state as a modifier ("in Afghan
# villages"); any other noun may not ("outside the US embassy" is not a US place).
PLACE_NOUNS = frozenset(
    "city town village province region district capital state area camp border territory "
    "countryside coast island port street streets north south east west centre center "
    "suburb neighbourhood neighborhood county valley".split()
)
# Exiles live in one state and belong to another: no place default for them.
EXILE = frozenset({"exile", "exiled", "exiles"})
# The domestic-group default: which counterparts place which unnamed groups. Opposition and
# rebels are placed by the state they oppose; police, courts and legislators by their own
# state or its opponents; civilians, students, journalists and workers only by domestic
# institutions (police, courts), since a government or an army may be a foreign one
# ("Russia denied aiming at civilian buildings").
COUNTERPARTS = {
    "OPP": frozenset({"GOV", "COP", "JUD", "LEG", "SPY"}),
    "REB": frozenset({"GOV", "COP", "JUD", "LEG", "SPY"}),
    "COP": frozenset({"GOV", "COP", "JUD", "LEG", "OPP", "REB"}),
    "JUD": frozenset({"GOV", "COP", "JUD", "LEG", "OPP", "REB"}),
    "LEG": frozenset({"GOV", "COP", "JUD", "LEG", "OPP", "REB"}),
    "CVL": frozenset({"COP", "JUD", "LEG"}),
    "EDU": frozenset({"COP", "JUD", "LEG"}),
    "JRN": frozenset({"COP", "JUD", "LEG"}),
    "LAB": frozenset({"COP", "JUD", "LEG"}),
}
# A bare city or a structure named after a place as the other side ("rebels shelled
# Kirkuk") places only the armed opposition.
CITY_PLACES = frozenset({"REB", "OPP"})


def _pobjs(prep: Token) -> list[Token]:
    """The objects of a preposition, also through "of" ("outside of the city")."""
    found = [c for c in kids(prep) if c.dep_ == "pobj"]
    if not found:
        of = [c for c in kids(prep) if c.dep_ == "prep" and c.lower_ == "of"]
        found = [g for c in of for g in kids(c) if g.dep_ == "pobj"]
    return found


def _places(ctx: ActorContext, pobj: Token, kinds: set[str], lower: bool) -> dict[str, str]:
    """States named by a complement's phrase: by its head, or by a modifier of a place noun."""
    found: dict[str, str] = {}
    place_noun = pobj.lemma_.lower() in PLACE_NOUNS
    for span, entry in ctx._match(phrase_tokens(pobj), lower)[0]:
        if entry.kind not in kinds or sponsor(span):
            continue
        if span.start <= pobj.i < span.end or place_noun:
            found.setdefault(entry.country or entry.code, span.text)
    if not found and "city" in kinds:  # a town the tables lack ("in Jinotega")
        town = town_in_phrase(phrase_tokens(pobj), None, after_in=True)
        if town is not None:
            found[town.country] = town.name
    return found


def _people(ctx: ActorContext, pobj: Token, lower: bool) -> dict[str, str]:
    """The demonym modifying a complement's head ("for Sudanese children")."""
    found: dict[str, str] = {}
    for span, entry in ctx._match(phrase_tokens(pobj), lower)[0]:
        if entry.kind == "demonym" and span.root.head.i == pobj.i and span.root.i != pobj.i:
            found.setdefault(entry.country or entry.code, span.text)
    return found


def phrase_country(ctx: ActorContext, head: Token) -> tuple[str, str] | None:
    """(state, reason) from the places named inside the head's phrase, when exactly one."""
    if any(t.lower_ in EXILE for t in head.subtree):
        return None
    lower = is_lowercase_doc(head.doc)
    codes: dict[str, str] = {}
    for child in kids(head):
        if child.dep_ == "prep":
            word = child.lower_
            for pobj in _pobjs(child):
                if word in LOCATIVE or word in HEAD_ONLY:
                    codes.update(_places(ctx, pobj, PLACE_KINDS, lower))
                elif word in CARRIERS:
                    codes.update(_people(ctx, pobj, lower))
                if word not in HEAD_ONLY:
                    # "parties to the conflict in Iraq", "victims of the war in Darfur"
                    for inner in kids(pobj):
                        if inner.dep_ == "prep" and inner.lower_ in LOCATIVE:
                            for obj in _pobjs(inner):
                                codes.update(_places(ctx, obj, PLACE_KINDS - {"demonym"}, lower))
        elif child.dep_ in {"acl", "relcl"}:
            # "escaping the drought in Somalia", "based in Kandahar": where the clause places it
            for tok in child.subtree:
                if tok.dep_ == "prep" and tok.lower_ in LOCATIVE:
                    for pobj in _pobjs(tok):
                        codes.update(_places(ctx, pobj, PLACE_KINDS - {"demonym"}, lower))
    if len(codes) != 1:
        return None
    code, words = next(iter(codes.items()))
    return code, f"place in its phrase: {words}"


def attribute(ctx: ActorContext, head: Token, ent: Entity, code: bool = True) -> None:
    """Give `ent` the state its phrase places it in. `code=False` for a thing rather than a
    party ("a hotel in Kabul"): it is located there, it is not that state."""
    found = phrase_country(ctx, head)
    if found is None:
        return
    ent.country, ent.how = found
    if code:
        ent.code = found[0]


def _sentence_states(kb: ActorKB, sent: Span) -> set[str]:
    from redline.actors.matcher import find_aliases

    return {
        entry.country or entry.code
        for span, entry in find_aliases(sent, kb)
        if entry.kind in STATE_KINDS and not sponsor(span)
    }


def _counterpart_states(ents: list[Entity], kb: ActorKB, sector: str) -> set[str]:
    """States of the event's other side that place an unnamed group of `sector`. Only state
    actors and already placed groups count: a movement's home ("Hezbollah": Lebanon) does not
    place the people it meets."""
    out = set()
    for e in ents:
        if e.code and e.code not in kb.countries:
            continue
        state = e.country or e.code
        # "shelled Kirkuk", "stormed a Kabul hotel" (actors.facilities): a place in the state
        city = e.sector is None and (e.how or "").startswith(("city", "structure"))
        if state and (e.sector in COUNTERPARTS[sector] or (city and sector in CITY_PLACES)):
            out.add(state)
    return out


def domestic_defaults(records: list[EventRecord], sent: Span, kb: ActorKB) -> None:
    """Unnamed domestic groups take the one state their counterpart or event place names."""
    named: set[str] | None = None
    for rec in records:
        place = rec.location.country if rec.location else None
        for side, other in ((rec.actor, rec.recipient), (rec.recipient, rec.actor)):
            for e in side:
                if e.code or e.country or e.sector not in COUNTERPARTS:
                    continue
                states = _counterpart_states(other, kb, e.sector) | ({place} if place else set())
                if len(states) != 1:
                    continue
                if named is None:
                    named = _sentence_states(kb, sent)
                if not named <= states:
                    continue  # another state is in play: who is whose is not clear
                state = next(iter(states))
                why = "event place" if state == place else "counterpart's state"
                e.code = e.country = state
                e.how = f"domestic group default ({why})"


def protest_home(records: list[EventRecord], kb: ActorKB) -> None:
    """Protesters no table or place names protest at home: a demonstration or hunger strike
    against one government ("refugees on hunger strike against the Russian government's
    refusal") is held in that government's state. Last resort, after the place defaults."""
    for rec in records:
        if rec.event_type != "PROTEST" or not rec.actor:
            continue
        if any(e.code or e.country for e in rec.actor):
            continue
        states = {r.code for r in rec.recipient
                  if r.code in kb.countries and r.sector in (None, "GOV")}
        if len(states) != 1:
            continue
        state = next(iter(states))
        for e in rec.actor:
            e.country, e.how = state, "protest against its government"


def located_in(ctx: ActorContext, head: Token) -> tuple[str, str] | None:
    """(state, reason) from the locative complements of `head` alone ("near the town of X",
    "outside Y"), when they name exactly one state; no people or purposes."""
    lower = is_lowercase_doc(head.doc)
    codes: dict[str, str] = {}
    for child in kids(head):
        if child.dep_ == "prep" and child.lower_ in LOCATIVE:
            for pobj in _pobjs(child):
                codes.update(_places(ctx, pobj, PLACE_KINDS, lower))
    if len(codes) != 1:
        return None
    code, words = next(iter(codes.items()))
    return code, f"place named: {words}"


# Armed opposition whose state is the dateline's places the unnamed army it fights there.
INSURGENT_SECTORS = frozenset({"REB", "OPP"})


def home_army(records: list[EventRecord], home: str | None) -> None:
    """Unnamed soldiers, troops or army units fighting rebels of the dateline's own state are
    that state's forces ("MANAGUA - Contra rebels ambushed an army truck", "LIMA - soldiers
    killed 12 Shining Path guerrillas", "BOGOTA - troops stormed an M-19 camp"). Without the
    dateline a rebel's home places no one: Hezbollah fights Israeli troops."""
    if home is None:
        return
    for rec in records:
        for side, other in ((rec.actor, rec.recipient), (rec.recipient, rec.actor)):
            if not any(o.sector in INSURGENT_SECTORS and o.country == home for o in other):
                continue
            for e in side:
                if e.code is None and e.country is None and e.sector == "MIL":
                    e.code = e.country = home
                    e.how = "domestic army default (fights the dateline state's rebels)"
