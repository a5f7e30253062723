"""Things a quoted speaker calls "ours": "our troops", "our patrol", "my country".

Inside a quote "we" and "I" are the speaker (coder); a first-person possessive makes the
speaker's side the owner, as "its troops" makes the state "it" stands for the owner
(actors.resolver): "Our soldiers did not fire", "shelled our nuclear plant", "attacked our
patrol". Relational nouns ("our allies", "our neighbours") name other parties and are left
to the resolver.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from redline.actors.sectors import is_relational
from redline.nlp.tree import kids
from redline.records import Entity

FIRST_PERSON_OWNERS = frozenset({"our", "my", "ours"})


def speaker_owned(tok: Token, found: list[Entity], speaker: list[Entity]) -> list[Entity] | None:
    """The speaker's side for an uncoded "our X" in a quote (None when the rule does not
    apply); keeps the sector the noun itself names ("our soldiers": MIL)."""
    if not speaker or any(e.code for e in found) or is_relational(tok.lemma_):
        return None
    if not any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON_OWNERS for c in kids(tok)):
        return None
    phrase = tok.doc[tok.left_edge.i : tok.i + 1]
    where = {"text": phrase.text, "start": phrase.start_char, "end": phrase.end_char}
    out = []
    for s in speaker:
        code = s.country or s.code
        if not code:
            continue
        sector = next((e.sector for e in found if e.sector), None) or s.sector
        out.append(replace(s, code=code, country=code, sector=sector, name=None, **where))
    return out or None
