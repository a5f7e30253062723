"""Refusals stated as a judgement in a content clause (PLOVER REJECT, CAMEO 120): "said the
envoy would not be welcome", "said foreign observers were no longer welcome", "said lifting
the embargo was out of the question". The speaker rejects the party or the act the clause
names; an act named as its subject ("lifting the embargo", "talks with the rebels") is what
is rejected, so it sits inside this event and lends it its recipient (events.embedding).
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.frames import Frame
from redline.events.lexicon import Trigger
from redline.nlp.tree import kids

NEGATORS = frozenset({"not", "n't", "never", "no"})


def _ruled_out(clause: Token) -> Token | None:
    """ "is out of the question": the "question" token, or None."""
    for out in (c for c in kids(clause) if c.dep_ == "prep" and c.lower_ == "out"):
        for of in (c for c in kids(out) if c.dep_ == "prep" and c.lower_ == "of"):
            for q in kids(of):
                if q.dep_ == "pobj" and q.lemma_.lower() == "question":
                    return q
    return None


def dismissal_frames(speech_verb: Token, clause: Token) -> list[Frame]:
    """REJECT by the speaker of what an "(is) not welcome" / "out of the question" clause
    names."""
    if clause.lemma_.lower() != "be":
        return []
    speakers = [c for c in kids(speech_verb) if c.dep_ == "nsubj"]
    negated = any(
        (c.dep_ == "neg" and c.lower_ in NEGATORS)
        or (c.lower_ == "longer" and any(g.lower_ == "no" for g in kids(c)))  # "no longer"
        for c in kids(clause)
    )
    pred = next(
        (
            c
            for c in kids(clause)
            if c.dep_ == "acomp"
            and (c.lemma_.lower() == "unwelcome" or (c.lemma_.lower() == "welcome" and negated))
        ),
        None,
    )
    if pred is not None:  # a party turned away: the clause's subject
        recips = [c for c in kids(clause) if c.dep_ == "nsubj"]
        key = "not welcome"
    elif not negated and (pred := _ruled_out(clause)) is not None:
        recips, key = [], "out of the question"  # the act: lends its recipient
    else:
        return []
    trig = Trigger(key=key, type="REJECT", cameo="120")
    return [Frame(trig, speech_verb, [speech_verb, pred], speakers, recips, rule="dismissal")]
