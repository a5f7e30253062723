"""Who an event is directed at when the trigger's own slots leave the recipient empty.

- Joint acts ("Chile and Peru agreed to ...", "A and B signed a pact", "A and B
  clashed"): an agreement, meeting, joint exercise or clash takes two; with no other party
  named, the first conjunct of the subject acts and the others are its counterparts (the
  usual dyadic reading of event data).
- Undergoing an event ("the ministry drew criticism from rights groups", "the convoy came
  under attack from rebels"): the subject of a verb of undergoing is on the receiving end of
  the event its object names.
- Requests: who is asked, when no object or preposition says it ("demanded that X ...").
- Protests aimed through a purpose ("a hunger strike to protest X's decision", "in protest
  against X") and parties named by "between" ("talks between A and B").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from redline.actors import ActorContext
from redline.events.arguments import party_id
from redline.events.clause_parties import filed_by, protest_verbs
from redline.events.lexicon import Lexicon, Trigger
from redline.nlp.tree import kids, lefts
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
    trig: Trigger,
    named: bool,
    actors: list[Entity],
    recipients: list[Entity],
    heads: list[Token] | None = None,
    ctx: ActorContext | None = None,
) -> tuple[list[Entity], list[Entity]]:
    """Coordinated actors of a joint act: the first party acts, the others receive, ahead of
    a recipient that only names what was agreed ("A and B agreed to a ceasefire"). Not when
    the trigger itself named a coded counterpart (`named`: "A and B agreed with C"). A clash
    ("police and protesters clashed") is split only when it names no one else. Coordinated
    modifiers of one actor noun ("House and Senate negotiators") are two parties too."""
    if _joint(trig):
        if named and any(e.code for e in recipients):
            return actors, recipients
    elif not (trig.type == "ASSAULT" and "with" in trig.recip and not recipients):
        return actors, recipients
    if ctx is not None and len({party_id(e) for e in actors}) < 2:
        actors = modifier_parties(heads or [], actors, ctx)
    ordered = sorted(enumerate(actors), key=lambda p: (p[1].start or 0, p[0]))
    parties = list(dict.fromkeys(party_id(e) for _, e in ordered))
    if len(parties) < 2:
        return actors, recipients
    lead = [e for e in actors if party_id(e) == parties[0]]
    others = [e for e in actors if party_id(e) != parties[0]]
    taken = {party_id(e) for e in others}
    return lead, others + [r for r in recipients if party_id(r) not in taken]


def modifier_parties(heads: list[Token], actors: list[Entity], ctx: ActorContext) -> list[Entity]:
    """ "House and Senate negotiators", "British and EU officials": the first modifier names
    one side, the rest of the phrase the other (codes from each side's own words)."""
    for head in heads:
        mods = [c for c in lefts(head) if c.dep_ in ("compound", "amod", "nmod")]
        for k, mod in enumerate(mods):
            # the parser hangs the second modifier as a conjunct or as a sibling after "and"
            conj = [c for c in kids(mod) if c.dep_ == "conj" and c.i < head.i]
            if not conj and any(c.dep_ == "cc" for c in kids(mod)):
                conj = mods[k + 1 : k + 2]
            if not conj:
                continue
            text = head.doc.text
            first = (mod.idx, mod.idx + len(mod.text))
            rest = (conj[0].idx, head.idx + len(head.text))
            sides = [_side(text, first, mod, actors, ctx), _side(text, rest, conj[0], actors, ctx)]
            # each side must name someone: "senior and junior officials" are one side
            return [e for e in sides if e] if all(sides) else actors
    return actors


def _side(
    text: str, span: tuple[int, int], mod: Token, actors: list[Entity], ctx: ActorContext
) -> Entity | None:
    """One side's entity: what its words resolve to, else (a name such as "House") the
    sector of the whole phrase."""
    words = text[span[0] : span[1]]
    found = [e for e in ctx.resolve_text(words) if e.code or e.sector]
    if found:
        return replace(found[0], text=words, start=span[0], end=span[1])
    if mod.pos_ == "PROPN" and actors:
        return Entity(text=words, sector=actors[0].sector, start=span[0], end=span[1])
    return None


def _joint(trig: Trigger) -> bool:
    if trig.type in JOINT_TYPES:
        return trig.mode != "visit"
    return trig.cameo in JOINT_CAMEO or (trig.type in WITH_JOINT_TYPES and "with" in trig.recip)


def undergoer(noun: Token) -> list[Token]:
    """ "X faced criticism", "X came under attack": X receives what the noun names."""
    gov = noun.head
    if noun.dep_ == "dobj" and gov.lemma_.lower() in UNDERGO_VERBS:
        return [c for c in kids(gov) if c.dep_ in ("nsubj", "nsubjpass")]
    if (
        noun.dep_ == "pobj"
        and gov.lower_ == "under"
        and gov.head.lemma_.lower() in ("come", "be", "remain")
    ):
        return [c for c in kids(gov.head) if c.dep_ == "nsubj"]
    return []


def asked_party(head: Token, lex: Lexicon) -> list[Token]:
    """Who is asked, when the request names no addressee: the subject of what is asked
    ("demanded that the US cancel the sale"; active subjects only: in "demanded that
    prisoners be freed" the prisoners are not asked), else the one who is to do the asked-for
    act ("demanded an apology from X", "demanded the withdrawal of X's forces")."""
    for clause in (c for c in kids(head) if c.dep_ == "ccomp"):
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in kids(clause)):
            return []  # "asked whether X would ...": a question about X, not a request to X
        subj = [c for c in kids(clause) if c.dep_ == "nsubj"]
        # "demanded support from X to deal with ...": the parser's subject is what is asked
        return [d for s in subj for d in (_pobjs(s, ("from",)) if s.lemma_ in lex.nouns else [s])]
    for obj in (c for c in kids(head) if c.dep_ == "dobj"):
        trig = lex.nouns.get(obj.lemma_.lower())
        if trig is None:
            continue
        # "the withdrawal of X from Y": X withdraws, Y is only the place left
        doers = _pobjs(obj, ("of", "by") if trig.mode in DOER_OF_MODES else ("from", "by"))
        if doers:
            return doers
    return []


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    return [
        g
        for c in kids(tok)
        if c.dep_ in ("prep", "agent") and c.lower_ in preps
        for g in kids(c)
        if g.dep_ == "pobj"
    ]


