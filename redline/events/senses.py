"""Word senses that are not events: a trigger word read in another sense because of what it
takes as object ("released a statement" is no release of prisoners, "demands were met" no
meeting), and event nouns that only refer to a measure already in force ("violated a ban").

The per-word object lists live in data/triggers.yml (`not_objects`, `intransitive`); the
lists that cancel any verb (`non_event_objects`) are checked by the frame finder.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.arguments import party_noun
from redline.events.lexicon import Lexicon, Trigger
from redline.nlp.tree import kids, lefts

RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
# Verbs whose object is a rule, measure or deal that already exists: "violated a ban",
# "defied the curfew", "respect the truce" refer to it, they do not announce a new one.
PRESUPPOSING_VERBS = frozenset(
    "violate breach flout defy contravene circumvent evade ignore obey respect honour honor "
    "uphold".split()
)


def _objects(verb: Token, trig: Trigger, lex: Lexicon) -> list[Token]:
    """What the verb acts on: its object, its passive subject ("demands were met"), the noun a
    participle describes ("a report released by ..."), or a recipient preposition's object
    ("met with criticism")."""
    objs = [c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass")]
    objs = cause_heads(objs, verb)  # "the report that was released": the report
    objs += [c for o in objs for c in o.conjuncts]  # "received arms and financial support"
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head is not verb:
        objs.append(verb.head)
    objs += [
        g
        for c in kids(verb)
        if c.dep_ == "prep" and c.lower_ in trig.recip
        for g in kids(c)
        if g.dep_ == "pobj"
    ]
    of = [
        g
        for o in objs
        if o.lemma_.lower() in lex.quantity_nouns
        for c in kids(o)
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in kids(c)
        if g.dep_ == "pobj"
    ]  # "released a series of videos"
    return objs + of


def other_verb_sense(verb: Token, trig: Trigger, lex: Lexicon) -> bool:
    """The verb's object says it is not the event its entry names: "released a statement",
    "met the deadline", "received a letter", "withdrew its nomination", "demonstrates its
    commitment" (protest only without an object)."""
    if question(verb) or no_comment(verb):
        return True
    if trig.intransitive and any(c.dep_ in ("dobj", "ccomp") for c in kids(verb)):
        return True
    if not trig.not_objects:
        return False
    return any(o.lemma_.lower() in trig.not_objects for o in _objects(verb, trig, lex))


# "asked about his health", "when asked about the sanctions": a question, not a request. A
# request names what is asked for ("asked for help", "asked Iran to ...", an object).
QUESTION_PREPS = frozenset({"about", "after", "whether"})


def question(verb: Token) -> bool:
    if verb.lemma_.lower() != "ask":
        return False
    deps = {c.dep_ for c in kids(verb)}
    if deps & {"dobj", "dative", "xcomp", "ccomp", "oprd"}:
        return False
    return any(c.dep_ == "prep" and c.lower_ in QUESTION_PREPS for c in kids(verb))


# "declined to comment", "refused comment on the talks": CAMEO 011 "decline comment", a
# neutral statement that PLOVER does not code; no rejection of anything.
NO_COMMENT_HEADS = frozenset({"decline", "refuse"})
COMMENT_WORDS = frozenset({"comment", "elaborate"})


def no_comment(verb: Token) -> bool:
    if verb.lemma_.lower() not in NO_COMMENT_HEADS:
        return False
    return any(
        c.dep_ in ("dobj", "xcomp") and c.lemma_.lower() in COMMENT_WORDS for c in kids(verb)
    )


def other_noun_sense(noun: Token, trig: Trigger) -> bool:
    """ "the release of the report", "the withdrawal of the bill": the same object test for an
    event noun, on its "of" phrase or possessor."""
    if not trig.not_objects:
        return False
    args = [c for c in kids(noun) if c.dep_ == "poss"] + [
        g
        for c in kids(noun)
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in kids(c)
        if g.dep_ == "pobj"
    ]
    return any(a.lemma_.lower() in trig.not_objects for a in args)


# Words for a warning, and topics that make it an advisory: "a travel warning for Kenya", "a
# health alert", "a safety advisory". A hazard named as the topic ("a storm warning", "flood
# alert", `non_agents` in the lexicon) makes one too. An advisory promises no harm from its
# issuer, so it is no threat (PLOVER THREATEN: "coercive or forceful warnings").
WARNING_WORDS = frozenset({"warning", "warn", "alert", "advisory"})
ADVISORY_TOPICS = frozenset({"travel", "health", "safety"})


def advisory(tok: Token, lex: Lexicon) -> bool:
    """ "issued a travel warning", "a tsunami warning was lifted": an advisory, not a threat."""
    if tok.lemma_.lower() not in WARNING_WORDS and tok.lower_ not in WARNING_WORDS:
        return False
    topics = [c for c in lefts(tok) if c.dep_ in ("compound", "amod", "nmod")]
    if tok.dep_ == "acl" and tok.head.i == tok.i - 1:
        topics.append(tok.head)  # "a storm warning" parsed as "a storm (that is) warning"
    return any(
        t.lemma_.lower() in ADVISORY_TOPICS or t.lemma_.lower() in lex.non_agents for t in topics
    )


