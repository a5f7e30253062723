"""Telephone calls (CAMEO 041 "discuss by telephone", PLOVER CONSULT phone): "called his
Indian counterpart on Monday", "called Zelensky to express solidarity". The verb "call" is
coded as a call only when its object is a party (a named person, country or body, or an
office such as "counterpart"): "called elections", "called him a liar" ("a liar" is a
predicate, not a second party), "called off the strike", "called on Iran to ..." and
"called for talks" are not calls. What the caller says on the call ("to express solidarity")
is coded by modality and embedding as said (see `call_to`).
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.frames import Frame, _is_time, verb_subjects
from redline.events.lexicon import Trigger
from redline.events.modality import call_to

NOT_A_CALL = frozenset({"prt", "ccomp", "acomp", "attr", "nsubjpass", "auxpass"})
ASKING_PREPS = frozenset({"on", "upon", "for"})
CALL = Trigger(key="call", type="CONSULT", mode="phone", cameo="041")


def phone_frame(verb: Token) -> Frame | None:
    """A CONSULT phone frame for "X called Y", or None."""
    if verb.lemma_.lower() != "call" or verb.pos_ != "VERB":
        return None
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
        return None  # "a group called Hamas"
    if any(c.dep_ in NOT_A_CALL for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ASKING_PREPS):
        if not all(_is_time(g) for g in prep.children if g.dep_ == "pobj"):
            return None  # "called on Iran to ...", "called for talks"; not "called X on Friday"
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    named = [c for c in verb.children if c.dep_ == "oprd"]
    if objs and named or any(c.pos_ != "PROPN" for c in named):
        return None  # "called him a liar", "called it a day"
    objs = objs or named  # the parser may take "called Zelensky on Tuesday" for a naming
    if not objs or not call_to(verb):
        return None
    preds = [c for o in objs for c in o.children if c.dep_ in ("oprd", "attr", "appos")]
    if any(c.pos_ == "NOUN" for c in preds):
        return None  # "called Putin a killer" parsed with the predicate under the object
    return Frame(CALL, verb, [verb], verb_subjects(verb), objs, rule="phone call")
