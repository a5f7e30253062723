"""Records read off one already coded: the intention behind a future or hypothetical act
("vowed to retaliate" THREATEN), the refusal behind a negated cooperative one ("will not lift
the embargo" REJECT) and the option kept open ("has not ruled out strikes" THREATEN), with
PLOVER's rule that an announced act is coded as the announcement alone."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from redline.events.arguments import party_id
from redline.events.assemble import assemble
from redline.events.frames import Frame
from redline.events.lexicon import Lexicon, Trigger
from redline.events.modality import ready_word
from redline.events.options import kept_option
from redline.events.pronouns import referred
from redline.nlp.sentences import sentence_of
from redline.nlp.tree import kids
from redline.ontology.event_types import VIOLENT_TYPES
from redline.records import Entity, EventRecord

COOPERATIVE_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
)
FUTURE_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
# A promised deployment is no threat in itself: troops may go to an ally ("will send troops
# to Estonia"); it stays a future MOBILIZE.
NOT_CONVERTED = frozenset({"AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE", "MOBILIZE"})
# (stated intention, announced act) pairs that PLOVER codes as the announcement alone
# (manual, "single event category")
ANNOUNCED_ONLY = frozenset(
    [("THREATEN", t) for t in (*VIOLENT_TYPES, "SANCTION", "PROTEST")]
    + [("AGREE", t) for t in (*FUTURE_AGREE, "RETREAT")]
)

# Resolves the subject of an announcing word to parties (the coder's own resolver).
ResolveNames = Callable[[list[Token]], list[Entity]]


def derived_records(rec: EventRecord, frame: Frame, trig: Trigger, lex: Lexicon,
                    resolve_names: ResolveNames, speaker: list[Entity]) -> list[EventRecord]:
    """The record itself and what it implies, in PLOVER's single-category reading (`trig` is
    the trigger as the coder settled it, which may differ from the frame's)."""
    out = [rec]
    stated = intent(frame, rec, lex, resolve_names, speaker)
    if stated and (stated.event_type, rec.event_type) in ANNOUNCED_ONLY:
        # PLOVER: a promised attack is one THREATEN, not THREATEN + ASSAULT (future); an
        # announced withdrawal is CONCEDE, an announced expulsion or cut a THREATEN
        out = [stated] + ([rec] if rec.modality != "future" else [])
    elif stated:
        out.append(stated)
    refused = refusal(frame, rec, speaker)
    if refused:
        out.append(refused)
    option = kept_option(trig, frame.head, rec.modality, lex)
    if option:
        kept = derive(rec, option, frame.tokens, "option kept open", "declined to exclude it",
                      speaker)
        # "refused to rule out X" is no refusal: the option replaces it
        out = [kept] if rec.event_type == "REJECT" and rec.modality == "asserted" else [
            *out, kept]
    return out


def derive(rec: EventRecord, trig: Trigger, tokens: list[Token], rule: str, reason: str,
           speaker: list[Entity]) -> EventRecord:
    """A second, asserted record read off one already coded (same parties and evidence):
    the promise behind a future act, the refusal behind a negated one."""
    frame = Frame(trig, tokens[0], tokens, [], [], rule=rule)
    return assemble(
        trig, frame, sentence_of(tokens[-1]), rec.sentence, None, rec.actor, rec.recipient,
        "asserted", reason, None, speaker, base=rec,
    )  # fmt: skip


def refusal(frame: Frame, rec: EventRecord, speaker: list[Entity]) -> EventRecord | None:
    """PLOVER codes declining to cooperate as REJECT: "will not lift the embargo",
    "refused to sign", "failed to reach agreement", "has no plans to deploy". A plain
    past negation ("did not meet") stays a negated event only."""
    if rec.modality != "negated" or rec.event_type not in COOPERATIVE_TYPES:
        return None
    if not any(e.code or e.sector for e in rec.actor) and not referred(frame.actor_heads):
        return None  # "the union", "the Senate", or "they" / "his country": a party
    verb = frame.head if frame.head.pos_ in ("VERB", "AUX") else frame.head.head
    aux = {c.lower_ for c in kids(verb) if c.dep_ == "aux"}
    chosen = bool(aux & {"will", "would", "wo", "shall", "can", "ca", "could"}) or any(
        word in rec.why for word in ("embedded under", "'no plan", "cancels it")
    )
    if not chosen:
        return None
    trig = Trigger(key=f"declines to {rec.event_type}", type="REJECT", cameo="120")
    reason = f"refuses a {rec.event_type} ({rec.why.split('; ')[-1]})"
    return derive(rec, trig, [frame.head], "declined cooperation", reason, speaker)


