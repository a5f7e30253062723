"""Attacks made in words (PLOVER ACCUSE, CAMEO 111 "criticize or denounce"): an "attack" on
something no weapon can reach ("led the attack on the health bill", "attacked the ruling"),
and calling a party names ("called the minister a liar", "branded the ruling
unconstitutional"). The word lists live in data/triggers.yml (`verbal_targets`,
`insult_words`, `verbal_attack_modifiers`).
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.lexicon import Lexicon, Trigger
from redline.nlp.tree import kids, lefts

VERBAL_ATTACK_NOUNS = frozenset({"attack", "assault", "onslaught", "broadside", "offensive"})
ATTACK_VERBS = frozenset({"attack", "assault", "assail"})
TARGET_PREPS = frozenset({"on", "against", "upon"})
# Verbs of naming whose object takes a predicate: "called X a liar", "branded X a traitor".
NAMING_VERBS = frozenset({"call", "brand", "label", "dub", "deem"})


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in kids(tok):
        if c.dep_ == "conj":
            out += _conjuncts(c)
    return out


def _targets(head: Token) -> list[Token]:
    """What an attack noun is "on", or an attack verb's object, with its conjuncts."""
    heads = [
        g
        for c in kids(head)
        if (c.dep_ == "prep" and c.lower_ in TARGET_PREPS)
        for g in kids(c)
        if g.dep_ == "pobj"
    ] + [c for c in kids(head) if c.dep_ == "dobj"]
    if head.dep_ == "dobj" and head.pos_ != "VERB":  # "launched an attack [on the law]"
        heads += [
            g
            for c in kids(head.head)
            if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
            for g in kids(c)
            if g.dep_ == "pobj"
        ]
    return [t for h in heads for t in _conjuncts(h)]


def verbal_attack(head: Token, lex: Lexicon) -> bool:
    """An attack noun or verb that is criticism: a verbal modifier ("a scathing attack") or a
    target that is a text, measure or proceeding ("an attack on the bill and its author")."""
    lemma = head.lemma_.lower()
    if head.pos_ == "VERB":
        if lemma not in ATTACK_VERBS:
            return False
    elif lemma not in VERBAL_ATTACK_NOUNS:
        return False
    else:
        if any(c.dep_ == "amod" and c.lower_ in lex.verbal_attack_modifiers for c in kids(head)):
            return True
    return any(t.lemma_.lower() in lex.verbal_targets for t in _targets(head))


def verbal_trigger(key: str, recip: tuple[str, ...]) -> Trigger:
    return Trigger(key=f"verbal {key}", type="ACCUSE", mode="disapprove", cameo="111", recip=recip)


def _insulting(pred: Token, lex: Lexicon) -> bool:
    words = [pred] + [c for c in kids(pred) if c.dep_ == "amod"]
    return any(w.lemma_.lower() in lex.insult_words or w.lower_ in lex.insult_words for w in words)


def name_calling(verb: Token, lex: Lexicon) -> tuple[list[Token], Token] | None:
    """ "called the minister a liar", "branded the ruling unconstitutional": the one named
    and the insulting predicate, or None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in NAMING_VERBS:
        return None
    named = [c for c in kids(verb) if c.dep_ == "dobj"]
    preds = [c for c in kids(verb) if c.dep_ in ("oprd", "xcomp", "ccomp")]
    preds = [t for p in preds for t in _conjuncts(p)]
    if not named:  # the parser may take the one named for the predicate and hang the insult
        # on it as an apposition ("called [the envoy] [a truly incompetent man]")
        for p in preds:
            insult = next((a for a in kids(p) if a.dep_ == "appos" and _insulting(a, lex)), None)
            if insult is not None:
                return [p], insult
            # or hang the one named under the predicate: "called [the new law] unconstitutional",
            # "branded [the strike] illegal"
            inner = [a for a in lefts(p) if a.dep_ in ("nsubj", "compound", "amod")
                     and a.pos_ in ("NOUN", "PROPN", "VERB") and a.tag_ != "VBN"]  # fmt: skip
            if inner and p.lemma_.lower() in lex.insult_words:
                return inner[-1:], p
    if not named or not any(_insulting(p, lex) for p in preds):
        return None
    return named, next(p for p in preds if _insulting(p, lex))
