"""Recipients named inside a complement of the trigger: read when the trigger's own slots
name none, or (the first two) to make a found recipient more precise.

- A pronoun object shared with a coordinated verb: "convicted X and sentenced him".
- What an investigation looks into: "a probe into claims that X took bribes", "an inquiry
  into whether X was spied on": the subject of the reported clause is the one investigated;
  a team sent to X to investigate investigates X.
- A preposition the parser hangs a clause on ("an attack on the government calling it
  corrupt", "into whether X ..."): the clause's subject is the preposition's object.
- A demand stated as a noun: "reiterated its demand that X ease ...": X is asked.
- Mediation: the sides its purpose names ("launched a mediation effort to end the feud
  between A and B", "... to help A and B reach a settlement").
- Meetings: the body that meets ("attended a meeting of the council", "the NATO summit"),
  else the place hosting it ("attended a summit in London").
- Legal acts whose object the parser reads as a clause subject ("convicted the bank to pay").
- Protests whose purpose is a demand: "rallied to demand reforms by X's government",
  "calling for independence from X", "to demand the resignation of X": X is the target.
- Letting someone act: "refused to allow the plane to land": the one let (or not).
- A judged object moved after its "as" phrase: "denounced as a crime X's crackdown".
- Joint acts "between A and B" that name no actor ("cooperation between A and B has
  deepened"): A acts, B is its counterpart, as for "A and B agreed".
- Decisions and filings by someone: "rejected the appeal filed by X" is aimed at X.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.arguments import party_id
from redline.events.lexicon import Trigger
from redline.nlp.tree import kids, lefts
from redline.records import Entity

SUBJECTS = ("nsubj", "nsubjpass")
# Nouns that only report something: the party is inside what they report.
REPORT_NOUNS = frozenset(
    "claim allegation report accusation suspicion rumour rumor charge complaint "
    "evidence suggestion question".split()
)
# Events of meeting: their "of" phrase or name modifier is the body that meets.
MEETING_NOUNS = frozenset(
    "meeting summit session conference talk consultation negotiation forum assembly".split()
)
# Verbs that make what a mediation helps: "to help A and B reach", "bring A and B together".
MEDIATE_HELP = frozenset("help assist bring encourage persuade enable".split())
# Legal acts and rejections whose object the parser may take for the subject of a following
# clause ("convicted the bank to pay", "rejected the defendant to delay ...").
LEGAL_VERBS = frozenset("convict sentence fine charge indict acquit reject".split())
# Acts that are filed, made or imposed by someone: rejecting one is aimed at its maker.
MADE_VERBS = frozenset("file make issue lodge submit bring impose put propose table".split())
PLACE_ENTS = ("GPE", "LOC", "FAC")
DISPATCH_VERBS = frozenset("send dispatch deploy fly".split())
# Verbs of letting whose object the parser makes the subject of the clause that follows.
LET_VERBS = frozenset("allow permit let authorize authorise".split())
# A protest's purpose that is a demand, and the demanded departures whose "of" names the
# one who is to go ("the resignation of the president").
DEMAND_PURPOSE = frozenset("demand press call seek urge".split())
OUSTER_NOUNS = frozenset("resignation removal ouster departure dismissal impeachment".split())
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# Acts that two sides do together, or against each other ("fighting between A and B").
JOINT_ACTS = frozenset({"CONSULT", "COOPERATE", "AGREE", "SUPPORT", "ASSAULT"})


def refine_heads(heads: list[Token], head: Token, trig: Trigger) -> list[Token]:
    """Recipient heads made more precise: the object a pronoun shares with the verb before
    ("convicted X ... and sentenced him"), the party inside what an investigation reports."""
    return reported_parties(shared_object(heads, head), head, trig)


def shared_object(heads: list[Token], head: Token) -> list[Token]:
    """ "convicted a journalist of X and sentenced him": "him" is the first verb's object."""
    if head.dep_ != "conj" or head.head.pos_ != "VERB":
        return heads
    if not any(h.dep_ == "dobj" and h.lower_ in OBJECT_PRONOUNS for h in heads):
        return heads
    first = [c for c in kids(head.head) if c.dep_ == "dobj" and c.pos_ != "PRON"]
    return [*first, *(h for h in heads if h.lower_ not in OBJECT_PRONOUNS)] if first else heads


