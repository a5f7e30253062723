"""Predicate-argument frames: which words carry an event, and which noun phrases fill
its actor and recipient slots, read off the dependency parse.

A frame holds token heads only; the coder resolves them to actors. Verbs take their
subject as actor (the agent for passives) and their object or a listed preposition's
object as recipient; nouns take a possessor, a nationality modifier, or the subject of
the light verb they hang from ("imposed sanctions on Russia").

This module holds the Frame and the readers of a verb's arguments; frame_finder finds a
sentence's frames (verb_frames, noun_frames), threat_frames reads threats off speech verbs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from redline.events.arguments import issuer, party_noun, stray_agent
from redline.events.dates import WEEKDAYS
from redline.events.lexicon import Trigger
from redline.events.misparsed_subjects import participle_subject, root_noun_subject
from redline.events.modality import call_to
from redline.events.recipients import datives
from redline.events.stopping_short import stopped_short
from redline.nlp.tree import kids

SUBJ = ("nsubj", "csubj")
DEFAULT_RECIP_PREPS = ("against", "on", "with", "at", "toward", "towards", "into")
REPORTING_VERBS = frozenset({"say", "tell", "report", "add", "announce", "state", "claim"})
OBJECT_CONTROL = frozenset(
    "urge ask call press invite tell order force persuade encourage "
    "allow help push appeal implore".split()
)


@dataclass
class Frame:
    trigger: Trigger
    head: Token  # the token whose clause decides modality
    tokens: list[Token]  # the words shown as the trigger
    actor_heads: list[Token] = field(default_factory=list)
    recipient_heads: list[Token] = field(default_factory=list)
    speaker_is_actor: bool = False  # threat predicates: the speaker threatens
    rule: str = "verb"
    weak: bool = False  # a noun mention: an event only if an actor or recipient resolves


def with_conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in kids(tok):
        if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON"):
            out.extend(with_conjuncts(c))
    return out


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    out: list[Token] = []
    for c in kids(tok):
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            out.extend(g for g in kids(c) if g.dep_ == "pobj" and not _is_time(g))
    return out


def _is_time(tok: Token, terms: bool = False) -> bool:
    """ "on Tuesday", "in 2004": a date is never a participant. With terms, a length of time
    may still complete a phrasal verb ("sentenced to five years")."""
    if terms and tok.lemma_.lower() in ("year", "month"):
        return False
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in WEEKDAYS


# Verbs with no passive: the tagger still reads "Trump reneged on the deal" as a participle.
NO_PASSIVE = frozenset(
    "renege resign rally riot mutiny defect abstain retreat backtrack capitulate relent "
    "collude rebel".split()
)


def verb_subjects(verb: Token, depth: int = 0) -> list[Token]:
    """The actor heads of a verb, climbing through conjunctions, xcomps and relative clauses."""
    if any(c.dep_ == "nsubjpass" for c in kids(verb)):
        agents = [
            g for c in kids(verb) if c.dep_ == "agent" for g in kids(c) if g.dep_ == "pobj"
        ]
        return agents or stray_agent(verb)
    subj = [participle_subject(c) or c for c in kids(verb) if c.dep_ in SUBJ]
    if (
        subj
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() not in NO_PASSIVE
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in kids(verb))
    ):
        return []  # "two others injured": a reduced passive; its subject is the victim
    if subj or depth > 3:
        return subj
    if verb.tag_ == "VBG" and verb.dep_ in ("pobj", "pcomp", "dobj", "nsubj", "nsubjpass"):
        # a gerund used as a noun: "killed in police firing", "Israeli shelling"
        mods = [c for c in kids(verb) if c.dep_ in ("compound", "amod", "poss", "nmod")]
        if mods:
            return mods
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "civilians evacuated by Britain"
        agents = [g for c in kids(verb) if c.dep_ == "agent"
                  for g in kids(c) if g.dep_ == "pobj" and party_noun(g)]
        if agents:
            return agents
    if (root := root_noun_subject(verb)) is not None:
        return [root]  # "Doctors from a French charity donated ...": a misparse
    head = verb.head
    if any(c.dep_ == "auxpass" for c in kids(verb)):
        return []  # "... and were arrested": the shared subject is the one arrested
    if verb.dep_ == "conj" and head is not verb:
        if verb.tag_ != "VBN" and (patient := [c for c in kids(head) if c.dep_ == "nsubjpass"]):
            return patient  # "was indicted by a jury and will resign": the one indicted resigns
        return verb_subjects(head, depth + 1)
    if verb.dep_ == "xcomp" and head is not verb:
        passive_subj = [c for c in kids(head) if c.dep_ == "nsubjpass"]
        if passive_subj:
            return passive_subj  # "the police were forced to open fire"
        objs = [c for c in kids(head) if c.dep_ == "dobj"]
        if head.lemma_.lower() in OBJECT_CONTROL and objs and not call_to(head):
            return objs  # "urged Iran to talk"; but "called Macron to congratulate him"
        if head.pos_ in ("VERB", "AUX"):
            return verb_subjects(head, depth + 1)
        if head.dep_ in ("acomp", "amod") and head.head is not head:  # "ready to talk"
            return verb_subjects(head.head, depth + 1)
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG"):
        if (gov := issuer(head)) is not None:  # "issued a statement condemning ..."
            return verb_subjects(gov, depth + 1)
        return [head]  # "troops who fired", "troops firing on the crowd"
    if (
        verb.dep_ == "advcl"
        and head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb))
    ):
        return verb_subjects(head, depth + 1)  # "staged rallies to protest ...": same doer
    if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and verb.tag_ == "VBG":
        if head.lemma_.lower() not in REPORTING_VERBS:  # ", the air force said, hitting ..."
            return verb_subjects(head, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return verb_subjects(head.head, depth + 1)  # "after hosting a summit, Macron ..."
    if verb.dep_ == "pcomp" and stopped_short(head):
        return verb_subjects(head.head.head, depth + 1)  # "X stopped short of endorsing"
    if verb.dep_ == "acl" and head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX"):
        return verb_subjects(head.head, depth + 1)  # "Washington has no plans to deploy"
    if verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and (
        active_form(verb)
    ):
        # a misparse: "Opposition parties called on X to ..." read as a noun phrase with a
        # reduced relative; in a sentence with no other verb it is the main verb
        return [head]
    return []


def active_form(verb: Token) -> bool:
    """A past form that cannot be a passive participle here: a past-tense tag, a direct
    object, or "called on/for"."""
    if verb.tag_ == "VBD" or any(c.dep_ == "dobj" for c in kids(verb)):
        return True
    return verb.lemma_.lower() == "call" and any(
        c.dep_ == "prep" and c.lower_ in ("on", "for") for c in kids(verb))


def verb_objects(verb: Token, trig: Trigger) -> list[Token]:
    passive = [c for c in kids(verb) if c.dep_ == "nsubjpass"]
    if passive:
        return passive
    objs = [c for c in kids(verb) if c.dep_ == "dobj"] + datives(verb)
    preps = trig.recip or DEFAULT_RECIP_PREPS
    return objs + _pobjs(verb, preps)


def _particle(verb: Token, skip_time: bool = False) -> dict[str, None]:
    """Particles and prepositions of a verb ("pull out", "call for"); with skip_time, not a
    preposition that only introduces a date ("called on Tuesday"). In sentence order (a
    dict, not a set), so that the first phrasal key to match is the same on every run."""
    out: dict[str, None] = {}
    for c in kids(verb):
        if c.dep_ == "prt" or (
            c.dep_ == "prep"
            and not (
                skip_time
                and all(_is_time(g) for g in kids(c) if g.dep_ == "pobj")
                and any(g.dep_ == "pobj" for g in kids(c))
            )
        ):
            out.setdefault(c.lower_)
    return out
