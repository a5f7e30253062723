"""What an allegation says: "amid allegations that agents bugged the embassy", "over claims
that police beat detainees", "following accusations of torture by guards". The bugging, the
beating and the torture are what someone alleges, not what the sentence reports as done; the
sentence's news is the act the allegation prompted (a recall, a resignation, a probe). Such an
event is background (background.py): dropped when the sentence reports a main act that
happened, kept (as the sentence's only news) otherwise.
"""

from __future__ import annotations

from spacy.tokens import Token

MAX_HOPS = 6
# Nouns whose content clause or "of" phrase is an unproven claim. Reports and statements are
# left out: what a report says is often the news itself (noun_clauses.TEXT_NOUNS).
ALLEGATION_NOUNS = frozenset(
    "allegation accusation claim charge suspicion rumour rumor speculation assertion".split()
)
# Arcs by which a verb opens a clause of its own (said, intended, done alongside).
OWN_CLAUSE = frozenset({"ccomp", "xcomp", "advcl", "parataxis", "ROOT"})


def _allegation(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in ALLEGATION_NOUNS


def alleged(tok: Token) -> bool:
    """The trigger sits in the content of an allegation noun: its clause ("claims that X
    shelled Y") or its "of" phrase ("accusations of torture")."""
    cur = tok
    for _ in range(MAX_HOPS):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "acl" and _allegation(cur.head):
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and _allegation(cur.head.head):
            return True
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in OWN_CLAUSE:
            return False
        cur = cur.head
    return False