def reported_parties(heads: list[Token], head: Token, trig: Trigger) -> list[Token]:
    """An investigation's recipient that is only a report ("claims that X ...") stands for
    the subject of what is reported; investigators sent somewhere ("sent experts to X to
    investigate the crash") investigate there."""
    if trig.mode != "investigate":
        return heads
    if sent_to := _destination(head):
        return sent_to
    out: list[Token] = []
    for h in heads:
        subj = _clause_subjects(h) if h.lemma_.lower() in REPORT_NOUNS else []
        out.extend(subj or [h])
    return out


def _destination(head: Token) -> list[Token]:
    """Where the team whose purpose is `head` was sent: "sent a team (of experts) to X"."""
    gov = head.head
    if head.dep_ not in ("advcl", "xcomp") or gov.lemma_.lower() not in DISPATCH_VERBS:
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(head)):
        return []
    team = [c for c in kids(gov) if c.dep_ == "dobj"]
    for tok in [gov, *team, *(g for t in team for p in kids(t) if p.lower_ == "of"
                             for g in kids(p))]:  # fmt: skip
        found = [
            g
            for c in kids(tok)
            if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into")
            for g in kids(c)
            if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in PLACE_ENTS)
        ]
        if found:
            return found
    return []


def complement_party(frame_tokens: list[Token], head: Token, trig: Trigger) -> list[Token]:
    """Recipient heads from a complement of the trigger (see the module docstring)."""
    nouns = [t for t in frame_tokens if t.pos_ in ("NOUN", "PROPN")]
    nouns += [c for c in kids(head) if c.dep_ == "dobj" and c not in nouns]
    carriers = list(dict.fromkeys([head, *nouns]))
    return (
        _prep_clause_subjects(carriers, trig)
        or _demanded_of(nouns, head, trig)
        or _mediated(carriers, head, trig)
        or _met_body(nouns, head, trig)
        or _legal_object(head, trig)
        or _shifted_object(head, trig)
        or _allowed(head)
        or _protest_demand(head, trig)
    )


def filed_by(noun: Token) -> list[Token]:
    """ "the appeal filed by X", "a ban imposed by X": the agent of a participle on the noun."""
    for acl in (c for c in kids(noun) if c.dep_ == "acl" and c.tag_ == "VBN"):
        if acl.lemma_.lower() in MADE_VERBS:
            agents = [
                g
                for a in kids(acl)
                if a.dep_ == "agent"
                for g in kids(a)
                if g.dep_ == "pobj" and g.pos_ != "PRON"
            ]
            if agents:
                return agents
    return []


def _clause_subjects(tok: Token) -> list[Token]:
    """Non-pronoun subjects of a clause hanging from tok ("claims that X did")."""
    for clause in (c for c in kids(tok) if c.dep_ in ("acl", "ccomp", "relcl", "pcomp")):
        if clause.dep_ == "relcl" and not any(
            m.dep_ == "mark" and m.lower_ == "that" for m in kids(clause)
        ):
            continue  # "reports which appeared in X": a relative clause, not a content one
        subj = [c for c in kids(clause) if c.dep_ in SUBJECTS and c.pos_ != "PRON"]
        if subj:
            return subj
    return []


def _prep_clause_subjects(carriers: list[Token], trig: Trigger) -> list[Token]:
    """A recipient preposition with a clause in place of its object: "into whether X ...",
    "on the government calling it ...": the clause's subject."""
    preps = trig.recip or ("against", "on", "into", "at")
    for tok in carriers:
        for prep in (c for c in kids(tok) if c.dep_ == "prep" and c.lower_ in preps):
            if any(g.dep_ == "pobj" for g in kids(prep)):
                continue
            for pcomp in (g for g in kids(prep) if g.dep_ == "pcomp"):
                subj = [
                    c for c in kids(pcomp) if c.dep_ in SUBJECTS and c.pos_ != "PRON"
                ]
                if subj:
                    return subj
    return []