def _announcer(frame: Frame, lex: Lexicon) -> Token | None:
    """The word that states the intention: a speech verb, "ready", "vowed", "prepared for"."""
    cur, hops = frame.head, 0
    while cur.head.i != cur.i and hops < 5:
        parent = cur.head
        lemma = parent.lemma_.lower()
        entry = lex.verbs.get(lemma)
        if (
            lemma in lex.speech_verbs
            or lemma in lex.intent_adjectives
            or (entry and entry.intent)
            or ready_word(parent)
        ):
            return parent
        cur, hops = parent, hops + 1
    return None


def intent(frame: Frame, rec: EventRecord, lex: Lexicon, resolve_names: ResolveNames,
           speaker: list[Entity]) -> EventRecord | None:
    """PLOVER codes a stated intention to act as AGREE (cooperative) or THREATEN
    (conflictual) by the one who states it: "vowed to retaliate", "said it was ready to
    resume talks", "said it could impose sanctions"."""
    if rec.modality not in ("future", "hypothetical") or rec.event_type in NOT_CONVERTED:
        return None
    if "'if' clause" in rec.why:
        return None
    announcer = _announcer(frame, lex)
    if "modal 'should'" in rec.why or "modal 'must'" in rec.why:
        return None  # "said X should provide ...": an appeal, not a promise
    # PLOVER: future CONSULT, SUPPORT, COOPERATE and AID imply an intention (AGREE) of
    # their actor, whoever reports it ("the government will sign a pact, the Palace said")
    offer = (
        rec.modality == "future"
        and rec.event_type in FUTURE_AGREE
        and any(e.code or e.sector for e in rec.actor)
    )
    if announcer is None:
        # "Putin will meet Erdogan", "the rebels will release two hostages": a scheduled
        # or announced act of one's own is a commitment (PLOVER: future meetings and
        # promised cooperation are AGREE).
        if not offer and (rec.modality != "future" or not any(e.code for e in rec.actor)):
            return None
        announcer = frame.head
    else:
        subj = [c for c in kids(announcer) if c.dep_ in ("nsubj", "nsubjpass")]
        if announcer.pos_ == "ADJ":
            subj = [c for c in kids(announcer.head) if c.dep_ == "nsubj"]
        who = resolve_names(subj) if subj else []
        verb = frame.head if frame.head.pos_ in ("VERB", "AUX") else frame.head.head
        if who and not rec.actor and referred([c for c in kids(verb) if c.dep_ == "nsubj"]):
            rec.actor = who  # "NATO said it would tighten the blockade": "it" is NATO
        if (
            not who
            or not rec.actor
            or not ({party_id(e) for e in who} & {party_id(e) for e in rec.actor})
        ):
            if not offer:
                return None
            announcer = frame.head
    quad = rec.quad_class or 4
    etype = "AGREE" if quad <= 2 else "THREATEN"
    if rec.event_type == "RETREAT":
        # CAMEO 035 "express intent to yield" is AGREE in PLOVER's conversion table, and
        # PLOVER's own gold codes "said it would allow inspectors back" so
        etype = "AGREE"
    cameo = {"CONSULT": "036", "RETREAT": "035"}.get(
        rec.event_type, "030" if etype == "AGREE" else "130"
    )
    trig = Trigger(key=f"intent '{announcer.text}'", type=etype, cameo=cameo)
    reason = f"intention to {rec.event_type} ({rec.modality})"
    return derive(rec, trig, [announcer, frame.head], "stated intention", reason, speaker)
