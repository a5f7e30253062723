"""PLOVER's auxiliary modes from the parse: asserted, negated, hypothetical, future, historical.

We look at the trigger's own clause first (negation, modal and future auxiliaries, an "if"
clause), then up the chain of clauses that embed it ("denied that ...", "no plans to ...",
"threatened to ...", "urged X to ..."), since an embedded action is only as real as the
clause around it. Dates that place an act in the past: events.historical.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from redline.events.attempts import attempted_attack
from redline.events.historical import historical_reason
from redline.events.noun_clauses import asked_for
from redline.events.stopping_short import stopped_short
from redline.nlp.sentences import ents_of
from redline.nlp.tree import kids

NEG_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
HYPO_AUX = frozenset({"would", "could", "might", "may", "should", "must", "ought", "'d"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
COND_MARKS = frozenset({"if", "unless", "whether", "lest"})
# Verbs whose complement has not (yet) happened.
UNREAL_HEADS = frozenset(
    "threaten urge ask call demand request want seek propose suggest consider discuss weigh "
    "demand push press appeal plead invite hope wish try attempt aim offer warn vow "
    "recommend encourage advise order tell need likely unlikely struggle strive".split()
)
FUTURE_HEADS = frozenset("plan intend expect schedule set due prepare decide poised".split())
# Promised actions are not yet real: the promise itself is the event (AGREE).
PROMISE_HEADS = frozenset(
    "agree pledge promise commit vow swear offer ready willing prepared determined eager".split()
)
# Messages to a party: their purpose clause says what the message said.
CALL_HEADS = frozenset("call phone telephone ring write summon contact".split())
# Putting people or an operation to work: "sent a team to investigate", "deployed police to
# disperse the crowd", "launched an operation to arrest". The purpose is the work they were
# sent to do, as real as the sending; an aim alone ("pressed the UN to investigate", "opened
# talks to end the war") stays unreal.
DISPATCH_HEADS = frozenset("send dispatch deploy".split())
OPERATION_HEADS = frozenset("launch mount conduct".split())
OPERATIONS = frozenset("operation raid crackdown manhunt hunt search sweep mission".split())
PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
ADDRESSEES = frozenset(
    "counterpart leader president minister ambassador envoy premier king queen emir chancellor"
    .split()
)
NOBODY = frozenset({"nobody", "none", "nothing", "neither"})
UNREAL_MODIFIERS = frozenset(
    "planned proposed possible potential upcoming future prospective "
    "would-be mooted hypothetical".split()
)
PROPOSAL_HEADS = frozenset(
    "propose consider discuss weigh debate draft seek want demand recommend suggest mull "
    "prepare".split()  # "is preparing a major offensive": not yet launched
)
CANCEL_HEADS = frozenset("cancel scrap postpone delay avoid shelve abandon scupper".split())
PRESUPPOSING_PREPS = frozenset("after before since following amid despite as when".split())
REPORTING_HEADS = frozenset("say tell announce state add report confirm claim note".split())
NEGATING_HEADS = frozenset(
    "deny refuse decline fail reject rule dismiss avoid cease stop halt".split()
)
NEGATING_NOUNS = frozenset("plan intention intent decision evidence sign indication proof".split())
# "did not hesitate to fire", "did not stop shelling": a negated negator asserts the act.
DOUBLE_NEG_HEADS = frozenset("hesitate fail stop cease halt".split())
# "rejected reports that it had attacked ...": the denied claim did not happen (per the denier).
CLAIM_NOUNS = frozenset(
    "report claim allegation accusation charge suggestion rumor rumour assertion".split()
)
DENYING_HEADS = frozenset("deny reject dismiss refute rebut".split())
# "ready for talks", "open to dialogue": an offer of the act, not the act
READY_ADJECTIVES = frozenset("ready open prepared prepare willing eager keen poised".split())
ABSTAIN_HEADS = frozenset("refrain abstain desist".split())  # "refrained from striking"
# "police foiled a bomb attack", "the plot was thwarted": the act stopped did not happen
FOILING_HEADS = frozenset("foil thwart avert prevent".split())
# "will not end the strike until demands are met", "must disarm before it receives aid": the
# condition of an act that is itself not (yet) real has not happened either.
_UNREAL = ("negated", "hypothetical", "future")
PENDING_MARKS = {"until": _UNREAL, "till": _UNREAL, "before": _UNREAL[:2]}
CAN_AUX = frozenset({"can", "ca"})  # "cannot leave until ...": a refusal, as "will not"
# "opposed the deployment until ...", "refused to leave until ...": a refusal for now
REFUSING_HEADS = NEGATING_HEADS | {"oppose", "resist", "reject", "refuse"}
_FUTURE_DATE = re.compile(r"\b(next|tomorrow|coming|upcoming|later this)\b", re.I)


def _clause_verb(tok: Token) -> Token:
    """The verb a noun trigger hangs from (its own clause for a verb)."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ == "ROOT":
            return cur
        cur = cur.head
    return cur


