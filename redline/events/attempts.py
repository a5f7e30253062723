"""Attempted violence is violence: "tried to assassinate the governor", "attempted to storm
the parliament", "tried to kill the witness" report an attack that took place, failed or not
(PLOVER ASSAULT; CAMEO 185 "attempt to assassinate"). Other attempts ("tried to negotiate",
"attempted to arrest him") stay unreal, as the embedding verb says (modality.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.lexicon import default_lexicon

ATTEMPT_HEADS = frozenset({"try", "attempt"})


def attempted_attack(clause: Token, head: Token) -> bool:
    """The clause is a violent act that its head ("tried", "attempted") reports as tried."""
    if head.lemma_.lower() not in ATTEMPT_HEADS or clause.dep_ != "xcomp":
        return False
    if any(c.dep_ == "neg" for c in head.children):
        return False  # "did not try to kill": nothing happened
    trig = default_lexicon().verbs.get(clause.lemma_.lower())
    return trig is not None and trig.type == "ASSAULT" and trig.unreal_type is None
