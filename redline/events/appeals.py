"""Appeals stated as obligations and orders (PLOVER REQUEST: "all requests, demands, and
orders"; CAMEO 020 "make an appeal or request").

- A speaker who says that someone else *must*, *should*, *ought to*, *has to* or *needs to*
  act asks them to: "Moscow said Kyiv must withdraw its forces" is a REQUEST by Moscow to
  Kyiv, "the EU says an escalation must be avoided" a REQUEST with no named addressee. The
  action itself stays hypothetical (modality), so only the appeal counts as done.
- "ordered the editors to appear in court", "pressured the union to call off the strike":
  an order to a named party to do something is a demand made of that party.

What a speaker says they themselves must do ("we must defend ourselves", a leader naming
their own state: `own_duty`) is not an appeal,
and neither is an inference ("the attack must have been planned", "talks should be
difficult"): perfect and copular clauses are left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.frames import Frame, verb_subjects
from redline.events.lexicon import Lexicon, Trigger
from redline.events.misparsed_subjects import participle_subject
from redline.nlp.tree import kids
from redline.records import EventRecord

OBLIGATION_AUX = frozenset({"must", "should", "ought"})
OBLIGATION_VERBS = frozenset({"need", "have"})  # "needs to stop", "has to leave"
# The speaker, or someone the speaker stands for: their own duty, not an appeal to another.
SELF_PRONOUNS = frozenset({"i", "we", "it", "he", "she", "they", "one"})
ORDER_VERBS = frozenset({"order", "instruct"})
OBLIGATION = "obligation stated"  # the rule name of these frames


def _obligation(verb: Token) -> str | None:
    """The word that makes `verb` an obligation ("must", "should", "needs to"), or None."""
    aux = [c for c in kids(verb) if c.dep_ == "aux"]
    for a in aux:
        if a.lower_ in OBLIGATION_AUX:
            return a.lower_
    if verb.lemma_.lower() in OBLIGATION_VERBS and verb.tag_ != "VBN":
        comp = [c for c in kids(verb) if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if comp and any(a.lower_ == "to" for a in kids(comp[0]) if a.dep_ == "aux"):
            return f"{verb.lemma_.lower()} to"
    return None


def _inference(verb: Token, lex: Lexicon) -> bool:
    """ "must have been planned", "should be difficult": what the speaker infers or expects."""
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids(verb)):
        return True
    if verb.lemma_.lower() == "be" and not any(c.dep_ == "auxpass" for c in kids(verb)):
        # copular: only "must be ready to ..." asks something of the subject
        return not any(
            c.dep_ == "acomp" and c.lemma_.lower() in lex.intent_adjectives for c in kids(verb)
        )
    return False


def obligation_frames(speech_verb: Token, clause: Token, lex: Lexicon) -> list[Frame]:
    """REQUEST by the speaker when the content clause puts an obligation on someone else."""
    entry = lex.verbs.get(speech_verb.lemma_.lower())
    if entry is not None and (entry.type or entry.intent or entry.negates):
        return []  # "warned that ...", "denied that ...", "vowed ...": coded as themselves
    if clause.pos_ not in ("VERB", "AUX"):
        return []
    word = _obligation(clause)
    if word is None or _inference(clause, lex):
        return []
    subj = [c for c in kids(clause) if c.dep_ == "nsubj"]
    if any(s.lower_ in SELF_PRONOUNS for s in subj):
        return []
    speakers = [participle_subject(c) or c for c in kids(speech_verb) if c.dep_ == "nsubj"] or [
        p for c in kids(speech_verb) if (p := participle_subject(c)) is not None]
    if not speakers or {s.lower_ for s in subj} & {s.lower_ for s in speakers}:
        return []
    aux = next((c for c in kids(clause) if c.lower_ == word.split()[0]), clause)
    trig = Trigger(key=word, type="REQUEST", cameo="020")
    return [Frame(trig, speech_verb, [speech_verb, aux], speakers, subj, rule=OBLIGATION)]


def own_duty(rec: EventRecord) -> bool:
    """ "Netanyahu said Israel might have to strike", "Erdogan said Turkey must defend its
    borders", "the Kremlin said Russia should respond": the speaker's own state, named rather
    than "we", has the duty; no appeal to anyone. Another body of the same state ("Biden said
    Congress must act") is still asked."""
    if not rec.recipient:
        return False
    first = rec.recipient[0]  # the clause's subject; later ones are lent by the act
    # the state by name ("Israel", not "the government", which a critic may be asking) and a
    # government voice speaking for it; a former leader or the opposition asks
    return first.sector is None and any(
        first.code == e.code and e.sector == "GOV" for e in rec.actor
    )


def _ordered_coercion(comp: Token, lex: Lexicon) -> tuple[Trigger, list[Token]] | None:
    """The COERCE trigger of an ordered act ("to suspend publication", "to be detained") and
    its own objects, or None."""
    lemma = comp.lemma_.lower()
    objs = [c for c in kids(comp) if c.dep_ == "dobj"]
    for obj in objs:
        trig = lex.verb_objects.get((lemma, obj.lemma_.lower()))
        if trig is not None:
            return (trig, []) if trig.type == "COERCE" else None
    trig = lex.verbs.get(lemma)
    return (trig, objs) if trig is not None and trig.type == "COERCE" else None


def order_frame(verb: Token, lex: Lexicon) -> Frame | None:
    """ "ordered X to V": a demand made of X (the ordered act itself stays hypothetical).
    An order that restricts its addressee ("ordered the paper to suspend publication") is
    the coercion itself, done by the one who gives it."""
    if verb.lemma_.lower() not in ORDER_VERBS or verb.pos_ != "VERB":
        return None
    objs = [c for c in kids(verb) if c.dep_ == "dobj"]
    if not objs and any(c.dep_ == "auxpass" for c in kids(verb)):
        objs = [c for c in kids(verb) if c.dep_ == "nsubjpass"]  # "were ordered to close"
    comp = [c for c in kids(verb) if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
    if not comp:
        return None
    infinitive = any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(comp[0]))
    # "ordered the ministers jailed": a participle of the ordered act (a coercion only); the
    # parser may make the ministers its subject
    participle = comp[0].tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass") for c in kids(comp[0])
    )
    if participle and not objs:
        objs = [c for c in kids(comp[0]) if c.dep_ == "nsubj"]
    if not objs:
        return None
    if not infinitive and not participle:
        return None
    coerced = _ordered_coercion(comp[0], lex)
    if coerced is not None:
        trig, targets = coerced
        return Frame(
            trig, verb, [verb, comp[0]], verb_subjects(verb), targets or objs, rule="order"
        )
    if not infinitive:
        return None
    trig = Trigger(key=f"{verb.lemma_.lower()} to", type="REQUEST", cameo="020")
    return Frame(trig, verb, [verb], verb_subjects(verb), objs, rule="order")