def datives(verb: Token) -> list[Token]:
    """The indirect object of a verb of giving: "gave Moscow a deadline", "handed Kyiv a
    list", "sent weapons to Ukraine" (spaCy marks both the bare noun and the "to" phrase
    "dative")."""
    out: list[Token] = []
    for c in kids(verb):
        if c.dep_ != "dative":
            continue
        if c.pos_ == "ADP":
            out.extend(g for g in kids(c) if g.dep_ == "pobj")
        elif c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(c)
    return out


# Proposals, requests and decisions stand for whoever made them: rejecting, accepting or
# condemning "X's offer", "a request from X" or "X's decision" is directed at X.
MADE_NOUNS = frozenset(
    "request demand offer proposal invitation appeal call plea bid ultimatum suggestion "
    "overture initiative plan decision policy order ruling ban petition lawsuit complaint "
    "statement comment remark claim allegation accusation".split()
)
RESPONSE_TYPES = frozenset({"REJECT", "AGREE", "CONCEDE", "ACCUSE", "SUPPORT", "PROTEST"})
PRONOUNS = frozenset("its their his her our my your he she it they we i you him them us me".split())


def maker(noun: Token) -> list[Token]:
    """Who made the proposal, request or decision a noun names (not a pronoun: "rejected
    its own plan" may be the actor's)."""
    if noun.lemma_.lower() not in MADE_NOUNS:
        return []
    poss = [c for c in kids(noun) if c.dep_ == "poss" and c.lower_ not in PRONOUNS]
    return (
        poss
        or [t for t in _pobjs(noun, ("from", "by")) if t.lower_ not in PRONOUNS]
        or filed_by(noun)  # "the appeal filed by X"
    )


def refine(heads: list[Token], verb: Token, trig: Trigger) -> list[Token]:
    """Recipient heads made more precise: a threat's condition party before what the threat
    would hit ("threatened to halt talks unless X ..."), the one called or met before a
    pronoun ("called X to congratulate him"), a proposal's maker before the proposal."""
    if trig.type == "THREATEN" and (cond := condition_party(verb, trig, "asserted")):
        return cond
    if any(h.lower_ in PRONOUNS for h in heads) and (met := contacted(verb)):
        return met
    return made_by(heads, verb, trig)


def made_by(heads: list[Token], verb: Token, trig: Trigger) -> list[Token]:
    """Replace a proposal-like recipient by its maker; with no recipient, look for one in the
    verb's object or prepositions ("conceded to demands from the rebels")."""
    if trig.type not in RESPONSE_TYPES:
        return heads
    if not heads and verb.pos_ in ("VERB", "AUX"):
        heads = [c for c in kids(verb) if c.dep_ == "dobj"] + [
            g for c in kids(verb) if c.dep_ == "prep" for g in kids(c) if g.dep_ == "pobj"
        ]
        return [m for h in heads for m in maker(h)]
    # the object of a verb+object trigger ("violated a ban by X on Y") is not among its heads,
    # nor a request one accedes to ("conceded at last to demands from X")
    objs = [c for c in kids(verb) if c.dep_ == "dobj" and c not in heads] + [
        g
        for c in kids(verb)
        if c.dep_ == "prep" and c.lower_ in ("to", "with")
        for g in kids(c)
        if g.dep_ == "pobj"
    ]
    return [m for o in objs for m in maker(o)] or [m for h in heads for m in (maker(h) or [h])]


