"""Forecasts are not threats. PLOVER's THREATEN is a coercive warning by the one who would
act; someone else saying what a party may do, or what may happen, threatens nothing:
"India may retaliate, analysts say", "experts warned that fighting could resume", "the envoy
warned that the war could spread". A speaker who says a party will *face* coercion does
threaten it: "told Baghdad that Iraq would face a military attack", "warned that Pyongyang
would face tougher sanctions" (CAMEO 13x, the speaker against the one who faces it).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from redline.events.lexicon import Lexicon
from redline.nlp.tree import kids
from redline.records import Entity

# People whose job is to comment on others: what they expect others to do is no act of theirs.
COMMENTATORS = frozenset(
    "analyst expert observer commentator pundit economist scholar academic researcher "
    "strategist specialist forecaster pollster historian".split()
)
# Coercion one side brings on another: "would face a military attack / sanctions / war".
COERCIVE_NOUNS = frozenset(
    "attack strike force action war sanction tariff embargo blockade punishment".split()
)
FACING_VERBS = frozenset({"face", "risk"})
# Of these, the ones that restrict rather than hurt (PLOVER THREATEN mode "restrict").
RESTRICTING_NOUNS = frozenset({"sanction", "tariff", "embargo", "blockade"})
# Things that happen without a doer: "warned that fighting could resume / the war may spread".
HAPPENINGS = frozenset(
    "war fighting violence conflict crisis unrest tension hostility clash bloodshed "
    "situation instability chaos".split()
)
SUBJ = ("nsubj", "nsubjpass")


def commentator(speech_verb: Token) -> bool:
    """ "analysts say", "experts warned": the speaker is a commentator."""
    return any(
        c.dep_ in SUBJ and c.lemma_.lower() in COMMENTATORS for c in kids(speech_verb)
    )


def faces_coercion(tok: Token) -> bool:
    """ "(Iraq) would face a military attack": a coercive noun as the object of "face"."""
    return (
        tok.dep_ == "dobj"
        and tok.lemma_.lower() in COERCIVE_NOUNS
        and tok.head.lemma_.lower() in FACING_VERBS
    )


def threat_mode(tok: Token) -> str:
    return "restrict" if tok.lemma_.lower() in RESTRICTING_NOUNS else "violence"


def forecast_warning(warn: Token) -> bool:
    """ "warned that the war could spread": the warned-of clause is something that happens
    (its subject an event with no doer, nothing done to anyone), not what the speaker will do."""
    for clause in (c for c in kids(warn) if c.dep_ == "ccomp"):
        subj = [c for c in kids(clause) if c.dep_ == "nsubj"]
        if (
            subj
            and all(s.lemma_.lower() in HAPPENINGS and not _has_doer(s) for s in subj)
            and not any(c.dep_ in ("dobj", "dative") for c in kids(clause))
        ):
            return True
    return False


def _has_doer(noun: Token) -> bool:
    """ "Russian aggression", "Israel's war", "the war by X" name the one who wages it."""
    return any(
        c.dep_ == "poss" or c.ent_type_ in ("NORP", "GPE", "ORG")
        or (c.dep_ == "prep" and c.lower_ == "by")
        for c in kids(noun)
    )


def said_by_another(
    head: Token,
    actors: list[Entity],
    lex: Lexicon,
    resolve: Callable[[list[Token]], list[Entity]],
    party: Callable[[Entity], object],
) -> bool:
    """ "India may retaliate, analysts say": what the clause's actor may do is reported by a
    commentator or by a different party, so it is no announcement by that actor."""
    gov = head.head
    if head.dep_ != "ccomp" or gov is head or gov.lemma_.lower() not in lex.speech_verbs:
        return False
    if commentator(gov):
        return True
    speakers = [c for c in kids(gov) if c.dep_ in SUBJ]
    if not speakers or not actors or any(s.pos_ == "PRON" for s in speakers):
        return False
    said = {party(e) for e in resolve(speakers) if e.code}
    done = {party(e) for e in actors if e.code}
    return bool(said and done and not said & done)
