"""Subjects that refer back to a party: "they", "it", "his country"."""

from __future__ import annotations

from spacy.tokens import Token

from redline.nlp.tree import kids

REFERRING = frozenset("i we he she it they".split())
POSSESSIVES = frozenset("my our his her its their".split())


def referred(heads: list[Token]) -> bool:
    """ "they", "it", "his country": a party named earlier that the pronoun refers to, even
    when the resolver cannot say which (the subject of a refusal is someone refusing)."""
    return any(
        h.lower_ in REFERRING
        or any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in kids(h))
        for h in heads
    )
