"""Acts a party stopped short of: "stopped short of endorsing the plan", "fell short of
calling it genocide", "stops short of imposing sanctions". The act was not done (modality
reads it as negated), and its doer is the one who stopped short."""

from __future__ import annotations

from spacy.tokens import Token

# The verbs one stops short with ("stopped short of", "fell short of").
SHORT_HEADS = frozenset({"stop", "fall"})


def stopped_short(prep: Token) -> bool:
    """ "of" in "stopped/fell short of"."""
    short = prep.head
    return (
        prep.lower_ == "of"
        and short.lower_ == "short"
        and short.head is not short
        and short.head.lemma_.lower() in SHORT_HEADS
    )