# Conditions: a threat or refusal "unless/until/if X does Y" is aimed at X, whose conduct
# it is meant to change.
CONDITION_MARKS = frozenset({"if", "unless", "until", "till"})
CONDITIONED_TYPES = frozenset({"THREATEN", "REJECT"})


def condition_party(head: Token, trig: Trigger, modality: str) -> list[Token]:
    """The active subject of a condition clause of a threat or refusal (no pronouns: "until
    he is satisfied" names the actor himself)."""
    if trig.type not in CONDITIONED_TYPES and modality != "negated":
        return []
    clauses = [head, head.head] if head.dep_ in ("xcomp", "ccomp", "acl") else [head]
    clauses += [c for c in kids(head) if c.dep_ in ("xcomp", "acl", "ccomp", "relcl")]
    for verb in clauses:
        for adv in (c for c in kids(verb) if c.dep_ == "advcl"):
            if not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in kids(adv)):
                continue
            subj = [c for c in kids(adv) if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS]
            if subj:
                return subj
    return []


# Contact verbs: what is said or done on a call, at a meeting or on a visit ("called X to
# congratulate him", "visited Kyiv to pledge support") is addressed to the one contacted.
CONTACT_VERBS = frozenset(
    "call phone telephone ring meet visit host receive write summon".split()
)


def contacted(head: Token) -> list[Token]:
    """The object of the contact verb that a purpose clause ("to V") hangs from."""
    if head.dep_ not in ("xcomp", "advcl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in kids(head)
    ):
        return []
    gov = head.head
    if gov.lemma_.lower() not in CONTACT_VERBS or gov.pos_ != "VERB":
        return []
    return [c for c in kids(gov) if c.dep_ in ("dobj", "oprd") and c.pos_ == "PROPN"] or [
        c for c in kids(gov) if c.dep_ == "dobj" and c.lower_ not in PRONOUNS
    ]


def fallback(head: Token, trig: Trigger, modality: str) -> list[Token]:
    """Recipient heads for a frame whose own slots named none."""
    return (
        condition_party(head, trig, modality)
        or contacted(head)
        or protest_target(head, trig)
        or between_parties(head, trig)
        or addressee(head, trig)
    )



# A strike, sit-in or rally "to protest X", "protesting X" or "in protest against X" is aimed
# at X, or at whoever made X ("to protest the ministry's decision"): CAMEO 14 takes the
# target of the demonstration as its recipient.
PROTEST_PURPOSE = frozenset("protest oppose denounce condemn decry".split())
PROTEST_PREPS = ("against", "at", "over", "of")


def protest_target(head: Token, trig: Trigger) -> list[Token]:
    """The target of a protest named in its purpose clause or "in protest" phrase."""
    if trig.type != "PROTEST":
        return []
    for verb in protest_verbs(head):
        for c in kids(verb):
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in PROTEST_PURPOSE:
                found = [o for o in kids(c) if o.dep_ == "dobj"] + _pobjs(c, PROTEST_PREPS[:3])
            elif c.dep_ == "prep" and c.lower_ == "in":
                found = [
                    t
                    for g in kids(c)
                    if g.dep_ == "pobj" and g.lemma_.lower() == "protest"
                    for t in _pobjs(g, PROTEST_PREPS)
                ]
            else:
                continue
            if found:
                return [m for h in found for m in (maker(h) or [h])]
    return []


# Mediation, talks and cooperation "between A and B": A and B are the parties dealt with.
BETWEEN_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def between_parties(head: Token, trig: Trigger) -> list[Token]:
    """ "hosted talks between A and B", "offered mediation between A and B" (the first
    conjunct; the resolver adds the others)."""
    if trig.type not in BETWEEN_TYPES:
        return []
    for noun in [head] + [c for c in kids(head) if c.dep_ == "dobj"]:
        found = _pobjs(noun, ("between",))
        if found:
            return found[:1]
    return []


# A complaint or protest "lodged with/to X" that names no accused is addressed to X (the
# accused, "against X", comes first through the trigger's own slots).
COMPLAINT_NOUNS = frozenset({"complaint", "grievance", "protest", "objection"})


def addressee(head: Token, trig: Trigger) -> list[Token]:
    """ "filed a complaint to the Security Council": the body complained to."""
    if trig.type not in ("ACCUSE", "PROTEST"):
        return []
    nouns = [head] + [c for c in kids(head) if c.dep_ == "dobj"]
    for noun in (n for n in nouns if n.lemma_.lower() in COMPLAINT_NOUNS):
        verb = noun.head if noun.dep_ == "dobj" else noun
        found = _pobjs(noun, ("to", "with")) or _pobjs(verb, ("to", "with"))
        if found:
            return found
    return []
