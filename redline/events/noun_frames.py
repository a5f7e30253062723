"""Frames of event nouns ("Israeli strikes on Gaza", "imposed sanctions on Russia", "a wave of
arrests") and of aid-giver predicates ("X is the biggest donor to Y").
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.aid_givers import arriving_from, giver_predicate
from redline.events.attack_happenings import going_off, lived_through, struck, survivors
from redline.events.casualty_causes import casualty_cause
from redline.events.frames import DEFAULT_RECIP_PREPS, Frame, _pobjs
from redline.events.lexicon import Lexicon, Trigger, verb_lemma
from redline.events.noun_actors import light_verb_subjects, noun_actor_heads
from redline.events.noun_triggers import _noun_trigger
from redline.events.recipients import undergoer
from redline.events.senses import advisory, confinement_state, other_noun_sense, presupposed

HAPPEN_VERBS = frozenset(
    "begin start resume continue open end break erupt intensify escalate collapse fail".split()
)
POSS_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my"})


def _counted_by(noun: Token, lex: Lexicon) -> Token:
    """ "dozens of arrests", "a wave of raids": the quantity noun that stands in the clause
    for the event noun it counts (else the noun itself)."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of":
        if prep.head.lemma_.lower() in lex.quantity_nouns:
            return prep.head
    return noun


def _giver_frame(noun: Token) -> Frame | None:
    """ "X is the biggest donor to Y" (events.aid_givers)."""
    found = giver_predicate(noun)
    if found is None:
        return None
    trig, subj, recips = found
    return Frame(trig, noun.head, [noun], subj, recips, rule="giver predicate")


def _noun_frame(noun: Token, lemma: str, lex: Lexicon) -> Frame | None:
    trig = _noun_trigger(noun, lex)
    if trig is None or other_noun_sense(noun, trig) or presupposed(noun):
        return None
    if confinement_state(noun):  # "died in police custody"
        return None
    came = arriving_from(noun) if trig.type == "AID" else None
    if came and not _pobjs(noun, ("from", "by")) and not noun_actor_heads(noun)[0]:
        # "donations poured in from Canada": the giver; the arrival verb is no visit
        givers, recips = came
        return Frame(trig, noun, [noun, noun.head], givers,
                     _pobjs(noun, trig.recip or ("to",)) or recips, rule="noun (arriving from)")
    if trig.type == "THREATEN" and advisory(noun, lex):  # "a flood alert for the valley"
        return None
    actors, how = noun_actor_heads(noun)
    if actors and all(a.lower_ in trig.key.split() and not a.n_lefts for a in actors):
        actors, how = [], "none"  # "hunger" of "hunger strike" (not "Russian drone attacks")
    recips = _pobjs(noun, trig.recip or DEFAULT_RECIP_PREPS)
    gov = noun.head
    counted = _counted_by(noun, lex)  # "a number of arrests were made": the count is the object
    governed_by_light = (
        counted.dep_ in ("dobj", "nsubjpass") and verb_lemma(counted.head, lex) in lex.light_verbs
    )
    if governed_by_light:
        gov = counted.head
    who = [] if recips else undergoer(noun)
    if who:  # "X drew criticism from Y"; a bare "X faces arrest" names no doer and stays out
        doers = actors or _pobjs(gov, ("from", "by"))
        if doers and not actors:
            actors, how = doers, "'from' phrase"
        recips = who if actors else []
    if governed_by_light:
        # "began their assault": a possessive pronoun is bound by the light verb's subject
        if not actors or all(a.lower_ in POSS_PRONOUNS for a in actors):
            subj, via = light_verb_subjects(counted, lex)
            if subj or not actors:
                actors, how = subj, via
        if not recips:
            recips = _pobjs(gov, trig.recip or DEFAULT_RECIP_PREPS)
    elif not actors:
        actors, how = light_verb_subjects(noun, lex)  # "claimed responsibility for X"
    is_subject = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "ROOT"
    # "a car bomb exploded outside X", "survived an assassination attempt" (attack_happenings)
    went, lived = _attack_happened(noun, trig, lex)
    if went is not None and not recips:
        recips = struck(went)
    if lived is not None:  # who survived it, rather than where ("an ambush on a road")
        recips = survivors(lived) or recips
    # "six were killed in grenade attacks", "died as a result of torture": the casualties' cause
    cause = casualty_cause(noun)
    # "Talks will begin on Monday", "Fighting resumed": the event is the subject.
    happens = noun.dep_ == "nsubj" and noun.head.lemma_.lower() in HAPPEN_VERBS
    # A bare mention ("the deal") is an anaphor, not a new event; a heading with no verb
    # ("Pledges in Paris") names a topic, not an event.
    attack = went or lived
    if not (governed_by_light or actors or recips or is_subject or cause or attack):
        return None
    tokens = [gov, noun] if governed_by_light else [noun]
    frame = Frame(trig, noun, tokens, actors, recips, rule=f"noun ({how})")
    frame.weak = not (governed_by_light or happens or cause or attack)
    return frame


def _attack_happened(noun: Token, trig: Trigger, lex: Lexicon) -> tuple[Token | None, ...]:
    """The verb an attack noun went off or hit through, or the one its target lived through
    or the police foiled; a verb that is a trigger itself ("the strike killed six") codes
    the attack with the noun as its actor."""
    if trig.type != "ASSAULT":
        return None, None
    went = going_off(noun)
    if went is not None and verb_lemma(went, lex) in lex.verbs:
        went = None
    return went, lived_through(noun)
