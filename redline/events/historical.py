"""PLOVER's historical mode: a date, era or past phrase that places an act before the
article's time ("in the 2008 war", "during the Cold War", "two years ago")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from redline.events.year_counts import counted_number
from redline.nlp.sentences import ents_of, sentence_of, span_text
from redline.nlp.tree import kids

_SPAN_PREPS = frozenset({"in", "during"})
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)s?\b")
_PAST_PHRASE = re.compile(
    r"\b(earlier this year|last year|years ago|decades ago|in the past|back in \d{4})\b", re.I
)
_ERA = re.compile(r"\b(cold war|world war|soviet era|the \d0s|\d{4}s)\b", re.I)


def _attached(tok: Token, anchors: set[int], hops: int = 3) -> bool:
    """Does the date phrase hang from one of the anchor tokens ("Early in 2022, ...")?"""
    for _ in range(hops):
        tok = tok.head
        if tok.i in anchors:
            return True
        if tok.head is tok:
            return False
    return False


def historical_reason(tok: Token, verb: Token, article_year: int | None) -> str | None:
    """Why the act of trigger `tok` (in the clause of `verb`) lies in the past, or None."""
    sent = sentence_of(verb)
    root = sent.root
    anchors = {verb.i, tok.i}
    # A clause's own date overrides the main clause's only when it places it in time by
    # itself ("in the spring" does not; "in 2022" does).
    own_date = any(
        e.label_ == "DATE"
        and e.root.head.i in anchors
        and (_YEAR.search(e.text) or "ago" in e.text)
        for e in ents_of(verb)
    )
    if not own_date:
        anchors.add(root.i)  # "Early in 2022, troops pushed ... before withdrawing"
    m = _PAST_PHRASE.search(span_text(sent))
    if m:
        return f"historical: '{m.group(0)}'"
    for ent in ents_of(verb):
        if ent.label_ not in ("DATE", "EVENT"):
            continue
        if not _attached(ent.root, anchors):
            continue
        if _ERA.search(ent.text):
            return f"historical: '{ent.text}'"
        m = _YEAR.search(ent.text)
        if m and article_year and int(m.group(1)) < article_year - 1 and not counted_number(ent):
            return f"historical: '{ent.text}' before the article year"
        if "ago" in ent.text.lower() and "year" in ent.text.lower():
            return f"historical: '{ent.text}'"
    for c in list(kids(verb)) + list(kids(root)):
        if c.dep_ == "prep" and c.lower_ in _SPAN_PREPS and article_year:
            for t in c.subtree:  # "in the 2008 war": a bare year, not a DATE entity
                m = _YEAR.fullmatch(t.text)
                if m and t.dep_ in ("nummod", "compound", "amod") and t.head.dep_ == "pobj":
                    if int(m.group(1)) < article_year - 1:
                        return f"historical: '{t.text} {t.head.text}' before the article year"
        if c.dep_ == "prep" and c.lower_ == "during":
            obj = " ".join(t.text for t in c.subtree)
            if _ERA.search(obj) or _YEAR.search(obj):
                return f"historical: '{obj}'"
    return None