def _has_neg(tok: Token) -> bool:
    for c in kids(tok):
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
            return True
        if c.dep_ == "advmod" and c.lower_ == "never":
            return True
        if c.dep_ == "advmod" and c.lower_ == "longer" and _has_neg(c):
            return True  # "no longer supplies", "will no longer back": "no" hangs on "longer"
    return False


def _aux(tok: Token) -> set[str]:
    return {c.lower_ for c in kids(tok) if c.dep_ in ("aux", "auxpass")}


def _is_conditional(tok: Token) -> bool:
    cur = tok
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in COND_MARKS for c in kids(cur)):
            return True
        if cur.dep_ in ("ROOT", "ccomp") or cur.head is cur:
            return False
        cur = cur.head
    return False


def call_to(verb: Token) -> bool:
    """ "phoned Macron", "called his counterpart", "wrote to the UN": a message to a party,
    whose stated purpose (to thank, urge, congratulate) is what the message said."""
    if verb.lemma_.lower() not in CALL_HEADS:
        return False
    for prep in (c for c in kids(verb) if c.dep_ == "prep" and c.lower_ in ("on", "upon")):
        if any(g.ent_type_ not in ("DATE", "TIME") for g in kids(prep) if g.dep_ == "pobj"):
            return False  # "called on Arabs to unite": an appeal, not a message to a party
    parties = [c for c in kids(verb) if c.dep_ in ("dobj", "oprd")] + [
        g for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "to" for g in kids(c)
    ]
    return any(
        (p.pos_ == "PROPN" and p.ent_type_ not in ("DATE", "TIME"))
        or p.ent_type_ in PARTY_ENTS
        or p.lemma_.lower() in ADDRESSEES
        for p in parties
    )


def _yet(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ == "yet" for c in kids(verb))


def _cancelled(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    prt = {c.lower_ for c in kids(verb) if c.dep_ == "prt"}
    return (
        lemma in CANCEL_HEADS
        or (lemma == "call" and "off" in prt)
        or (lemma == "rule" and "out" in prt)
    )


def purpose(verb: Token) -> bool:
    """ "... to help African troops": an infinitive of purpose states an aim, not a deed."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb))


def dispatched(verb: Token) -> bool:
    """ "sent experts to Iraq to investigate": a purpose clause under a verb of dispatching."""
    if verb.dep_ not in ("advcl", "xcomp") or not purpose(verb):
        return False
    head = verb.head
    lemma = head.lemma_.lower()
    if lemma in DISPATCH_HEADS:
        return True
    objs = [c.lemma_.lower() for c in kids(head) if c.dep_ == "dobj"]
    return lemma in OPERATION_HEADS and bool(set(objs) & OPERATIONS)


def _backshifted(verb: Token) -> bool:
    """ "France said it would withdraw": reported "will", not a hypothetical."""
    head = verb.head
    if verb.dep_ == "conj":
        head = head.head
    return (
        verb.dep_ in ("ccomp", "conj")
        and head.lemma_.lower() in REPORTING_HEADS
        and head.tag_ == "VBD"
    )


def _is_question(verb: Token) -> bool:
    """ "Did Russia attack ...?", "Will NATO send ...?": an auxiliary opens the clause ahead of
    its subject and the clause ends in a question mark. Wh-questions ("Why did Russia attack")
    presume the act and are left alone."""
    aux = [c for c in kids(verb) if c.dep_ in ("aux", "auxpass")]
    subj = [c.i for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    if not aux or not subj or aux[0].i > min(subj):
        return False
    words = [t for t in verb.subtree if not t.is_punct]
    if not words or words[0].i != aux[0].i:
        return False
    after = verb.doc[words[-1].i + 1 : words[-1].i + 3]
    return any(t.text == "?" for t in after)


def _question_over(tok: Token) -> bool:
    """Whether the trigger sits in a yes/no question, up through complement clauses."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") and _is_question(cur):
            return True
        if cur.dep_ in ("ROOT", "advcl", "relcl") or cur.head is cur:
            return False
        cur = cur.head
    return False


