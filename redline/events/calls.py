"""Telephone calls (CAMEO 041 "discuss by telephone", PLOVER CONSULT phone): "called his
Indian counterpart on Monday", "called Zelensky to express solidarity". The verb "call" is
coded as a call only when its object is a party (a named person, country or body, or an
office such as "counterpart"): "called elections", "called him a liar" ("a liar" is a
predicate, not a second party), "called off the strike", "called on Iran to ..." and
"called for talks" are not calls. What the caller says on the call ("to express solidarity")
is coded by modality and embedding as said (see `call_to`).

"Called on" a person is also a courtesy visit (CAMEO 042, PLOVER CONSULT visit): "the envoy
called on the governor on Friday", "a party delegation called on President X to discuss the
alliance". It is an appeal (REQUEST) when the one called on is asked to act: "called on Iran
to free the crew", "called on voters to ...", "called on both sides to ...".
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.frames import Frame, _is_time, verb_subjects
from redline.events.lexicon import Trigger
from redline.events.modality import ADDRESSEES, call_to
from redline.nlp.tree import kids

NOT_A_CALL = frozenset({"prt", "ccomp", "acomp", "attr", "nsubjpass", "auxpass"})
ASKING_PREPS = frozenset({"on", "upon", "for"})
CALL = Trigger(key="call", type="CONSULT", mode="phone", cameo="041")
VISIT = Trigger(key="call on", type="CONSULT", mode="visit", cameo="042")
# Offices one pays a call on, besides the addressees of a message (modality.ADDRESSEES).
HOSTS = ADDRESSEES | frozenset(
    "governor mayor chief secretary speaker pope prince sheikh patriarch chairman".split()
)
# What a visitor comes to do with the host: "called on the minister to discuss trade". Any
# other infinitive asks the host to act ("called on the president to resign").
VISIT_PURPOSES = frozenset("discuss confer consult exchange brief greet congratulate".split())


def phone_frame(verb: Token) -> Frame | None:
    """A CONSULT phone frame for "X called Y", or None."""
    if verb.lemma_.lower() != "call" or verb.pos_ != "VERB":
        return None
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
        return None  # "a group called Hamas"
    if any(c.dep_ in NOT_A_CALL for c in kids(verb)):
        return None
    for prep in (c for c in kids(verb) if c.dep_ == "prep" and c.lower_ in ASKING_PREPS):
        if not all(_is_time(g) for g in kids(prep) if g.dep_ == "pobj"):
            return None  # "called on Iran to ...", "called for talks"; not "called X on Friday"
    objs = [c for c in kids(verb) if c.dep_ == "dobj"]
    named = [c for c in kids(verb) if c.dep_ == "oprd"]
    if objs and named or any(c.pos_ != "PROPN" for c in named):
        return None  # "called him a liar", "called it a day"
    objs = objs or named  # the parser may take "called Zelensky on Tuesday" for a naming
    if not objs or not call_to(verb):
        return None
    preds = [c for o in objs for c in kids(o) if c.dep_ in ("oprd", "attr", "appos")]
    if any(c.pos_ == "NOUN" for c in preds):
        return None  # "called Putin a killer" parsed with the predicate under the object
    return Frame(CALL, verb, [verb], verb_subjects(verb), objs, rule="phone call")


def _infinitives(tok: Token) -> list[Token]:
    return [
        c
        for c in kids(tok)
        if c.dep_ in ("xcomp", "advcl", "acl", "ccomp")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))
    ]


def visit_frame(verb: Token) -> Frame | None:
    """A CONSULT visit frame for "X called on <a person>" with no appeal to that person."""
    if verb.lemma_.lower() != "call" or verb.pos_ != "VERB":
        return None
    hosts = [
        g
        for c in kids(verb)
        if c.dep_ == "prep" and c.lower_ in ("on", "upon")
        for g in kids(c)
        if g.dep_ == "pobj" and not _is_time(g)
    ]
    if len(hosts) != 1 or hosts[0].conjuncts or hosts[0].tag_ in ("NNS", "NNPS"):
        return None  # "called on workers and students to ..."
    host = hosts[0]
    # "the governor", "President X", "the party's leader, X"
    named = [host, *(c for c in kids(host) if c.dep_ == "appos")]
    words = [w for h in named for w in (h, *(c for c in kids(h) if c.dep_ == "compound"))]
    if not any(w.ent_type_ == "PERSON" or w.lemma_.lower() in HOSTS for w in words):
        return None  # "called on Iran", "called on the government": an appeal
    if any(c.lemma_.lower() not in VISIT_PURPOSES for c in _infinitives(verb) + _infinitives(host)):
        return None
    return Frame(VISIT, verb, [verb], verb_subjects(verb), [host], rule="courtesy call")
