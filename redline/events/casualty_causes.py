"""Event nouns named as the cause of deaths or injuries: "six were killed in grenade attacks",
"died as a result of torture", "died in custody due to torture", "a bomb blast killed four".
A casualty report names its cause as a noun; that noun is the event even when no one is named
as its doer (PLOVER codes the attack, with the actor left open). Disasters ("floods killed
40") are not trigger nouns and stay out (see `natural_cause`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from redline.events.senses import cause_heads
from redline.nlp.tree import kids

if TYPE_CHECKING:
    from redline.events.frames import Frame
    from redline.events.lexicon import Lexicon

CASUALTY_VERBS = frozenset("kill die injure wound hurt maim perish".split())
# prepositions that introduce a cause under a casualty verb: "killed in an attack", "died of
# torture", "died due to torture", "because of", "owing to" (the parser heads these on their
# first word)
CAUSE_PREPS = frozenset("in from by during after following due because owing of".split())
# verbs whose subject is the cause when the subject is an event ("the attack killed six",
# "the offensive displaced thousands")
KILLING_VERBS = frozenset("kill injure wound maim displace".split())
# the noun a complex preposition hangs on: "as a result of X", "as a consequence of X"
RESULT_NOUNS = frozenset({"result", "consequence"})


def _casualty_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in CASUALTY_VERBS


def casualty_cause(noun: Token) -> bool:
    """Is this event noun what caused the deaths or injuries its clause reports?"""
    gov = noun.head
    if noun.dep_ == "nsubj" and gov.lemma_.lower() in KILLING_VERBS:
        return True  # "a landmine explosion killed four soldiers"
    if noun.dep_ != "pobj":
        return False
    if gov.lower_ in CAUSE_PREPS and _casualty_verb(gov.head):
        return True
    if gov.dep_ == "pcomp" and gov.head.lower_ in CAUSE_PREPS:  # "due [to X]", "because [of X]"
        return _casualty_verb(gov.head.head)
    # "died as a result of X": of <- result <- as <- died
    result = gov.head
    if gov.lower_ == "of" and result.lemma_.lower() in RESULT_NOUNS and result.dep_ == "pobj":
        return _casualty_verb(result.head.head)
    return False


# A blast or fire with one of these modifiers was set by someone ("a car bomb explosion").
ATTACK_MODIFIERS = frozenset(
    "bomb suicide car ied grenade missile drone rocket terror terrorist militant arson "
    "landmine minefield".split()
)


def natural_cause(frame: Frame, lex: Lexicon) -> bool:
    """ "Floods killed 40", "two died in a gas explosion": no one attacked anyone.
    A bomb, suicide or car modifier makes a blast an attack again."""
    if any(h.lemma_.lower() in lex.attacker_nouns for h in frame.actor_heads):
        return False  # "a suicide bomber ... killed six in a blast": someone did it
    causes = cause_heads(frame.actor_heads, frame.head)
    for prep in kids(frame.head):
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("in", "by", "from", "after"):
            causes.extend(g for g in kids(prep) if g.dep_ == "pobj")
    if frame.head.pos_ == "NOUN":
        causes.append(frame.head)
    if frame.head.i > 0:  # "... in Earthquakes hit areas": the parser lost the subject
        causes.append(frame.head.doc[frame.head.i - 1])
    for tok in causes:
        if tok.lemma_.lower() in lex.non_agents:
            mods = {c.lemma_.lower() for c in kids(tok)} | _set_off_by(tok)
            if not mods & (ATTACK_MODIFIERS | lex.weapon_nouns):
                return True
    return False


def _set_off_by(blast: Token) -> set[str]:
    """What a blast is said to come from: "an explosion caused by a landmine", "the blast of a
    roadside bomb", "a fire started by a rocket"."""
    out: set[str] = set()
    for c in kids(blast):
        if c.dep_ == "prep" and c.lower_ == "of":
            out.update(g.lemma_.lower() for g in kids(c) if g.dep_ == "pobj")
        elif c.dep_ == "acl":
            out.update(g.lemma_.lower() for a in kids(c) if a.dep_ == "agent"
                       for g in kids(a) if g.dep_ == "pobj")
    return out
