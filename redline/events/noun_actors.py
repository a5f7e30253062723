"""Who does what an event noun names: its possessor, "by" phrase or party modifier, or the
subject of the light verb it hangs from ("The EU imposed sanctions", "took part in a sit-in",
"claimed responsibility for the bombing").
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.frames import _pobjs, verb_subjects
from redline.events.lexicon import Lexicon, verb_lemma
from redline.events.modality import ready_word
from redline.events.noun_triggers import _noun_trigger, _partaking
from redline.nlp.tree import kids

# Verbs of weighing one's own measure ("is considering sanctions", "drafted a ban"); not "want",
# "seek" or "demand", whose subject asks someone else to act.
OWN_MEASURES = frozenset({"SANCTION", "COERCE"})
DELIBERATING = frozenset(
    "consider weigh mull contemplate plan prepare draft propose study explore".split()
)
RESPONSIBILITY = frozenset({"responsibility", "credit"})
CLAIMING = frozenset({"claim", "accept", "admit", "take", "acknowledge"})


def noun_actor_heads(noun: Token) -> tuple[list[Token], str]:
    """Who does what a noun names: "Russia's warning", "Israeli strikes", "the EU's ban",
    "sanctions by the US", or the subject of the verb it is the object of."""
    poss = [c for c in kids(noun) if c.dep_ == "poss"]
    if poss:
        return poss, "possessor"
    by = _pobjs(noun, ("by", "from"))
    if by:
        return by, "'by' phrase"
    mods = [
        c
        for c in kids(noun)
        if c.dep_ in ("compound", "amod", "nmod")
        and (
            c.ent_type_ in ("NORP", "GPE", "ORG")
            or c.pos_ == "PROPN"
            or (c.dep_ == "compound" and c.pos_ == "NOUN")
        )
    ]  # "police firing"
    if mods:
        return mods, "modifier"
    ready = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    if ready is not None and ready_word(ready):
        # "Moscow is ready for talks": the one who is ready
        subj = [c for c in kids(ready) if c.dep_ in ("nsubj", "nsubjpass")] or [
            c for c in kids(ready.head) if c.dep_ == "nsubj"]
        if subj:
            return subj, "subject of 'ready'"
    return [], "none"


def light_verb_subjects(noun: Token, lex: Lexicon) -> tuple[list[Token], str]:
    """ "The EU imposed sanctions": the light verb's subject does what the noun names."""
    gov = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb_lemma(gov, lex) in lex.light_verbs:
        return verb_subjects(gov), f"subject of '{gov.text}'"
    if noun.dep_ == "pobj" and (joined := _partaking(gov)) is not None:
        # "youths went on a looting spree", "activists took part in a sit-in"
        return verb_subjects(joined), f"subject of '{joined.text} {gov.text}'"
    if noun.dep_ == "dobj" and gov.lemma_.lower() in DELIBERATING and (
        (ntrig := _noun_trigger(noun, lex)) is not None and ntrig.type in OWN_MEASURES
    ):
        # "Germany is weighing a ban on X": the one weighing it would impose it (but
        # "considering the request" weighs someone else's act)
        return verb_subjects(gov), f"subject of '{gov.text}'"
    claim = gov.head if noun.dep_ == "pobj" and gov.lower_ == "for" else None
    if claim is not None and claim.lemma_.lower() in RESPONSIBILITY and claim.dep_ == "dobj" and (
        claim.head.lemma_.lower() in CLAIMING
    ):
        # "the cartel claimed responsibility for the bombing": the claimer did it
        return verb_subjects(claim.head), f"claimed by the subject of '{claim.head.text}'"
    return [], "none"
