"""What sending arms means depends on where they go (CAMEO 072 vs 154 vs 19x).

Weapons handed to a state are military aid: "Poland will send tanks to Ukraine", "the US
shipped jets to Taipei", "Berlin sent air-defence systems to Kyiv" (AID). The same weapons
moved to a place stay a deployment: "sent tanks to the border", "moved jets near the
frontier" (MOBILIZE), as troops always do. Weapons sent towards or at a foe are the attack
itself: "launched drones towards Israel", "sent missiles at the city" (ASSAULT).
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.lexicon import Lexicon, Trigger
from redline.nlp.tree import kids

# Goods that are relief wherever they are flown or driven ("flew medicine into the region").
RELIEF_GOODS = frozenset("food medicine vaccine relief aid fuel tent blanket water supply".split())
# Verbs of handing over: with one of these, arms that reach a state change hands.
TRANSFER_VERBS = frozenset("send ship deliver supply provide give transfer hand".split())
# Arms (besides lex.weapon_nouns) that are equipment, not people, when sent.
EQUIPMENT = frozenset({"tank", "jet", "system", "vehicle", "aircraft", "plane", "howitzer"})
# Party entities: a state or an organisation can receive arms; a region or a border cannot.
PARTY_ENTS = frozenset({"GPE", "ORG", "NORP"})
# Prepositions of aim on the weapons themselves ("drones towards Israel"): "into" and "on"
# there are mostly places ("missiles on the ship").
AIM_PREPS = frozenset({"towards", "toward", "at", "against"})


def _pobjs(tok: Token, preps: frozenset[str] | tuple[str, ...]) -> list[Token]:
    return [
        g
        for c in kids(tok)
        if c.dep_ in ("prep", "dative") and c.lower_ in preps  # "sent tanks to Kyiv" (dative)
        for g in kids(c)
        if g.dep_ == "pobj"
    ]


def _aimed(obj: Token, verb_preps: set[str], lex: Lexicon) -> bool:
    """ "fired drones at X", "sent drones towards X": the weapons are aimed at a target."""
    return bool(verb_preps & lex.hostile_preps) or bool(_pobjs(obj, AIM_PREPS & lex.hostile_preps))


def _to_party(verb: Token, obj: Token, lex: Lexicon) -> bool:
    """ "to Ukraine", "to the Kurds": the goods go to a named party, not a place."""
    for g in _pobjs(verb, ("to",)) + _pobjs(obj, ("to",)):
        if g.lemma_.lower() in lex.place_nouns:
            return False
        if g.ent_type_ in PARTY_ENTS:
            return True
    return False


def delivery_trigger(verb: Token, obj: Token, key: tuple[str, str], trig: Trigger,
                     verb_preps: set[str], lex: Lexicon) -> Trigger:
    """The type of sending `obj` by `verb` (with the verb's non-time prepositions
    `verb_preps`): AID, MOBILIZE or ASSAULT as above."""
    lemma = obj.lemma_.lower()
    if trig.type == "AID" and lemma not in RELIEF_GOODS and _aimed(obj, verb_preps, lex):
        return Trigger(key=f"{key[0]} {key[1]} at", type="ASSAULT", cameo="190",
                       recip=tuple(lex.hostile_preps))
    if (
        trig.type == "MOBILIZE"
        and key[0] in TRANSFER_VERBS
        and (lemma in lex.weapon_nouns or lemma in EQUIPMENT)
        and _to_party(verb, obj, lex)
    ):
        return Trigger(key=f"{key[0]} {key[1]}", type="AID", cameo="072", recip=("to",))
    return trig
