"""Who an event is directed at when the trigger's own slots leave the recipient empty.

- Joint acts ("Chile and Peru agreed to ...", "A and B signed a pact", "A and B
  clashed"): an agreement, meeting, joint exercise or clash takes two; with no other party
  named, the first conjunct of the subject acts and the others are its counterparts (the
  usual dyadic reading of event data).
- Undergoing an event ("the ministry drew criticism from rights groups", "the convoy came
  under attack from rebels"): the subject of a verb of undergoing is on the receiving end of
  the event its object names.
- Requests: who is asked, when no object or preposition says it ("demanded that X ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.arguments import party_id
from redline.events.lexicon import Lexicon, Trigger
from redline.records import Entity

# Acts that need a counterpart: consulting and cooperating (a visit goes one way), an
# agreement made with someone (its trigger takes "with": not a one-sided pledge or offer),
# and CAMEO 057 signing a formal agreement, 054 establishing or upgrading relations.
JOINT_TYPES = frozenset({"CONSULT", "COOPERATE"})
WITH_JOINT_TYPES = frozenset({"AGREE", "SUPPORT"})
JOINT_CAMEO = frozenset({"057", "054"})
# Nouns whose "of" names the doer, not the one done to: "the withdrawal of the troops".
DOER_OF_MODES = frozenset({"withdraw", "resign"})
# Verbs whose subject undergoes what their object names ("faced sanctions", "drew criticism").
UNDERGO_VERBS = frozenset(
    "face receive draw attract suffer endure weather incur sustain".split()
)


def split_joint(
    trig: Trigger, named: bool, actors: list[Entity], recipients: list[Entity]
) -> tuple[list[Entity], list[Entity]]:
    """Coordinated actors of a joint act: the first party acts, the others receive, ahead of
    a recipient that only names what was agreed ("A and B agreed to a ceasefire"). Not when
    the trigger itself named a coded counterpart (`named`: "A and B agreed with C"). A clash
    ("police and protesters clashed") is split only when it names no one else."""
    if _joint(trig):
        if named and any(e.code for e in recipients):
            return actors, recipients
    elif not (trig.type == "ASSAULT" and "with" in trig.recip and not recipients):
        return actors, recipients
    ordered = sorted(enumerate(actors), key=lambda p: (p[1].start or 0, p[0]))
    parties = list(dict.fromkeys(party_id(e) for _, e in ordered))
    if len(parties) < 2:
        return actors, recipients
    lead = [e for e in actors if party_id(e) == parties[0]]
    others = [e for e in actors if party_id(e) != parties[0]]
    taken = {party_id(e) for e in others}
    return lead, others + [r for r in recipients if party_id(r) not in taken]


def _joint(trig: Trigger) -> bool:
    if trig.type in JOINT_TYPES:
        return trig.mode != "visit"
    return trig.cameo in JOINT_CAMEO or (trig.type in WITH_JOINT_TYPES and "with" in trig.recip)


def undergoer(noun: Token) -> list[Token]:
    """ "X faced criticism", "X came under attack": X receives what the noun names."""
    gov = noun.head
    if noun.dep_ == "dobj" and gov.lemma_.lower() in UNDERGO_VERBS:
        return [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]
    if (
        noun.dep_ == "pobj"
        and gov.lower_ == "under"
        and gov.head.lemma_.lower() in ("come", "be", "remain")
    ):
        return [c for c in gov.head.children if c.dep_ == "nsubj"]
    return []


def asked_party(head: Token, lex: Lexicon) -> list[Token]:
    """Who is asked, when the request names no addressee: the subject of what is asked
    ("demanded that the US cancel the sale"; active subjects only: in "demanded that
    prisoners be freed" the prisoners are not asked), else the one who is to do the asked-for
    act ("demanded an apology from X", "demanded the withdrawal of X's forces")."""
    for clause in (c for c in head.children if c.dep_ == "ccomp"):
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
            return []  # "asked whether X would ...": a question about X, not a request to X
        return [c for c in clause.children if c.dep_ == "nsubj"]
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        trig = lex.nouns.get(obj.lemma_.lower())
        if trig is None:
            continue
        doers = _pobjs(obj, ("from", "by"))
        if not doers and trig.mode in DOER_OF_MODES:
            doers = _pobjs(obj, ("of",))
        if doers:
            return doers
    return []


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    return [
        g
        for c in tok.children
        if c.dep_ in ("prep", "agent") and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]
