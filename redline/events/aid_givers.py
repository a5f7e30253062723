"""Aid told through who gives it rather than a verb of giving (PLOVER AID, CAMEO 07):
"Japan is the biggest donor of food aid to Somalia", "Norway remains one of the largest
donors to the Palestinians" (a giver noun said of a party), and "donations poured in from
Canada", "aid arrived from Turkey" (aid arriving from a party: the "from" phrase gives it).
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.lexicon import Trigger
from redline.nlp.tree import kids

# Nouns naming one who gives aid; said of a party ("X is a major donor"), X gives it.
GIVER_NOUNS = {"donor": Trigger(key="donor", type="AID", cameo="071", recip=("to", "in", "for"))}
COPULAS = frozenset({"be", "remain", "become", "stay", "rank"})
# Verbs of aid reaching a place: their subject is the aid, "from" its giver, "to" its recipient.
ARRIVAL_VERBS = frozenset("come arrive pour flow stream trickle flood".split())


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    return [g for c in kids(tok) if c.dep_ == "prep" and c.lower_ in preps
            for g in kids(c) if g.dep_ == "pobj"]  # fmt: skip


def giver_predicate(noun: Token) -> tuple[Trigger, list[Token], list[Token]] | None:
    """ "X is the biggest donor (of aid) to Y": the trigger, X and Y."""
    trig = GIVER_NOUNS.get(noun.lemma_.lower())
    if trig is None:
        return None
    pred = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        pred = noun.head.head  # "one of the largest donors"
    if pred.dep_ != "attr" or pred.head.lemma_.lower() not in COPULAS:
        return None
    subj = [c for c in kids(pred.head) if c.dep_ == "nsubj"]
    if not subj:
        return None
    recips = _pobjs(noun, trig.recip)
    recips += [g for a in _pobjs(noun, ("of",)) for g in _pobjs(a, trig.recip)]  # "of aid to Y"
    return trig, subj, recips


def arriving_from(noun: Token) -> tuple[list[Token], list[Token]] | None:
    """Aid as the subject of an arrival verb: its giver ("from") and recipient ("to")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in ARRIVAL_VERBS:
        return None
    givers = _pobjs(verb, ("from",))
    if not givers:
        return None
    return givers, _pobjs(verb, ("to", "for"))
