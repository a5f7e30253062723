"""Attacks told through their weapon or their noun, with no attacker as subject.

News often makes the weapon or the attack itself the subject of a verb of going off or of
impact: "a car bomb exploded outside the ministry", "a roadside bomb went off near a patrol",
"a bomb blast rocked the market", "two rockets landed near the airport", "a blast tore through
the mosque". Or the attack is what its target lived through or what the police stopped: "the
governor survived an assassination attempt", "the convoy escaped an ambush", "police foiled a
bomb attack" (negated: it did not happen, modality.py). PLOVER codes each as the ASSAULT,
with an unidentified actor when none is named (unidentified.py).

Accidents stay out because only munitions and attack nouns count: "a gas cylinder exploded",
"a transformer blew up" name no weapon; a sentence about a robbery is a crime, not an attack.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from redline.events.frames import Frame, _pobjs
from redline.events.lexicon import Lexicon, Trigger
from redline.events.noun_triggers import _noun_trigger
from redline.nlp.tree import kids

# Verbs whose subject, when a weapon or an attack, is the attack happening: lemma -> the
# particle or preposition it needs ("went off", "tore through"), or "" for none.
GOING_OFF = {
    "explode": "", "detonate": "", "go": "off", "blow": "up", "rock": "", "tear": "through",
    "rip": "through", "land": "", "slam": "into", "hit": "", "strike": "", "kill": "",
    "wound": "", "injure": "", "destroy": "", "damage": "", "level": "", "flatten": "",
}
# Verbs whose object is an attack its target lived through (the subject is the target).
SURVIVING = frozenset("survive escape".split())
# Verbs whose object is an attack that was stopped (modality.py reads them as negation).
FOILING = frozenset("foil thwart avert".split())
# Where an attack that went off struck ("near a patrol", "outside the ministry"); "in" is a
# place, read by the coder's place fallback (object_parties.place_target).
PLACE_PREPS = ("at", "near", "outside", "inside", "on", "into", "through", "under", "against",
               "beside", "targeting")
# Munitions, by the mode and CAMEO code of an attack made with them (PLOVER's ASSAULT modes:
# mines, IEDs and bombs are explosives; artillery and rockets heavy weapons).
MUNITIONS: dict[str, tuple[str, str]] = {
    "bomb": ("explosives", "183"), "ied": ("explosives", "183"),
    "explosive": ("explosives", "183"), "mine": ("explosives", "183"),
    "landmine": ("explosives", "183"), "grenade": ("explosives", "183"),
    "rocket": ("heavy-weapons", "194"), "missile": ("heavy-weapons", "194"),
    "shell": ("heavy-weapons", "194"), "mortar": ("heavy-weapons", "194"),
    "projectile": ("heavy-weapons", "194"),
}
# "device" is a munition only as "an explosive device", "an incendiary device"
DEVICE_MODIFIERS = frozenset("explosive incendiary improvised bomb".split())
# words that make the sentence a crime report: a grenade thrown in a robbery is no attack
CRIME_WORDS = frozenset("robbery robber heist theft thief burglary burglar extortion".split())


def going_off(noun: Token) -> Token | None:
    """The verb of which this noun is the subject, when that verb says it went off or hit."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    need = GOING_OFF.get(verb.lemma_.lower())
    if need is None:
        return None
    if need and not any(c.dep_ in ("prt", "prep") and c.lower_ == need for c in kids(verb)):
        return None
    return verb


def lived_through(noun: Token) -> Token | None:
    """The verb of surviving or foiling whose object this attack noun is."""
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in SURVIVING | FOILING:
        return verb
    if noun.dep_ == "nsubjpass" and verb.lemma_.lower() in FOILING:
        return verb  # "a bomb plot was foiled"
    if noun.dep_ == "pobj" and verb.lower_ == "from" and verb.head.lemma_.lower() == "escape":
        return verb.head  # "escaped unhurt from an ambush"
    return None


def crime_report(sent: Span) -> bool:
    return any(t.lemma_.lower() in CRIME_WORDS for t in sent)


def struck(verb: Token) -> list[Token]:
    """What the attack hit: the verb's object, else a place it went off at or near."""
    objs = [c for c in kids(verb) if c.dep_ == "dobj"]
    return objs or _pobjs(verb, PLACE_PREPS)


def survivors(verb: Token) -> list[Token]:
    """Who lived through the attack ("the minister survived ..."); none for a foiled one."""
    if verb.lemma_.lower() not in SURVIVING:
        return []
    return [c for c in kids(verb) if c.dep_ == "nsubj"]


def _munition(noun: Token) -> tuple[str, str] | None:
    lemma = noun.lemma_.lower()
    if lemma == "device":
        mods = {c.lemma_.lower() for c in kids(noun) if c.dep_ in ("amod", "compound")}
        return MUNITIONS["bomb"] if mods & DEVICE_MODIFIERS else None
    return MUNITIONS.get(lemma)


def munition_frames(sent: Span, taken: set[int], lex: Lexicon) -> list[Frame]:
    """ "A bomb exploded at the checkpoint", "two rockets landed near the base": a munition
    with no trigger noun of its own that went off. `taken` holds heads already coded (a
    lexicon verb such as "hit" codes the munition as its actor itself)."""
    if crime_report(sent):
        return []
    frames: list[Frame] = []
    for noun in sent:
        if noun.pos_ not in ("NOUN", "PROPN") or _noun_trigger(noun, lex):
            continue  # "a car bomb", "a bomb blast": the noun frame codes it (noun_frames)
        found = _munition(noun)
        verb = going_off(noun) if found else None
        if verb is None or verb.i in taken or found is None:
            continue
        mode, cameo = found
        trig = Trigger(key=f"{noun.lemma_.lower()} went off", type="ASSAULT", mode=mode,
                       cameo=cameo, recip=PLACE_PREPS)
        # "a bomb planted by militants", "Russian missiles": the noun's own doer
        doers = [g for c in kids(noun) if c.dep_ == "acl" for a in kids(c) if a.dep_ == "agent"
                 for g in kids(a) if g.dep_ == "pobj"]
        doers += [c for c in kids(noun) if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")]
        # no doer: the munition stands for the unidentified attacker (unidentified.py)
        frames.append(Frame(trig, verb, [noun, verb], doers or [noun], struck(verb),
                            rule="munition went off"))
        taken.add(verb.i)
    return frames
