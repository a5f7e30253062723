"""One verdict, one event: a court that "convicted X of fraud and sentenced him to five years"
made one judicial decision. PLOVER codes it by its penalty (COERCE for prison, SANCTION for a
fine or other sentence), so the conviction (ACCUSE) told next to the sentence is not coded
as a second event. A conviction told alone stays ACCUSE.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.records import EventRecord

CONVICTING = frozenset({"convict", "find"})  # "found him guilty ... and sentenced him"
SENTENCING = frozenset({"sentence", "jail", "imprison", "fine"})
PENALTY_TYPES = frozenset({"COERCE", "SANCTION"})
NOT_DONE = frozenset({"negated", "hypothetical"})


def sentenced_convictions(out: list[tuple[Token, EventRecord]]) -> set[int]:
    """Ids of ACCUSE records from a conviction verb in a sentence that also codes a done
    sentencing by a court."""
    sentenced = any(
        r.event_type in PENALTY_TYPES
        and tok.lemma_.lower() in SENTENCING
        and r.modality not in NOT_DONE
        for tok, r in out
    )
    if not sentenced:
        return set()
    return {
        id(r)
        for tok, r in out
        if r.event_type == "ACCUSE" and tok.lemma_.lower() in CONVICTING
    }
