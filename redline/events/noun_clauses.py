"""Clauses attached to a noun: a description of it, or what it asks for.

Descriptions. Events told only to describe one of the sentence's parties or things.

"The militia handed back the trucks it had taken at the checkpoint", "The court freed a union
leader, who had organised sit-ins in May", "Warsaw thanked Berlin for paintings looted by
soldiers": the taking, the sit-ins and the looting say which trucks, which leader, which
paintings; the sentence reports the handover, the release and the thanks. An event in a
relative clause or a participle that modifies a noun is such a description. It is dropped
(like a time clause, background.py) when the sentence reports a main act that happened.

Violence, coercion and protest are news wherever they are told, except when the clause marks
them as already past (a perfect, "had taken", or a passive participle, "looted by",
"the looted shops"): those name an earlier event the sentence only refers to.

Contents. "renewed its demand that the ministry lift the curbs", "a call to free the
prisoners": what a request noun asks for has not happened (modality.py reads it as
hypothetical, as it does "demanded that ..."). An attempt is an act of its own: "an attempt
to assassinate the governor" is an attack.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.nlp.tree import kids

MAX_HOPS = 6
NOMINALS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# A text's clause is what the text says, and that is the news: "a resolution that condemns
# X", "a statement urging Y", "a decree granting Z".
TEXT_NOUNS = frozenset(
    "statement report letter resolution communique communiqué message post tweet video speech "
    "petition motion bill decree order law ruling verdict declaration memo note appeal call "
    "lawsuit complaint editorial interview announcement document plan proposal".split()
)
PERFECT_AUX = frozenset({"have", "has", "had"})
# Casualty participles report the harm itself: "left several people killed", "two soldiers
# wounded in the blast".
HARM_VERBS = frozenset("kill injure wound hurt maim murder die slay behead shoot".split())


def _description_clause(tok: Token) -> Token | None:
    """The relative clause or participle above `tok` that modifies a noun, if any."""
    cur = tok
    for _ in range(MAX_HOPS):
        if cur.head.i == cur.i:
            return None
        if cur.dep_ in ("ccomp", "xcomp", "advcl", "parataxis") and cur.pos_ in ("VERB", "AUX"):
            return None  # a clause of its own: what is said, intended or done alongside
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in NOMINALS:
            return cur
        if cur.dep_ == "amod" and cur.tag_ == "VBN":  # "captured former leader"
            return cur
        cur = cur.head
    return None


def _told_as_past(clause: Token) -> bool:
    """ "(which) they had seized", "(antiquities) seized by", "captured (leader)"."""
    if any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in kids(clause)):
        return True
    if any(c.dep_ == "auxpass" for c in kids(clause)):
        return True
    if _party_described(clause):
        return True
    return clause.tag_ == "VBN" and clause.dep_ in ("acl", "amod")


def _party_described(clause: Token) -> bool:
    """ "the soldiers, who fought in the war, ...", "honoured men who stormed the beach": a
    simple past in a "who" clause says who a person is by what they once did; the event is
    told as known, not reported."""
    return (
        clause.dep_ == "relcl"
        and clause.tag_ == "VBD"
        and any(c.tag_ == "WP" and c.dep_ in ("nsubj", "nsubjpass") for c in kids(clause))
    )


def description(tok: Token, always_news: bool) -> bool:
    """The trigger sits in a clause that describes a noun (see module doc). `always_news`:
    the event is of a kind told wherever it is mentioned, so only a past one is dropped."""
    clause = _description_clause(tok)
    if clause is None or clause.lemma_.lower() in HARM_VERBS:
        return False
    if clause.dep_ != "amod" and clause.head.lemma_.lower() in TEXT_NOUNS:
        return False
    return _told_as_past(clause) if always_news else True


ATTEMPT_NOUNS = frozenset("attempt try bid struggle effort".split())


def asked_for(clause: Token) -> bool:
    """The clause is the content of a noun ("demand that ...", "call to ..."); the caller
    checks that the noun is one that asks or wishes."""
    return (
        clause.dep_ == "acl"
        and clause.head.pos_ == "NOUN"
        and clause.head.lemma_.lower() not in ATTEMPT_NOUNS
    )
