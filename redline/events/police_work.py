"""Who fired, when the sentence names no subject: police work and nominal doers.

Arrests and crowd control (tear gas, baton or lathi charges, water cannon, rubber bullets)
are police work: "tear gas was fired at the marchers", "the crowd was baton-charged",
"200 people were arrested" name no one else, and no one else does these. A bare gerund or
noun often names its doer before it or in a "by" phrase ("killed in police firing", "hurt
in army shelling", "died in firing by the police"); lower-case text misleads the tagger
into reading the doer as the object of the preposition and the gerund as a modifier.

People "held" (not hostages, not talks) and people the police "caught" were arrested
(CAMEO 173): "50 people were held after the riots", "three suspects held in raids", "two men
were caught by the police".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from redline.actors.sectors import sector_for
from redline.events.frames import Frame
from redline.events.lexicon import Lexicon, Trigger
from redline.nlp.tree import kids

# PLOVER modes that only the police (or a court, for a prison sentence) carry out
POLICE_MODES = frozenset({("COERCE", "arrest"), ("ASSAULT", "crowd-control")})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent", "expl"})


def police_work(trig: Trigger) -> bool:
    """An act that is police work when no doer is named (see the module doc)."""
    return (trig.type, trig.mode) in POLICE_MODES


def nominal_doers(head: Token) -> list[Token]:
    """The doer a gerund or event noun names next to it: the noun just before it ("police
    firing", "army shelling", "militant attacks") or its "by" phrase ("firing by the police").
    The caller keeps only what resolves to a party."""
    if head.tag_ not in ("VBG", "NN", "NNS") or any(c.dep_ in _SUBJECT_DEPS for c in kids(head)):
        return []
    by = [g for c in kids(head) if c.dep_ == "prep" and c.lower_ == "by"
          for g in kids(c) if g.dep_ == "pobj"]
    if by:
        return by
    if head.i == 0:
        return []
    prev = head.doc[head.i - 1]
    if prev.pos_ not in ("NOUN", "PROPN") or prev.dep_ in _SUBJECT_DEPS | {"dobj"}:
        return []  # "the mob attacked policemen firing ...": an object is not a doer
    if head.tag_ == "VBG" and prev.dep_ != "compound" and prev.head.i == head.i:
        return []  # a gerund's own object or complement
    return [prev]


# "held" is an arrest when people are held, not when talks are, or hostages
ARREST = Trigger(key="hold", type="COERCE", mode="arrest", cameo="173")
CATCH = Trigger(key="catch", type="COERCE", mode="arrest", cameo="173")
# people one is held as or for other than in custody: "held hostage", "held at gunpoint"
NOT_CUSTODY = frozenset(
    "hostage captive ransom gunpoint knifepoint esteem regard contempt traffic bay".split()
)
# people words missing from the sector and casualty lists that are typically detained
PERSONAL_PRONOUNS = frozenset("who he she they him her them we us i me".split())
DETAINABLE = frozenset("suspect youth accused culprit criminal miscreant member thief".split())


def _person(tok: Token, lex: Lexicon) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in NOT_CUSTODY:
        return False
    return (
        lemma in lex.victim_nouns
        or lemma in lex.crowd_actors
        or lemma in DETAINABLE
        or sector_for(lemma) is not None
        or tok.ent_type_ == "PERSON"
        or tok.lower_ in PERSONAL_PRONOUNS
    )


def _held_people(verb: Token, lex: Lexicon) -> list[Token]:
    """ "50 people were held", "three suspects held in raids": the people held in custody."""
    if verb.lemma_.lower() != "hold" or verb.tag_ != "VBN":
        return []
    if any(c.dep_ in ("prt", "oprd", "xcomp", "acomp", "ccomp", "dobj") for c in kids(verb)):
        return []  # "held up", "held hostage", "held responsible"
    if any(g.lemma_.lower() in NOT_CUSTODY for c in kids(verb) if c.dep_ == "prep"
           for g in kids(c)):
        return []  # "held at gunpoint"
    if any(c.dep_ == "auxpass" for c in kids(verb)):
        held = [c for c in kids(verb) if c.dep_ == "nsubjpass"]
    elif verb.dep_ == "acl":
        held = [verb.head]
    else:
        return []
    return held if held and all(_person(h, lex) for h in held) else []


def _police(tok: Token) -> bool:
    return sector_for(tok.lemma_.lower()) == "COP"


def _caught_people(verb: Token, lex: Lexicon) -> tuple[list[Token], list[Token]]:
    """ "police caught the gang", "two men were caught by the police": caught by police."""
    if verb.lemma_.lower() not in ("catch", "capture"):
        return [], []
    agents = [g for c in kids(verb) if c.dep_ == "agent" for g in kids(c)
              if g.dep_ == "pobj"]
    doers = agents or [c for c in kids(verb) if c.dep_ == "nsubj"]
    caught = [c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass")]
    if doers and all(_police(d) for d in doers) and caught and all(_person(c, lex) for c in caught):
        return doers, caught
    return [], []


def custody_frames(sent: Span, taken: set[int], lex: Lexicon) -> list[Frame]:
    """Arrests told with "held" or with the police catching someone (see above)."""
    frames: list[Frame] = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.i in taken:
            continue
        if held := _held_people(tok, lex):
            agents = [g for c in kids(tok) if c.dep_ == "agent" for g in kids(c)
                      if g.dep_ == "pobj"]
            frames.append(Frame(ARREST, tok, [tok], agents, held, rule="custody"))
        elif (caught := _caught_people(tok, lex))[0]:
            frames.append(Frame(CATCH, tok, [tok], caught[0], caught[1], rule="custody"))
    return frames
