"""Names that run on past their head through a preposition.

The phrase of a head stops before "in"/"for" complements, since those usually place an actor
("soldiers in Mali" -> MLI). Some names hold such a complement themselves: "al-Qaeda in the
Arabian Peninsula" (AQAP, not al-Qaeda), "the Islamic Resistance in Iraq" (a coalition, not
Iraq), "the Islamic State in the Greater Sahara", "the UN Mission in South Sudan". When a KB
alias found in the sentence covers the head and continues through one of its prepositional
children, the whole name is the phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.actors.kb import ActorKB
from redline.actors.matcher import find_aliases
from redline.actors.phrase import sentence_of
from redline.nlp.tree import kids


def named_tail(head: Token, tokens: list[Token], kb: ActorKB) -> list[Token]:
    """`tokens` extended by a KB name that starts in the phrase and runs on through a
    prepositional child of the head; `tokens` unchanged otherwise."""
    preps = [c for c in kids(head) if c.dep_ == "prep" and c.i == head.i + 1]
    if not preps or preps[0].lower_ == "of":  # "of" complements are in the phrase already
        return tokens
    first = tokens[0].i
    for span, _entry in find_aliases(sentence_of(head), kb):  # cached per Doc
        if first <= span.start <= head.i and span.end > preps[0].i + 1:
            extra = [t for t in span if t.i > head.i]
            return sorted(set(tokens) | set(extra), key=lambda t: t.i)
    return tokens
