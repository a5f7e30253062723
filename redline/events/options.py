"""Options kept open: "has not ruled out a military operation" is a threat, "did not rule out
talks" an offer. Declining to exclude an act signals that one may take it, which PLOVER
codes by the act's side: conflictual -> THREATEN, cooperative -> AGREE."""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.lexicon import Lexicon, Trigger
from redline.nlp.tree import kids

EXCLUDING = frozenset({"rule out", "exclude"})
REFUSING = frozenset({"refuse", "decline"})  # "refused to rule out": kept it open
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
# Nouns that name a use of force only with a military modifier ("military action", "armed
# intervention"); bare "action" or "step" says nothing.
FORCE_HEADS = frozenset({"action", "intervention", "option", "operation", "response", "step",
                         "measure", "solution"})  # fmt: skip
WEAPONS = frozenset({"force", "weapon", "missile", "army", "military", "troop", "bomb"})
FORCE_MODIFIERS = frozenset({"military", "armed", "ground", "nuclear", "punitive", "force"})


def _act_type(obj: Token, lex: Lexicon) -> str | None:
    """The event type the excluded thing names, if any."""
    lemma = obj.lemma_.lower()
    if obj.tag_ == "VBG":  # "did not rule out sending troops"
        for c in kids(obj):
            if c.dep_ == "dobj" and lemma == "use" and c.lemma_.lower() in WEAPONS:
                return "ASSAULT"
            if c.dep_ == "dobj" and (lemma, c.lemma_.lower()) in lex.verb_objects:
                return lex.verb_objects[(lemma, c.lemma_.lower())].type
        verb = lex.verbs.get(lemma)
        return verb.type if verb else None
    mods = {c.lemma_.lower() for c in kids(obj) if c.dep_ in ("amod", "compound")}
    if lemma in FORCE_HEADS and mods & FORCE_MODIFIERS or lemma == "force":
        return "ASSAULT"
    for mod in mods:
        compound = lex.noun_compounds.get(f"{mod} {lemma}")
        if compound and compound.type:
            return compound.type
    noun = lex.nouns.get(lemma)
    return noun.type if noun else None


def _excluded(head: Token) -> list[Token]:
    objs = [c for c in kids(head) if c.dep_ in ("dobj", "pobj")
            or (c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG")]
    return objs + [g for o in objs for g in kids(o) if g.dep_ == "conj"]


def kept_option(trig: Trigger, head: Token, modality: str, lex: Lexicon) -> Trigger | None:
    """The AGREE/THREATEN that "did not rule out X" or "refused to rule out X" stands for."""
    if trig.key in REFUSING and modality == "asserted":
        inner = [c for c in kids(head) if c.dep_ == "xcomp" and _is_excluding(c)]
        objs = _excluded(inner[0]) if inner else []
    elif trig.key in EXCLUDING and modality == "negated":
        objs = _excluded(head)
    else:
        return None
    for obj in objs:
        act = _act_type(obj, lex)
        if act is None or act == "REJECT":
            continue
        kind = "AGREE" if act in COOPERATIVE else "THREATEN"
        return Trigger(key=obj.text, type=kind, cameo="030" if kind == "AGREE" else "130")
    return None


def _is_excluding(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma == "exclude" or (
        lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in kids(verb)))