# Material acts, which take an object but never a content clause.
MATERIAL_TYPES = frozenset({"ASSAULT", "COERCE", "RETREAT", "MOBILIZE", "AID", "SANCTION"})
SUBJECTS = ("nsubj", "nsubjpass")


def misread_participle(verb: Token, trig: Trigger) -> bool:
    """ "said Friday captured rebel leader X has refused to talk", "detained activist Y has
    begun a hunger strike", "wounded soldier Z was flown home": a participle used as an
    adjective of the next clause's subject, which the parser reads as a verb with that clause
    as its complement. A material act takes no clause, so the clause is not its content."""
    if trig.type not in MATERIAL_TYPES or verb.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") for c in kids(verb)):
        return False
    subjects = [
        s for c in kids(verb) if c.dep_ == "ccomp" for s in kids(c) if s.dep_ in SUBJECTS
    ]
    return any(s.left_edge.i == verb.i + 1 for s in subjects)  # the clause starts right after


def presupposed(noun: Token) -> bool:
    """ "violated a ban by the UN", "defied the curfew": the noun names a measure already in
    force, which the sentence does not report as new."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in PRESUPPOSING_VERBS


# Things that "hit", "target" or "attack" only figuratively: "exports hit by sanctions",
# "tweets targeting lawmakers", "a scheme targeting the elderly".
FIGURATIVE_CAUSES = frozenset(
    "sanction tariff tax embargo ban restriction curb measure law bill legislation policy rule "
    "regulation decree tweet post message remark comment statement speech article report ad "
    "advert advertisement video film book song joke question petition lawsuit probe scheme "
    "scam fraud spyware malware inflation recession slump price cost layoff cut shortage "
    "criticism complaint".split()
)


def cause_heads(heads: list[Token], verb: Token) -> list[Token]:
    """Argument heads of a clause, with a relative pronoun read as the noun it stands for
    ("a fire that killed ...": the fire)."""
    clause = verb
    while clause.dep_ == "conj" and clause.head is not clause:  # "... that killed 9 and injured"
        clause = clause.head
    if clause.dep_ != "relcl":
        return list(heads)
    return [clause.head if h.lower_ in RELATIVE_PRONOUNS else h for h in heads]


def figurative_violence(heads: list[Token], verb: Token) -> bool:
    """A violence verb whose doer (subject or "by" phrase) is a measure or a text."""
    if verb.pos_ != "VERB":
        return False
    causes = cause_heads(heads, verb) + [
        g
        for c in kids(verb)
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
        for g in kids(c)
        if g.dep_ == "pobj"
    ]
    return any(t.lemma_.lower() in FIGURATIVE_CAUSES for t in causes)


# Nouns of confinement that, after "in", say where someone died or was harmed, not that anyone
# was arrested: "died in police custody", "was tortured while in detention". ("remains in
# custody" and "remanded in custody" still report the detention.)
CONFINEMENT_NOUNS = frozenset({"custody", "detention"})
HARM_HEADS = frozenset("die death perish succumb torture kill beat abuse mistreat".split())


def confinement_state(noun: Token) -> bool:
    """ "died in custody": the custody is where the victim was, not an event."""
    if noun.lemma_.lower() not in CONFINEMENT_NOUNS or noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.lower_ == "in" and prep.head.lemma_.lower() in HARM_HEADS


# A commitment restated to a principle, a party or to supporting one is support of it (CAMEO
# 051), not a new promise: "reaffirmed its commitment to the one-China policy", "reiterated
# its commitment to supporting the transition". A restated commitment to do something else
# ("to collaborate with ...") stays a promise (AGREE).
RESTATING_VERBS = frozenset(
    "reaffirm reiterate renew restate reassert underline underscore".split()
)
SUPPORTING_VERBS = frozenset("support back uphold defend respect".split())


def restated_support(noun: Token) -> bool:
    if noun.lemma_.lower() != "commitment" or noun.head.lemma_.lower() not in RESTATING_VERBS:
        return False
    for c in kids(noun):
        if c.dep_ in ("acl", "relcl", "xcomp") and c.lemma_.lower() in SUPPORTING_VERBS:
            return True  # "commitment to support X"
        if c.dep_ != "prep" or c.lower_ != "to":
            continue
        for g in kids(c):
            if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"):
                return True  # "commitment to the principle"
            if g.dep_ == "pcomp" and g.lemma_.lower() in SUPPORTING_VERBS:
                return True  # "commitment to supporting X"
    return False


# Campaigns that are wars in name only when waged on no party: "declared war on drugs",
# "waged a war against poverty", "launched an offensive against corruption" (a policy, not
# PLOVER's use of force); "war on the cartels" or "on Russia" keeps its party and stays ASSAULT.
CAMPAIGN_NOUNS = frozenset({"war", "warfare", "offensive", "crusade", "battle", "fight"})
TARGET_PREPS = frozenset({"on", "against"})


def figurative_war(verb: Token, obj: Token) -> bool:
    """A war or offensive whose "on/against" target names no party."""
    if obj.lemma_.lower() not in CAMPAIGN_NOUNS:
        return False
    targets = [
        t
        for holder in (verb, obj)
        for c in kids(holder)
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
        for g in kids(c)
        if g.dep_ == "pobj"
        for t in (g, *g.conjuncts)
    ]
    return bool(targets) and not any(party_noun(t) for t in targets)
