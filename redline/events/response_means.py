"""A response told by its means: "retaliated by expelling ten diplomats", "responded by
imposing tariffs", "hit back by shelling the border posts". The verb of responding says only
that an act answers another; the "by" clause says what the act was. When that clause is an
event of its own, it is the event the sentence reports and the bare response is dropped
(a dictionary coder would otherwise code "retaliated" as a generic attack)."""

from __future__ import annotations

from spacy.tokens import Token

from redline.nlp.tree import kids

# Verbs that name an act only as an answer to another; "hit"/"strike" only with "back".
RESPONSE_VERBS = frozenset({"retaliate", "respond", "react", "reply", "counter"})
BACK_VERBS = frozenset({"hit", "strike", "fight"})


def _is_response(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in RESPONSE_VERBS:
        return True
    return lemma in BACK_VERBS and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in kids(verb)
    )


def responded_by(tok: Token) -> Token | None:
    """The response verb whose "by" clause `tok` heads ("retaliated by [expelling]"), or
    None. Coordinated means ("by expelling X and closing Y") count too."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pcomp" or tok.head.lower_ != "by" or tok.head.dep_ != "prep":
        return None
    verb = tok.head.head
    return verb if _is_response(verb) else None
