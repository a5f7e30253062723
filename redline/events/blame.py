"""Attributions of blame stated as a content clause (PLOVER ACCUSE; CAMEO 112 "accuse"):
"Kabul said Taliban fighters were responsible for the bombing", "the ministry said
Islamic State was behind the attack". The speaker accuses the party the clause names.
The same holds for what a party *claims* or *alleges* another did ("Moscow claimed Ukrainian
forces shelled the plant"): the claim is the event; the act stays unverified, so the main-event
rule (events.embedding) does not count it as done.

Only a harm or a hostile act can be blamed: "said the agency was responsible for education"
states a duty, not a charge. Without a "for" or "behind" phrase ("said the rebels were
responsible") the clause names the culprit of what the story is about. A party speaking of
itself ("the group said it was responsible") claims an act; that is not an accusation.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.frames import Frame
from redline.events.lexicon import Lexicon, Trigger
from redline.nlp.tree import kids

# Hostile acts whose author can be blamed, besides the lexicon's conflict nouns.
HARM_NOUNS = frozenset(
    "death killing murder massacre crash explosion blast violence fire attack bombing "
    "shooting hack leak poisoning outbreak abduction kidnapping disappearance destruction "
    "unrest riot plot atrocity crime abuse damage casualty".split()
)
CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION"})
SELF_PRONOUNS = frozenset({"i", "we", "it", "they", "us", "itself", "themselves"})
SELF_POSSESSIVES = frozenset({"my", "our", "its", "their", "his", "her"})
CLAIM_VERBS = frozenset({"claim", "allege"})


def _harm(noun: Token, lex: Lexicon) -> bool:
    lemma = noun.lemma_.lower()
    entry = lex.nouns.get(lemma)
    return lemma in HARM_NOUNS or bool(entry and entry.type in CONFLICT_TYPES)


def _blamed_act(clause: Token) -> tuple[Token, list[Token]] | None:
    """The predicate word ("responsible", "behind") and what it is blamed for, or None."""
    for c in kids(clause):
        if c.dep_ == "acomp" and c.lemma_.lower() == "responsible":
            objs = [g for p in kids(c) if p.dep_ == "prep" and p.lower_ == "for"
                    for g in kids(p) if g.dep_ == "pobj"]  # fmt: skip
            return c, objs
        if c.dep_ == "prep" and c.lower_ == "behind":
            objs = [g for g in kids(c) if g.dep_ == "pobj"]
            if objs:
                return c, objs
    return None


def blame_frames(speech_verb: Token, clause: Token, lex: Lexicon) -> list[Frame]:
    """ACCUSE by the speaker of the party a "was responsible for / behind" clause names."""
    entry = lex.verbs.get(speech_verb.lemma_.lower())
    if entry is not None and (entry.type or entry.negates):
        return []  # "denied that ...", "accused ...": coded as themselves
    if clause.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in kids(clause)):
        return []
    found = _blamed_act(clause)
    if found is None:
        return []
    pred, acts = found
    if pred.lower_ == "behind" or acts:
        if not acts or not all(_harm(a, lex) for a in acts):
            return []
    subj = [c for c in kids(clause) if c.dep_ == "nsubj"]
    speakers = [c for c in kids(speech_verb) if c.dep_ == "nsubj"]
    if not subj or not speakers or any(s.lower_ in SELF_PRONOUNS for s in subj):
        return []
    if {s.lower_ for s in subj} & {s.lower_ for s in speakers}:
        return []
    trig = Trigger(key=pred.lower_, type="ACCUSE", mode="allege", cameo="112")
    return [Frame(trig, speech_verb, [speech_verb, pred], speakers, subj, rule="blame stated")]


def allegation_frames(speech_verb: Token, clause: Token) -> list[Frame]:
    """ACCUSE by the speaker of the party a claimed act names: "Moscow claimed that Kyiv had
    used chemical weapons". Claims about oneself ("said its forces took the village") are not
    accusations, and neither are claims about a state of affairs ("claimed the vote was fair")."""
    if speech_verb.lemma_.lower() not in CLAIM_VERBS or clause.pos_ not in ("VERB", "AUX"):
        return []
    if clause.lemma_.lower() == "be" or any(c.dep_ == "neg" for c in kids(clause)):
        return []
    doers = [g for c in kids(clause) if c.dep_ == "agent" for g in kids(c)
             if g.dep_ == "pobj"] or [c for c in kids(clause) if c.dep_ == "nsubj"]  # fmt: skip
    speakers = [c for c in kids(speech_verb) if c.dep_ == "nsubj"]
    if not doers or not speakers:
        return []
    for d in doers:
        if d.lower_ in SELF_PRONOUNS or any(
            c.dep_ == "poss" and c.lower_ in SELF_POSSESSIVES for c in kids(d)
        ):
            return []
    if {d.lower_ for d in doers} & {s.lower_ for s in speakers}:
        return []
    trig = Trigger(key=speech_verb.lemma_.lower(), type="ACCUSE", mode="allege", cameo="112")
    return [Frame(trig, speech_verb, [speech_verb], speakers, doers, rule="claim about another")]



# Speakers whose role is to find fault: what critics or opponents say of a party is their
# accusation of it ("critics say the governor used the floods to silence the press").
CRITIC_NOUNS = frozenset({"critic", "opponent", "detractor", "sceptic", "skeptic"})


def critics_frames(speech_verb: Token, clause: Token) -> list[Frame]:
    """ACCUSE by critics or opponents of the party their content clause is about."""
    speakers = [c for c in kids(speech_verb) if c.dep_ == "nsubj"]
    if not speakers or speakers[0].lemma_.lower() not in CRITIC_NOUNS:
        return []
    if any(c.dep_ == "neg" for c in kids(clause)):
        return []  # "critics say he did not ..." may still be one; keep to plain charges
    subj = [c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass")]
    trig = Trigger(key=speakers[0].lemma_.lower(), type="ACCUSE", mode="allege", cameo="112")
    return [Frame(trig, speech_verb, [speakers[0], speech_verb], speakers, subj,
                  rule="critics' charge")]
