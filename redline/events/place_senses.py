"""Objects with a place sense beside a figurative one. "Hit the market" (went on sale),
"captured the market", "rattled markets" are no attacks, so `market` is among the
`non_event_objects`; but a market is also a place where people gather and can be bombed:
"jets bombed a crowded market", "shelled the central market of the town", "a missile hit a
market in the north". The object cancels the verb only when nothing marks it as a place.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.lexicon import Lexicon, Trigger
from redline.nlp.tree import kids

# Non-event objects that also name a physical place (the economic "market").
PLACE_SENSE_NOUNS = frozenset({"market", "marketplace"})
# Adjectives that describe a place and the people in it, never an economy: "a crowded
# market", "the covered market", "the old market".
PLACE_ADJECTIVES = frozenset(
    "crowded busy packed bustling teeming thronged central old covered open-air outdoor "
    "indoor main".split()
)
INDEFINITE = frozenset({"a", "an", "another"})
LOCATIVE_PREPS = frozenset({"in", "of", "near", "at", "outside", "inside"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Trigger modes that name a means of physical violence: "bombed", "shelled", "torched" have
# no figurative sense with a market.
PHYSICAL_MODES = frozenset(
    {"aerial", "heavy-weapons", "destroy", "firearms", "explosives", "suicide-attack", "drone"}
)


def _is_place(noun: Token, verb: Token, trig: Trigger | None, lex: Lexicon) -> bool:
    if trig is not None and trig.mode in PHYSICAL_MODES:
        return True  # "shelled the market"
    for c in kids(noun):
        low = c.lower_
        if c.dep_ == "det" and low in INDEFINITE:
            return True  # "a market": one place among many, not "the market" (an economy)
        if c.dep_ == "nummod" or (c.dep_ == "amod" and low in PLACE_ADJECTIVES):
            return True  # "two markets", "a crowded market"
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "NORP"):
            return True  # "the Bakara market" (a named market), not "the US market"
        if c.dep_ == "prep" and low in LOCATIVE_PREPS:
            for g in kids(c):
                if g.dep_ == "pobj" and (
                    g.ent_type_ in PLACE_ENTS or g.lemma_.lower() in lex.place_nouns
                ):
                    return True  # "the market in Kherson", "the main market of the town"
    # "gunmen stormed the market", "a missile hit the market": an attacker or a fired
    # weapon acts ("the new drone hit the market" is a product on sale)
    for c in kids(verb):
        if c.dep_ != "nsubj":
            continue
        lemma = c.lemma_.lower()
        if lemma in lex.attacker_nouns or (
            lemma in lex.weapon_nouns and not any(d.lower_ == "the" for d in kids(c))
        ):
            return True
    return False


def non_event_object(verb: Token, lex: Lexicon, trig: Trigger | None = None) -> bool:
    """The verb's direct object makes it no event ("captured footage", "hit a record")."""
    for c in kids(verb):
        if c.dep_ != "dobj" or c.lemma_.lower() not in lex.non_event_objects:
            continue
        if c.lemma_.lower() in PLACE_SENSE_NOUNS and _is_place(c, verb, trig, lex):
            continue
        if apposed_object(c):
            continue
        return True
    return False


def apposed_object(obj: Token) -> bool:
    """ "killed six in Kano, the heart of the north": a second object after a comma is an
    apposition the parser hung on the verb, not what the verb acts on."""
    verb = obj.head
    first = next((c for c in kids(verb) if c.dep_ == "dobj"), obj)
    return first.i < obj.i and obj.i > 0 and any(
        t.is_punct for t in obj.doc[first.i : obj.left_edge.i])
