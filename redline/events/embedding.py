"""Which coded events a sentence reports, and which only sit inside another event's clause.

"Turkey condemned the attack on the convoy", "Iran urged the rebels to stop the shelling",
"the court ordered an inquiry into the killing": the attack, the shelling and the killing
are what the comment, the appeal or the order is about. Event data counts the act the
sentence reports (the condemnation, the appeal, the order), as dictionary coders do by coding
the main clause. An event whose trigger hangs below another event's trigger through an
embedding arc (object, complement, prepositional object, relative or purpose clause) is
therefore dropped in favour of the one above it.

Two kinds of arc keep both events: coordination ("shelled the town and seized the bridge")
a clause or phrase that places a second event in time ("Putin warned X after Macron announced
Y", "withdrew after heavy shelling") and
a condition ("if NATO sends troops, Moscow will respond"). An event in a time clause that is
only background to the main act is dropped afterwards (background.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from redline.events.arguments import party_id
from redline.events.background import background, said_on_call, spoken_to
from redline.events.modality import call_to, dispatched, purpose
from redline.events.response_means import responded_by
from redline.events.verdicts import sentenced_convictions
from redline.nlp.tree import kids
from redline.records import EventRecord

# Subordinators that date or condition one event on another rather than embed it.
SEPARATE_MARKERS = frozenset({"after", "before", "when", "while", "until", "once", "if", "unless"})
MAX_HOPS = 8
NOT_HAPPENED = frozenset({"negated", "hypothetical"})
# Clauses whose coordinated verbs share their embedding ("urged X to stop ... and release ...")
EMBEDDED_CLAUSES = frozenset({"relcl", "acl", "xcomp", "ccomp", "pcomp"})


# Prepositions that place an event noun in time: "withdrew after heavy shelling".
TIME_PREPOSITIONS = frozenset({"after", "following", "before"})


def _separate(tok: Token) -> bool:
    if tok.dep_ == "prep":
        return tok.lower_ in TIME_PREPOSITIONS
    for c in kids(tok):
        if c.dep_ == "mark" and c.lower_ in SEPARATE_MARKERS:
            return True
        if c.dep_ == "prep" and c.lower_ in TIME_PREPOSITIONS:  # "after which the police ..."
            if any(g.dep_ == "pobj" and g.tag_ == "WDT" for g in kids(c)):
                return True
    return False


def _side_by_side(tok: Token) -> bool:
    """A clause of its own next to its head's: a coordinated verb ("condemned X and said
    ..."), a loosely attached one, a time or a condition. Coordinated nouns ("the attack and
    the kidnapping") stay inside whatever holds the first one."""
    if tok.dep_ == "conj":
        return tok.pos_ in ("VERB", "AUX")
    if tok.dep_ in ("advcl", "xcomp") and purpose(tok) and call_to(tok.head):
        return True  # "phoned Modi to offer condolences": the call and what was said on it
    return tok.dep_ == "parataxis" or _separate(tok)


def governing_trigger(tok: Token, triggers: set[int]) -> int | None:
    """The nearest other trigger above `tok` that embeds it, or None when none does."""
    first = tok
    while first.dep_ == "conj" and first.pos_ in ("VERB", "AUX") and first.head.i != first.i:
        first = first.head
    if first.dep_ in EMBEDDED_CLAUSES:
        tok = first  # "the attack which killed 9 and injured 30": as embedded as "killed"
    cur, embedded = tok, False
    if dispatched(tok):
        cur = tok.head  # "sent jets to bomb X": both acts, each as embedded as the sending
    for _ in range(MAX_HOPS):
        if cur.head.i == cur.i or _side_by_side(cur):
            return None
        embedded = embedded or cur.dep_ != "conj"
        cur = cur.head
        if cur.i in triggers:
            return cur.i if embedded else None
    return None


def main_events(coded: Iterable[tuple[Token, list[EventRecord]]]) -> list[EventRecord]:
    """The records of each frame (keyed by its trigger token) that the sentence reports.
    An embedded frame keeps only its negated and hypothetical records: what a denial, a
    refusal, a threat or a condition is about, marked so that no one reads it as done.
    A governing event with no recipient of its own takes the embedded event's: "warned
    that Slovakia could cut supplies to Ukraine" is a threat to Ukraine."""
    pairs = list(coded)
    by_head = {tok.i: recs for tok, recs in pairs}
    triggers = set(by_head)
    out: list[tuple[Token, EventRecord]] = []
    # "retaliated by expelling X": the means is the act, the bare response is dropped
    answered = {r.i for tok, _ in pairs if (r := responded_by(tok)) is not None and r.i in by_head}
    for tok, recs in pairs:
        if tok.i in answered:
            continue
        gov = None if responded_by(tok) is not None else governing_trigger(tok, triggers)
        if dispatched(tok) and tok.head.i in by_head:  # "deployed jets to protect Poland"
            _lend_recipients(by_head[tok.head.i][0], recs[0])
        if gov is None:
            out.extend((tok, r) for r in recs)
            continue
        _lend_recipients(by_head[gov][0], recs[0])
        out.extend((tok, r) for r in recs if r.modality in NOT_HAPPENED)
    # an event in a time clause is background to a main act that happened (background.py)
    behind = {id(r) for tok, r in out if background(tok, r)}
    if any(id(r) not in behind and r.modality not in NOT_HAPPENED for _, r in out):
        out = [(tok, r) for tok, r in out if id(r) not in behind]
    channel = said_on_call(out)  # "called X to congratulate him" is the congratulation
    out = [(tok, r) for tok, r in out if tok.i not in channel]
    spoken = spoken_to(out)  # "Speaking to Xi, the president reaffirmed ...": the reaffirming
    for tok, r in out:
        if tok.i in spoken:
            _lend_recipients(spoken[tok.i], r)
    out = [(tok, r) for tok, r in out if tok.i not in spoken]
    verdict = sentenced_convictions(out)  # "convicted X and sentenced him": the sentence
    out = [(tok, r) for tok, r in out if id(r) not in verdict]
    return [r for _, r in out]


def _lend_recipients(governing: EventRecord, embedded: EventRecord) -> None:
    if governing.recipient:
        return
    own = {party_id(e) for e in governing.actor}
    lent = [e for e in embedded.recipient if party_id(e) not in own]
    if lent:
        governing.recipient = lent
        governing.why += f"; recipient from the embedded '{embedded.trigger.text}'"