def _denied_claim(parent: Token, dep: str) -> bool:
    return (
        dep in ("acl", "ccomp", "relcl")
        and parent.lemma_.lower() in CLAIM_NOUNS
        and parent.dep_ in ("dobj", "nsubjpass")
        and parent.head.lemma_.lower() in DENYING_HEADS
    )


def _pending(clause: Token, main: Token, article_year: int | None) -> str | None:
    """The reason an "until"/"before" clause has not happened: the act it conditions has not."""
    for c in kids(clause):
        if c.dep_ == "mark" and c.lower_ in PENDING_MARKS:
            mood, _ = modality_of(main, article_year)
            if mood == "negated" and not _aux(main) & (FUTURE_AUX | HYPO_AUX | CAN_AUX):
                mood = "asserted"  # "had not been told before troops raided": the raid happened
            if main.lemma_.lower() in REFUSING_HEADS:
                mood = "negated"
            elif main.lemma_.lower() in PROMISE_HEADS | {"threaten"}:
                mood = "hypothetical"  # "swore to fight until they take the city"
            if mood in PENDING_MARKS[c.lower_]:
                # reads "'if'": a condition set, not a promise the coder should derive
                return f"'{c.text}' clause of a {mood} '{main.text}', open like an 'if' clause"
    return None


def ready_word(tok: Token) -> bool:
    """ "ready", "open", "prepared (for)": the adjective, or any form of "prepare"."""
    lemma = tok.lemma_.lower()
    return lemma in READY_ADJECTIVES and (tok.pos_ == "ADJ" or lemma == "prepare")


