"""Background events: what a sentence mentions to place its main act in time or to describe
one of its parties, rather than reports as news of its own.

"The strikers called off the walkout after reaching a deal with the ministry", "Troops
withdrew from the town, two weeks after the rebels' offensive", "The envoy met the minister
while holding talks in Geneva": the agreement, the offensive and the talks are background to
the act the sentence reports. Such an event is dropped when the sentence reports a main act
that happened; with no such act it is the sentence's only news and is kept. Violence,
coercion, protest, concessions and retreats are kept wherever they are mentioned ("suspended
aid after gunmen attacked a convoy" reports the attack as well), unless an "after" clause
refers to them as already known: a doerless passive ("after a convoy was attacked") or a
possessed noun ("following his arrest").
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.allegations import alleged
from redline.events.modality import purpose
from redline.events.noun_clauses import description
from redline.nlp.tree import kids
from redline.records import EventRecord

# Subordinators and prepositions that date one event by another ("after", "while").
TIME_MARKERS = frozenset({"after", "before", "while", "until"})
TIME_PREPOSITIONS = frozenset({"after", "following", "before"})
ANTERIOR = frozenset({"after", "following"})
MAX_HOPS = 12
NOT_DONE = frozenset({"negated", "hypothetical"})
# Violence, coercion, protest and a yielding or retreating party are news wherever the
# sentence mentions them: "withdrew after the convoy was attacked" reports the attack too,
# "extended the sanctions after Hungary dropped its veto" the concession.
ALWAYS_NEWS = frozenset({"ASSAULT", "COERCE", "PROTEST", "CONCEDE", "RETREAT"})


def _time_clause(tok: Token) -> bool:
    if tok.dep_ == "prep" and tok.lower_ in TIME_PREPOSITIONS:
        return True
    marks = [c for c in kids(tok) if c.dep_ == "mark" and c.lower_ in TIME_MARKERS]
    # "..., while also condemning X": an added act, not a time
    also = any(c.dep_ == "advmod" and c.lower_ == "also" for c in kids(tok))
    return bool(marks) and not also


def background(tok: Token, rec: EventRecord) -> bool:
    """A done, non-violent act whose trigger sits in a time clause or phrase ("after reaching
    a deal"), or a done act told in a clause that describes a noun (noun_clauses.py: violence
    only when told as past, "where the militia had shelled a market"). What has not happened
    ("until the army frees them") is left to its modality."""
    if rec.modality in NOT_DONE:
        return False
    if alleged(tok):  # "resigned over claims that police beat detainees" (allegations.py)
        return True
    # an arrest stays news even when told of a party ("X, who was arrested in May, ..."):
    # police-event data counts each one; "aid which will help ..." tells what the aid is for
    told = rec.mode != "arrest" and rec.modality != "future"
    if told and description(tok, rec.event_type in ALWAYS_NEWS):
        return True
    news = rec.event_type in ALWAYS_NEWS
    cur = tok
    path: list[Token] = []
    for _ in range(MAX_HOPS):
        if cur.head.i == cur.i:
            return False
        path.append(cur)
        if _time_clause(cur):
            return not news or (_anterior(cur) and _known_past(path))
        cur = cur.head
    return False


def _anterior(clause: Token) -> bool:
    """ "after ...", "following ...": the clause tells what came before the main act ("while"
    tells what went on alongside it: "six were hurt while 40 were arrested" are both news)."""
    if clause.dep_ == "prep":
        return clause.lower_ in ANTERIOR
    return any(c.dep_ == "mark" and c.lower_ in ANTERIOR for c in kids(clause))


def _known_past(path: list[Token]) -> bool:
    """Violence a time clause refers to as already known, not reports: a passive that hides
    its doer ("after a convoy was attacked", "after two monks were abducted") or a possessed
    noun ("after his arrest", "following last week's bombing", "after Friday's raid that killed
    six"). An active clause with its doer ("after gunmen attacked a convoy") is news of its own,
    and so is a pluperfect, which is often only reported speech ("after the army said it had
    shelled the town")."""
    for t in path:
        deps = {c.dep_ for c in kids(t)}
        if t.pos_ in ("VERB", "AUX") and "auxpass" in deps:
            return True
        if t.pos_ in ("NOUN", "PROPN") and "poss" in deps:
            return True
    return False


def said_on_call(out: list[tuple[Token, EventRecord]]) -> set[int]:
    """Phone calls whose stated purpose is coded as an act of its own: "called Seoul to
    congratulate the new president" is the congratulation (SUPPORT); the call is only how it
    was made. A call "to discuss" stays a call (its purpose is a CONSULT)."""
    calls = {tok.i for tok, r in out if r.event_type == "CONSULT" and r.mode == "phone"}
    return {
        tok.head.i
        for tok, r in out
        if tok.head.i in calls
        and tok.dep_ in ("advcl", "xcomp", "conj")
        and purpose(tok)
        and r.event_type != "CONSULT"
        and r.modality not in NOT_DONE
    }


# Verbs of conversation that, as a participle opening the sentence, say whom a statement was
# made to: "Speaking to Xi, the president reaffirmed ...", "Talking with Macron by phone,
# Scholz pledged ...".
CONVERSATION_VERBS = frozenset({"speak", "talk"})


def spoken_to(out: list[tuple[Token, EventRecord]]) -> dict[int, EventRecord]:
    """Conversations told as a participle on a clause that reports what was said there: the
    statement is the act and the conversation only its channel, as with a call's purpose
    (`said_on_call`). Maps each such conversation's trigger to the act it carried."""
    found: dict[int, EventRecord] = {}
    for tok, r in out:
        if not (
            r.event_type == "CONSULT"
            and tok.lemma_.lower() in CONVERSATION_VERBS
            and tok.tag_ == "VBG"
            and tok.dep_ == "advcl"
            and not any(c.dep_ == "mark" for c in kids(tok))
        ):
            continue
        clause = {t.i for t in tok.subtree}
        main = tok.head
        said = [
            r2
            for t2, r2 in out
            if t2.i not in clause
            and r2.event_type != "CONSULT"
            and r2.modality not in NOT_DONE
            and (t2.i == main.i or main in t2.ancestors)
        ]
        if said:
            found[tok.i] = said[0]
    return found
