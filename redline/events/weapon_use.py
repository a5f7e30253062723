"""Chemical attacks reported through the weapon rather than the attacker.

Conflict reporting often names the agent used and leaves the user implicit or in a by-phrase
(CAMEO 2041, PLOVER ASSAULT/unconventional): "chlorine was used as a weapon", "sarin gas
dropped by helicopters", "barrels of chlorine were dropped on the town", "toxic gas used by the
militants". The lexicon's verb + object pairs cover "used sarin gas"; these frames add the
agents that are a participle's head, an "as a weapon" phrase or the load of a carrier.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from redline.events.frames import Frame
from redline.events.lexicon import Trigger
from redline.nlp.tree import kids

# verbs of deploying a weapon
USE_VERBS = frozenset("use drop fire launch unleash employ deploy spray lob".split())
# agents that are weapons by themselves; "gas" and "agent" only with a modifier below
CHEMICAL_AGENTS = frozenset("sarin tabun soman vx ricin novichok phosgene".split())
CHEMICAL_MODIFIERS = frozenset(
    "poison poisonous toxic nerve mustard chlorine sarin chemical biological".split()
)
# chlorine, ammonia or phosphorus are industrial chemicals unless used "as a weapon"
DUAL_USE = frozenset("chlorine ammonia phosphorus cyanide".split())
# what carries an agent: "barrels of chlorine", "poison gas shells", "canisters of sarin"
CARRIERS = frozenset(
    "barrel container canister cylinder shell projectile bomb rocket munition missile".split()
)

CHEMICAL = Trigger(key="chemical weapon use", type="ASSAULT", mode="unconventional",
                   cameo="2041", recip=("on", "against", "in"))


def _mods(tok: Token) -> set[str]:
    return {c.lemma_.lower() for c in kids(tok) if c.dep_ in ("compound", "amod")}


def _as_weapon(verb: Token) -> bool:
    """ "used chlorine as a weapon", "... as a chemical weapon"."""
    return any(
        g.lemma_.lower() == "weapon"
        for c in kids(verb)
        if c.dep_ == "prep" and c.lower_ == "as"
        for g in kids(c)
        if g.dep_ == "pobj"
    )


def chemical_agent(tok: Token, as_weapon: bool = False) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in CHEMICAL_AGENTS or (as_weapon and lemma in DUAL_USE):
        return True
    if lemma in ("gas", "agent", "weapon") and _mods(tok) & CHEMICAL_MODIFIERS:
        return True
    if lemma in CARRIERS:  # "poison gas shells", "barrels of chlorine"
        filled = [g for c in kids(tok) if c.dep_ == "prep" and c.lower_ in ("of", "with")
                  for g in kids(c) if g.dep_ == "pobj"]
        filled += [c for c in kids(tok) if c.dep_ == "compound"]
        return any(chemical_agent(g, as_weapon=True) for g in filled) or bool(
            _mods(tok) & CHEMICAL_MODIFIERS)
    return False


def _agents(verb: Token) -> list[Token]:
    return [g for c in kids(verb) if c.dep_ == "agent" for g in kids(c) if g.dep_ == "pobj"]


def _targets(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    return [g for c in kids(verb) if c.dep_ == "prep" and c.lower_ in preps
            for g in kids(c) if g.dep_ == "pobj"]


def _chemical_frame(verb: Token) -> Frame | None:
    as_weapon = _as_weapon(verb)
    passive = [c for c in kids(verb) if c.dep_ == "nsubjpass"]
    objs = passive + [c for c in kids(verb) if c.dep_ == "dobj"]
    if verb.dep_ == "acl":  # "gas used by the army", "sarin being unleashed on civilians"
        objs.append(verb.head)
    weapon = next((o for o in objs if chemical_agent(o, as_weapon)), None)
    if weapon is None:
        return None
    if passive or verb.dep_ == "acl":
        actors = _agents(verb)
    else:
        actors = [c for c in kids(verb) if c.dep_ == "nsubj"]
    return Frame(CHEMICAL, verb, [verb, weapon], actors, _targets(verb, CHEMICAL.recip),
                 rule="weapon use")


def weapon_frames(sent: Span, taken: set[int]) -> list[Frame]:
    """Frames for the constructions above; `taken` holds heads other rules already coded."""
    frames: list[Frame] = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.i in taken:
            continue
        frame = _chemical_frame(tok) if tok.lemma_.lower() in USE_VERBS else None
        if frame is not None:
            frames.append(frame)
    return frames