def _demanded_of(nouns: list[Token], head: Token, trig: Trigger) -> list[Token]:
    """ "its demand that X ease": the active subject of the that-clause, on the noun or (as
    the parser often hangs it) on the verb the noun is the object of."""
    if trig.type != "REQUEST":
        return []
    for noun in nouns:
        clauses = [c for c in kids(noun) if c.dep_ in ("acl", "ccomp")]
        if noun.dep_ == "dobj":
            clauses += [c for c in kids(noun.head) if c.dep_ == "ccomp" and c.i > noun.i]
        for clause in clauses:
            if not any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(clause)):
                continue
            subj = [c for c in kids(clause) if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if subj:
                return subj
    return []


def _mediated(carriers: list[Token], head: Token, trig: Trigger) -> list[Token]:
    """The sides a mediation's purpose clause names: "between A and B", or whom it helps."""
    if trig.cameo != "045":
        return []
    for tok in carriers:
        for clause in (c for c in kids(tok) if c.dep_ in ("acl", "advcl", "xcomp", "relcl")):
            for t in clause.subtree:
                if t.dep_ == "prep" and t.lower_ == "between":
                    found = [g for g in kids(t) if g.dep_ == "pobj"]
                    if found:
                        return found[:1]  # the resolver adds the conjuncts
            for t in clause.subtree:
                if t.lemma_.lower() in MEDIATE_HELP and t.pos_ == "VERB":
                    objs = [c for c in kids(t) if c.dep_ == "dobj"]
                    objs += [g for c in kids(t) if c.dep_ == "ccomp" for g in kids(c)
                             if g.dep_ == "nsubj"]  # fmt: skip
                    if objs:
                        return objs[:1]
    return []


def _met_body(nouns: list[Token], head: Token, trig: Trigger) -> list[Token]:
    """ "a meeting of the council", "the NATO summit"; else "a summit in London"."""
    if trig.type not in ("CONSULT", "AGREE"):
        return []
    meetings = [n for n in nouns if n.lemma_.lower() in MEETING_NOUNS]
    for noun in meetings:
        of = [g for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "of"
              for g in kids(c) if g.dep_ == "pobj"]  # fmt: skip
        if of:
            return of
        names = [
            c
            for c in lefts(noun)
            if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.ent_type_ != "DATE"
        ]
        if names:
            return names[-1:]
    for noun in meetings:
        for tok in (noun, noun.head if noun.dep_ == "dobj" else noun):
            places = [
                g
                for c in kids(tok)
                if c.dep_ == "prep" and c.lower_ == "in"
                for g in kids(c)
                if g.dep_ == "pobj" and g.ent_type_ in PLACE_ENTS
            ]
            if places:
                return places
    return []


def _legal_object(head: Token, trig: Trigger) -> list[Token]:
    """ "convicted the bank to pay damages": the parser makes the convicted the subject of
    the clause that follows; with no object, that subject is the one the act is done to."""
    if head.pos_ != "VERB" or head.lemma_.lower() not in LEGAL_VERBS:
        return []
    if any(c.dep_ in ("dobj", "nsubjpass") for c in kids(head)):
        return []
    for clause in (c for c in kids(head) if c.dep_ in ("ccomp", "xcomp")):
        subj = [c for c in kids(clause) if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if subj:
            return subj
    return []


def _shifted_object(head: Token, trig: Trigger) -> list[Token]:
    """ "denounced as an ugly crime X's crackdown": a long object after the "as" phrase,
    which the parser hangs inside it (as an apposition, or a possessed noun after it)."""
    if trig.type not in ("ACCUSE", "REJECT", "SUPPORT") or head.pos_ != "VERB":
        return []
    if any(c.dep_ in ("dobj", "nsubjpass") for c in kids(head)):
        return []
    for prep in (c for c in kids(head) if c.dep_ == "prep" and c.lower_ == "as"):
        first = next((g for g in kids(prep) if g.dep_ == "pobj"), None)
        if first is None:
            continue
        for t in first.subtree:
            if t.dep_ == "appos" or (
                t.i > first.i and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in kids(t))
            ):
                return [t]
    return []


def between_sides(
    tokens: list[Token], actors: list[Entity], recipients: list[Entity]
) -> tuple[list[Entity], list[Entity]]:
    """With no actor and the parties named by "between": the first side acts."""
    if actors or len({party_id(e) for e in recipients}) < 2:
        return actors, recipients
    anchors = tokens + [c for t in tokens for c in kids(t) if c.dep_ in ("dobj", "nsubjpass")]
    starts = [
        g.idx
        for t in anchors
        for c in kids(t)
        if c.dep_ == "prep" and c.lower_ == "between"
        for g in kids(c)
        if g.dep_ == "pobj"
    ]
    if not starts:
        return actors, recipients
    span = (min(starts), max(t.idx + len(t) for t in anchors[0].sent))
    inside = [e for e in recipients if e.start is not None and span[0] <= e.start <= span[1]]
    if len({party_id(e) for e in inside}) < 2:
        return actors, recipients
    first = min(inside, key=lambda e: e.start or 0)
    lead = [e for e in inside if party_id(e) == party_id(first)]
    return lead, [e for e in recipients if party_id(e) != party_id(first)]


def _allowed(head: Token) -> list[Token]:
    """ "refused to allow two trucks to cross": the subject the parser gives the let clause."""
    for comp in (c for c in kids(head) if c.dep_ == "xcomp" and c.lemma_.lower() in LET_VERBS):
        if any(c.dep_ in ("dobj", "dative") for c in kids(comp)):
            return []
        for clause in (c for c in kids(comp) if c.dep_ in ("ccomp", "xcomp")):
            subj = [c for c in kids(clause) if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if subj:
                return subj
    return []


def protest_verbs(head: Token) -> list[Token]:
    """The protest word and the verb that carries it ("began a hunger strike", "went on
    strike"), whose purpose clauses say what the protest is against or for."""
    verbs = [head]
    if head.dep_ == "dobj":
        verbs.append(head.head)
    elif head.dep_ == "pobj" and head.head.head.pos_ == "VERB":
        verbs.append(head.head.head)
    return verbs


def _protest_demand(head: Token, trig: Trigger) -> list[Token]:
    """The one a protest's demand is made of: the "from"/"by" party of what is demanded, or
    the one whose resignation is demanded."""
    if trig.type != "PROTEST":
        return []
    for verb in protest_verbs(head):
        for clause in kids(verb):
            if clause.dep_ not in ("advcl", "xcomp", "acl") or (
                clause.lemma_.lower() not in DEMAND_PURPOSE
            ):
                continue
            wanted = [c for c in kids(clause) if c.dep_ == "dobj"]
            wanted += [g for c in kids(clause) if c.dep_ == "prep" and c.lower_ == "for"
                       for g in kids(c) if g.dep_ == "pobj"]  # fmt: skip
            for noun in (w for n in wanted for w in _conjuncts(n)):
                for t in noun.subtree:
                    if t.dep_ in ("prep", "agent") and t.lower_ in ("from", "by"):
                        found = [g for g in kids(t) if g.dep_ == "pobj" and g.pos_ != "PRON"]
                        if found:
                            return found
                if noun.lemma_.lower() in OUSTER_NOUNS:
                    found = [g for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "of"
                             for g in kids(c) if g.dep_ == "pobj"]  # fmt: skip
                    if found:
                        return found
    return []


def _conjuncts(tok: Token) -> list[Token]:
    return [tok, *(c for c in kids(tok) if c.dep_ == "conj")]
