"""A four-digit number is not always a year: "fired 2000 rounds", "over 1500 were held".

The tagger labels such bare numbers DATE, and an event dated before the article year is
coded historical. A number that counts a plural noun or follows an approximator counts
things; a year is a modifier of a singular noun or a determined one ("the 1998 election",
"in 2000 polls" is rare).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from redline.nlp.tree import kids

_BARE_NUMBER = re.compile(r"\d{4}")
# words that make a number an amount: "nearly 2000", "more than 1500", "some 1800"
APPROXIMATORS = frozenset(
    {"over", "nearly", "almost", "than", "some", "approximately", "roughly", "about", "around"}
)


def counted_number(ent: Span) -> bool:
    """Is this DATE entity a bare number that counts something ("2000 rounds")?"""
    if not _BARE_NUMBER.fullmatch(ent.text.strip()):
        return False
    num = ent.root
    if num.i > 0 and num.doc[num.i - 1].lower_ in APPROXIMATORS:
        return True
    head = num.head
    return (
        num.dep_ == "nummod"
        and head.tag_ == "NNS"
        and head.i > num.i
        and not any(c.dep_ in ("det", "poss") and c.i < num.i for c in kids(head))
    )