def modality_of(tok: Token, article_year: int | None = None) -> tuple[str, str]:
    """(modality, reason) for the event carried by trigger token `tok`."""
    verb = _clause_verb(tok)
    if _has_neg(tok) or (verb is not tok and _has_neg(verb) and tok.dep_ in ("dobj", "nsubjpass")):
        return "negated", f"negation on '{verb.text}'"
    for arg in (c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
        # "no troops", "neither side", "Neither Russia nor China" (a determiner or preconj)
        if arg.lower_ in NOBODY or any(
            d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither") for d in kids(arg)
        ):
            return "negated", f"'{arg.text}' with 'no'"  # "No shots were fired"
    if tok.pos_ == "NOUN":
        mods = {c.lower_ for c in kids(tok) if c.dep_ in ("amod", "compound")}
        if mods & UNREAL_MODIFIERS:
            return "hypothetical", f"'{sorted(mods & UNREAL_MODIFIERS)[0]} {tok.text}'"
        if tok.dep_ == "nsubjpass" and verb.lemma_.lower() in FUTURE_HEADS:
            return "future", f"'{tok.text}' {verb.text}"  # "talks were scheduled for Sunday"
        if tok.dep_ in ("nsubjpass", "dobj") and _cancelled(verb):
            return "negated", f"'{verb.text}' cancels it"
    if _question_over(tok):
        # Before the embedding walk: "Is Russia preparing to invade?" asks, it does not announce.
        # Reads "'if'" so the coder does not turn the open question into a stated intention.
        return "hypothetical", "a yes/no question, open like an 'if' clause"
    # Walk up the embedding clauses.
    cur, hops = tok, 0
    while cur.head is not cur and hops < 8:
        parent, dep = cur.head, cur.dep_
        hops += 1
        if parent.lemma_.lower() in NEGATING_NOUNS and _has_neg(parent):
            return "negated", f"'no {parent.text}'"
        plemma = parent.lemma_.lower()
        if dep in ("pcomp", "pobj") and parent.lower_ == "without":
            return "negated", f"'without {cur.text}'"
        if (
            dep in ("pcomp", "pobj")
            and parent.lower_ == "from"
            and parent.head.lemma_.lower() in ABSTAIN_HEADS
        ):
            return "negated", f"'{parent.head.text} from {cur.text}'"
        if dep in ("pcomp", "pobj") and stopped_short(parent):
            return "negated", f"'{parent.head.head.text} short of {cur.text}'"
        if dep == "pobj" and ready_word(parent.head):
            return "hypothetical", f"offered: '{parent.head.text} {parent.text} {cur.text}'"
        if dep in ("dobj", "nsubjpass") and plemma in FOILING_HEADS and tok.pos_ == "NOUN":
            return "negated", f"'{parent.text}' stopped it"
        if _denied_claim(parent, dep):
            return "negated", f"a claim denied by '{parent.head.text}'"
        if dep == "ROOT" or (dep == "ccomp" and plemma in REPORTING_HEADS):
            break  # what a speaker reports is as real as they say it is
        if dep in ("advcl", "xcomp") and purpose(cur) and call_to(parent):
            break  # "called Erdogan to congratulate him": said on the call, as real as it
        if dep == "advcl" and plemma in DOUBLE_NEG_HEADS and _has_neg(parent):
            cur = parent  # "never hesitated to criticize" parsed as a purpose clause
            continue
        if dispatched(cur):
            mood, why = modality_of(parent, article_year)  # "will send a team to ..."
            return mood, f"the work '{parent.text}' is for: {why}"
        if dep == "advcl" and purpose(cur):
            return "hypothetical", f"purpose clause under '{parent.text}'"
        if dep == "advcl" and (pending := _pending(cur, parent, article_year)):
            return "hypothetical", pending
        if dep == "advcl" or (dep in ("pcomp", "pobj") and parent.lower_ in PRESUPPOSING_PREPS):
            break  # "after 26 countries promised ...": an adjunct clause states a fact
        if dep in ("xcomp", "ccomp", "acl", "pcomp", "relcl", "prep", "pobj", "dobj"):
            if dep in ("xcomp", "pcomp") and plemma in DOUBLE_NEG_HEADS and _has_neg(parent):
                cur = parent  # "did not hesitate to fire": the firing happened
                continue
            if dep == "xcomp" and plemma in ("have", "be") and _yet(parent):
                return "negated", f"'{parent.text} yet to {cur.text}'"
            if dep in ("xcomp", "ccomp", "pcomp") and plemma in NEGATING_HEADS and (
                plemma != "rule" or _cancelled(parent)  # "ruled out", not "X-ruled Y"
            ):
                return "negated", f"embedded under '{parent.text}'"
            if dep in ("xcomp", "ccomp") and _has_neg(parent) and plemma not in ("say", "tell"):
                return "negated", f"embedded under negated '{parent.text}'"
            if attempted_attack(cur, parent):
                cur = parent  # "tried to assassinate X": the attempt is the attack
                continue
            if plemma in UNREAL_HEADS and (dep in ("xcomp", "ccomp") or asked_for(cur)):
                return "hypothetical", f"embedded under '{parent.text}'"
            if dep == "dobj" and plemma in PROPOSAL_HEADS:
                return "hypothetical", f"proposed, not done ('{parent.text}')"
            if dep == "dobj" and _cancelled(parent):
                return "negated", f"'{parent.text}' cancels it"
            if dep == "xcomp" and plemma == "be" and purpose(cur):
                return "future", f"'{parent.text} to {cur.text}'"  # "Hamas is to release"
            if dep == "xcomp" and plemma == "go" and parent.tag_ == "VBG" and purpose(cur):
                return "future", f"'going to {cur.text}'"
            if dep in ("xcomp", "ccomp", "acl") and plemma in PROMISE_HEADS:
                return "hypothetical", f"promised under '{parent.text}'"
            if dep in ("xcomp", "ccomp", "acl") and plemma in FUTURE_HEADS:
                return "future", f"embedded under '{parent.text}'"
        cur = parent
    aux = _aux(verb) | (_aux(tok) if tok is not verb else set())
    if (
        verb.dep_ == "conj"
        and not aux
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb))
    ):
        aux = _aux(verb.head)  # "Israel will free prisoners and pull its troops back"
    if _is_conditional(verb):
        return "hypothetical", "in an 'if' clause"
    if aux & HYPO_AUX:
        if aux & HYPO_AUX == {"would"} and _backshifted(verb):
            return "future", "'would' in reported speech (said it would ...)"
        return "hypothetical", f"modal '{sorted(aux & HYPO_AUX)[0]}'"
    # Embedding clause's modals: "said it would strike" / "will be sending".
    head = verb.head
    if verb.dep_ in ("xcomp",) and _aux(head) & HYPO_AUX:
        return "hypothetical", f"modal on '{head.text}'"
    if aux & FUTURE_AUX or (verb.dep_ == "xcomp" and _aux(head) & FUTURE_AUX):
        return "future", "future auxiliary"
    if any(c.lower_ == "going" for c in kids(verb.head)) and verb.dep_ == "xcomp":
        return "future", "'going to'"
    for ent in ents_of(verb):
        if ent.label_ == "DATE" and _FUTURE_DATE.search(ent.text) and ent.root.head.i == verb.i:
            return "future", f"future date '{ent.text}'"
    hist = historical_reason(tok, verb, article_year)
    if hist:
        return "historical", hist
    return "asserted", "no negation, modal or conditional"
