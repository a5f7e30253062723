"""Blocking a road, bridge or railway (CAMEO 144 "obstruct passage, block", PLOVER PROTEST
obstruct) is a protest when civilians, workers, students or an opposition do it. When police,
troops or a government close a road it is a restriction of movement (PLOVER COERCE restrict),
and when no one is named ("roads were blocked") it stays the coercion the verb names: who
blocked is unknown, and a protest needs protesters.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.arguments import official
from redline.events.frames import Frame
from redline.events.lexicon import Lexicon, Trigger, verb_lemma
from redline.records import Entity

OBSTRUCT_KEYS = frozenset({"block", "blockade", "barricade"})
CIVIL_SECTORS = frozenset("CVL LAB OPP PTY EDU AGR SOC REF REL MED JRN BUS NGO".split())
STATE_OR_ARMED = frozenset("GOV MIL COP REB UAF SPY CRM IGO LEG JUD PRM".split())


def _civilian(
    trig: Trigger, actors: list[Entity], heads: list[Token], lex: Lexicon
) -> bool:
    """ "Farmers blocked the highway", "Young Algerians blocked roads": civilians blocking a
    passage protest (PLOVER PROTEST obstruct, CAMEO 144); a state or armed group blocking it
    restricts movement (COERCE)."""
    if trig.type != "COERCE" or trig.key not in OBSTRUCT_KEYS or not actors:
        return False
    if any(e.sector in STATE_OR_ARMED for e in actors):
        return False
    if any(h.lemma_.lower() in lex.crowd_actors for h in heads):
        return True
    if any(e.sector in CIVIL_SECTORS for e in actors):
        return True
    return any(h.ent_type_ == "NORP" and h.tag_ in ("NNS", "NNPS") for h in heads)


def obstruction(trig: Trigger, frame: Frame, actors: list[Entity], lex: Lexicon) -> Trigger:
    """The trigger to code for a blocking frame, given its resolved actors: PROTEST obstruct
    when civilians block, COERCE when a state or armed group does or no one is named."""
    if _civilian(trig, actors, frame.actor_heads, lex):
        return Trigger(key=trig.key, type="PROTEST", mode="obstruct", cameo="144")
    if trig.type != "PROTEST" or trig.mode != "obstruct":
        return trig
    state = any(e.sector in STATE_OR_ARMED for e in actors) or official(actors, frame)
    if actors and not state:
        return trig
    own = lex.verbs.get(verb_lemma(frame.head, lex))
    if own is not None and own.type == "COERCE":
        return Trigger(key=trig.key, type="COERCE", mode=own.mode, cameo=own.cameo)
    return Trigger(key=trig.key, type="COERCE", mode="restrict", cameo="191")
