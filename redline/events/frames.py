"""Predicate-argument frames: which words carry an event, and which noun phrases fill
its actor and recipient slots, read off the dependency parse.

A frame holds token heads only; the coder resolves them to actors. Verbs take their
subject as actor (the agent for passives) and their object or a listed preposition's
object as recipient; nouns take a possessor, a nationality modifier, or the subject of
the light verb they hang from ("imposed sanctions on Russia").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from redline.actors.phrase import dateline_end
from redline.events.aid_givers import arriving_from, giver_predicate
from redline.events.arguments import issuer, party_noun, stray_agent
from redline.events.casualty_causes import casualty_cause
from redline.events.dates import WEEKDAYS
from redline.events.deliveries import delivery_trigger
from redline.events.forecasts import faces_coercion, threat_mode
from redline.events.lexicon import Lexicon, Trigger, verb_lemma
from redline.events.modality import call_to, ready_word
from redline.events.permissions import permission
from redline.events.place_senses import non_event_object
from redline.events.recipients import datives, undergoer
from redline.events.senses import (
    advisory,
    confinement_state,
    figurative_war,
    misread_participle,
    other_noun_sense,
    other_verb_sense,
    presupposed,
    restated_support,
)
from redline.events.stopping_short import stopped_short
from redline.events.verbal_attacks import name_calling, verbal_attack, verbal_trigger
from redline.nlp.sentences import tokens_of
from redline.nlp.tree import kids, lefts

SUBJ = ("nsubj", "csubj")
DEFAULT_RECIP_PREPS = ("against", "on", "with", "at", "toward", "towards", "into")
REPORTING_VERBS = frozenset({"say", "tell", "report", "add", "announce", "state", "claim"})
HAPPEN_VERBS = frozenset(
    "begin start resume continue open end break erupt intensify escalate collapse fail".split()
)
# Nouns of a change in amount: "announced an increase in funding" announces funding.
CHANGE_NOUNS = frozenset("increase boost rise hike jump doubling tripling".split())
POSS_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my"})
THREAT_AUX = frozenset({"will", "'ll", "shall", "would", "'d", "could", "might", "may"})
PUNISH_VERBS = frozenset({"hit", "slap", "target", "punish", "threaten"})
OBJECT_CONTROL = frozenset(
    "urge ask call press invite tell order force persuade encourage "
    "allow help push appeal implore".split()
)


@dataclass
class Frame:
    trigger: Trigger
    head: Token  # the token whose clause decides modality
    tokens: list[Token]  # the words shown as the trigger
    actor_heads: list[Token] = field(default_factory=list)
    recipient_heads: list[Token] = field(default_factory=list)
    speaker_is_actor: bool = False  # threat predicates: the speaker threatens
    rule: str = "verb"
    weak: bool = False  # a noun mention: an event only if an actor or recipient resolves


def with_conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in kids(tok):
        if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON"):
            out.extend(with_conjuncts(c))
    return out


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    out: list[Token] = []
    for c in kids(tok):
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            out.extend(g for g in kids(c) if g.dep_ == "pobj" and not _is_time(g))
    return out


def _is_time(tok: Token, terms: bool = False) -> bool:
    """ "on Tuesday", "in 2004": a date is never a participant. With terms, a length of time
    may still complete a phrasal verb ("sentenced to five years")."""
    if terms and tok.lemma_.lower() in ("year", "month"):
        return False
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in WEEKDAYS


# Verbs with no passive: the tagger still reads "Trump reneged on the deal" as a participle.
NO_PASSIVE = frozenset(
    "renege resign rally riot mutiny defect abstain retreat backtrack capitulate relent "
    "collude rebel".split()
)


def verb_subjects(verb: Token, depth: int = 0) -> list[Token]:
    """The actor heads of a verb, climbing through conjunctions, xcomps and relative clauses."""
    if any(c.dep_ == "nsubjpass" for c in kids(verb)):
        agents = [
            g for c in kids(verb) if c.dep_ == "agent" for g in kids(c) if g.dep_ == "pobj"
        ]
        return agents or stray_agent(verb)
    subj = [c for c in kids(verb) if c.dep_ in SUBJ]
    if (
        subj
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() not in NO_PASSIVE
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in kids(verb))
    ):
        return []  # "two others injured": a reduced passive; its subject is the victim
    if subj or depth > 3:
        return subj
    if verb.tag_ == "VBG" and verb.dep_ in ("pobj", "pcomp", "dobj", "nsubj", "nsubjpass"):
        # a gerund used as a noun: "killed in police firing", "Israeli shelling"
        mods = [c for c in kids(verb) if c.dep_ in ("compound", "amod", "poss", "nmod")]
        if mods:
            return mods
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "civilians evacuated by Britain"
        agents = [g for c in kids(verb) if c.dep_ == "agent"
                  for g in kids(c) if g.dep_ == "pobj" and party_noun(g)]
        if agents:
            return agents
    head = verb.head
    if any(c.dep_ == "auxpass" for c in kids(verb)):
        return []  # "... and were arrested": the shared subject is the one arrested
    if verb.dep_ == "conj" and head is not verb:
        if verb.tag_ != "VBN" and (patient := [c for c in kids(head) if c.dep_ == "nsubjpass"]):
            return patient  # "was indicted by a jury and will resign": the one indicted resigns
        return verb_subjects(head, depth + 1)
    if verb.dep_ == "xcomp" and head is not verb:
        passive_subj = [c for c in kids(head) if c.dep_ == "nsubjpass"]
        if passive_subj:
            return passive_subj  # "the police were forced to open fire"
        objs = [c for c in kids(head) if c.dep_ == "dobj"]
        if head.lemma_.lower() in OBJECT_CONTROL and objs and not call_to(head):
            return objs  # "urged Iran to talk"; but "called Macron to congratulate him"
        if head.pos_ in ("VERB", "AUX"):
            return verb_subjects(head, depth + 1)
        if head.dep_ in ("acomp", "amod") and head.head is not head:  # "ready to talk"
            return verb_subjects(head.head, depth + 1)
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG"):
        if (gov := issuer(head)) is not None:  # "issued a statement condemning ..."
            return verb_subjects(gov, depth + 1)
        return [head]  # "troops who fired", "troops firing on the crowd"
    if (
        verb.dep_ == "advcl"
        and head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb))
    ):
        return verb_subjects(head, depth + 1)  # "staged rallies to protest ...": same doer
    if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and verb.tag_ == "VBG":
        if head.lemma_.lower() not in REPORTING_VERBS:  # ", the air force said, hitting ..."
            return verb_subjects(head, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return verb_subjects(head.head, depth + 1)  # "after hosting a summit, Macron ..."
    if verb.dep_ == "pcomp" and stopped_short(head):
        return verb_subjects(head.head.head, depth + 1)  # "X stopped short of endorsing"
    if verb.dep_ == "acl" and head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX"):
        return verb_subjects(head.head, depth + 1)  # "Washington has no plans to deploy"
    if verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and (
        active_form(verb)
    ):
        # a misparse: "Opposition parties called on X to ..." read as a noun phrase with a
        # reduced relative; in a sentence with no other verb it is the main verb
        return [head]
    return []


def active_form(verb: Token) -> bool:
    """A past form that cannot be a passive participle here: a past-tense tag, a direct
    object, or "called on/for"."""
    if verb.tag_ == "VBD" or any(c.dep_ == "dobj" for c in kids(verb)):
        return True
    return verb.lemma_.lower() == "call" and any(
        c.dep_ == "prep" and c.lower_ in ("on", "for") for c in kids(verb))


def verb_objects(verb: Token, trig: Trigger) -> list[Token]:
    passive = [c for c in kids(verb) if c.dep_ == "nsubjpass"]
    if passive:
        return passive
    objs = [c for c in kids(verb) if c.dep_ == "dobj"] + datives(verb)
    preps = trig.recip or DEFAULT_RECIP_PREPS
    return objs + _pobjs(verb, preps)


def _particle(verb: Token, skip_time: bool = False) -> dict[str, None]:
    """Particles and prepositions of a verb ("pull out", "call for"); with skip_time, not a
    preposition that only introduces a date ("called on Tuesday"). In sentence order (a
    dict, not a set), so that the first phrasal key to match is the same on every run."""
    out: dict[str, None] = {}
    for c in kids(verb):
        if c.dep_ == "prt" or (
            c.dep_ == "prep"
            and not (
                skip_time
                and all(_is_time(g) for g in kids(c) if g.dep_ == "pobj")
                and any(g.dep_ == "pobj" for g in kids(c))
            )
        ):
            out.setdefault(c.lower_)
    return out


def _noun_key(tok: Token) -> str:
    return tok.lemma_.lower()


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


# verbs of joining in an activity: "go on a rampage", "engage in clashes", "take part in";
# not "embark on", which mostly starts trips and programmes
PARTAKING = frozenset({("go", "on"), ("engage", "in"), ("participate", "in"), ("join", "in")})


def _partaking(prep: Token) -> Token | None:
    """The verb of joining in whose preposition this is, if it is one."""
    verb = prep.head
    if (verb.lemma_.lower(), prep.lower_) in PARTAKING:
        return verb
    if prep.lower_ == "in" and verb.lemma_.lower() == "part" and verb.head.lemma_ == "take":
        return verb.head  # "took part in": the preposition hangs on the object "part"
    return None


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


PUNITIVE = frozenset({"SANCTION", "ACCUSE", "COERCE"})
# Verbs of weighing one's own measure ("is considering sanctions", "drafted a ban"); not "want",
# "seek" or "demand", whose subject asks someone else to act.
OWN_MEASURES = frozenset({"SANCTION", "COERCE"})
DELIBERATING = frozenset(
    "consider weigh mull contemplate plan prepare draft propose study explore".split()
)
RESPONSIBILITY = frozenset({"responsibility", "credit"})
CLAIMING = frozenset({"claim", "accept", "admit", "take", "acknowledge"})


def punitive_request(frame: Frame, lex: Lexicon) -> Frame:
    """ "called for sanctions against Moscow", "demanded an inquiry into the killings": asking
    for punishment or investigation of someone accuses them (CAMEO/PLOVER practice)."""
    if frame.trigger.type != "REQUEST":
        return frame
    verb = frame.head
    asked = [c for c in kids(verb) if c.dep_ == "dobj"] + _pobjs(verb, ("for",))
    for noun in asked:
        ntrig = _noun_trigger(noun, lex)
        if ntrig and ntrig.type in PUNITIVE:
            targets = _pobjs(noun, ("against", "into", "on", "of")) or _pobjs(
                verb, ("against", "on")
            )
            trig = Trigger(
                key=f"{frame.trigger.key} {noun.lemma_}",
                type="ACCUSE",
                mode="allege",
                cameo="112",
                recip=("against",),
            )
            return Frame(
                trig, verb, [verb, noun], frame.actor_heads, targets, rule="punitive request"
            )
    return frame


def find_frames(sent: Span, lex: Lexicon) -> list[Frame]:
    frames: list[Frame] = []
    consumed: set[int] = set()
    for tok in tokens_of(sent):
        if tok.i in consumed:
            continue
        lemma = verb_lemma(tok, lex) if tok.pos_ in ("VERB", "AUX") else tok.lemma_.lower()
        if tok.dep_ == "amod":
            continue  # "coordinated attacks", "allied forces": a participle used as adjective
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and lemma != "be" and tok.dep_ == "ROOT"):
            found = [punitive_request(f, lex) for f in _verb_frames(tok, lemma, lex, consumed)]
            for f in found:
                if f.rule == "punitive request":
                    consumed.update(t.i for t in f.tokens)
            frames.extend(found)
        elif tok.pos_ in ("NOUN", "PROPN") and tok.i not in consumed:
            frame = _noun_frame(tok, lemma, lex) or _giver_frame(tok)
            if frame:
                frames.append(frame)
                consumed.update(t.i for t in frame.tokens)
    start = dateline_end(sent)
    if start > sent.start:  # the parser may make the dateline's place a subject
        for f in frames:
            f.actor_heads = [
                a for h in f.actor_heads for a in ([h] if h.i >= start else _after(h, start))]
            if not f.actor_heads and (doer := _dateline_subject(f.head, start)) is not None:
                f.actor_heads = [doer]
    return frames


def _dateline_subject(verb: Token, start: int) -> Token | None:
    """ "SAN SALVADOR, El Salvador (AP) - The FMLN offered ...": hung on the dateline's
    place, the subject becomes an apposition and its finite verb a modifier of it (acl).
    A past-tense verb (not a participle: "the troops sent to the border") modifying a noun
    that the parser attached to the dateline is that noun's predicate."""
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and head.i >= start and head.head.i < start:
        return head
    return None


def _after(head: Token, start: int) -> list[Token]:
    """What the parser hung on a dateline word past the dateline: "MOGADISHU -- A U.S.
    airstrike has killed" makes the airstrike an apposition of the place."""
    return [t for t in head.subtree if t.dep_ == "appos" and t.i >= start and t.head.i < start]


def _verb_frames(verb: Token, lemma: str, lex: Lexicon, consumed: set[int]) -> list[Frame]:
    # 1. verb + object combinations ("sign a deal", "impose sanctions", "send troops")
    for obj in (c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lemma_.lower() in lex.quantity_nouns:  # "waves of air strikes"
            obj = next(iter(_pobjs(obj, ("of",))), obj)
        elif obj.lemma_.lower() in CHANGE_NOUNS:  # "announced a big increase in aid"
            obj = next(iter(_pobjs(obj, ("in", "of"))), obj)
        for o in with_conjuncts(obj):
            comp = " ".join(t.lemma_.lower() for t in lefts(o) if t.dep_ == "compound")
            mod = " ".join(t.lower_ for t in lefts(o) if t.dep_ in ("compound", "amod"))
            near = [t.lower_ for t in lefts(o) if t.dep_ in ("compound", "amod")][-1:]
            of = [f"{o.lemma_.lower()} of {g.lemma_.lower()}" for g in _pobjs(o, ("of",))]
            objs = (  # most specific first: "cyber warfare" (amod) before "warfare"
                *of[:1],  # "declared a state of siege"
                f"{mod} {o.lemma_.lower()}".strip(),
                f"{comp} {o.lemma_.lower()}".strip(),
                *(f"{n} {o.lemma_.lower()}" for n in near),  # "a new [military op]"
                o.lemma_.lower(),
            )
            # a particle verb first: "called off the strike" is not "called a strike"; "forced
            # X out of" hangs "out" as a preposition
            prts = [p for p in kids(verb) if p.dep_ == "prt" or p.lower_ == "out"]
            verbs = (*(f"{lemma} {p.lower_}" for p in prts), lemma)
            keys = [(v, k) for v in verbs for k in objs]
            for key in keys:
                trig = lex.verb_objects.get(key)
                if trig and trig.type == "ASSAULT" and verbal_attack(o, lex):
                    trig = verbal_trigger(key[1], trig.recip)  # "launched an attack on the bill"
                if trig and trig.type in ("AID", "MOBILIZE"):  # "sent tanks to Kyiv"
                    preps = set(_particle(verb, skip_time=True))
                    trig = delivery_trigger(verb, o, key, trig, preps, lex)
                if trig and trig.type == "ASSAULT" and figurative_war(verb, o):
                    consumed.update(t.i for t in with_conjuncts(obj))
                    return []  # "declared war on drugs": a policy, not force
                if trig and trig.type == "THREATEN" and advisory(o, lex):
                    consumed.update(t.i for t in with_conjuncts(obj))
                    return []  # "issued a travel warning for Kenya"
                if trig:
                    consumed.update(t.i for t in with_conjuncts(obj))
                    preps = trig.recip or DEFAULT_RECIP_PREPS
                    recips = datives(verb) + _pobjs(verb, preps) + _pobjs(o, preps)
                    if not recips and trig.object_party:  # "summoned the Thai envoy"
                        recips = [o]
                    if not recips and trig.needs_recip:  # "opened its borders" alone
                        continue
                    if obj.dep_ == "nsubjpass":
                        actors = [g for c in kids(verb) if c.dep_ == "agent" for g in kids(c)]
                    else:
                        actors = verb_subjects(verb)
                    return [Frame(trig, verb, [verb, o], actors, recips, rule="verb+object")]
    if allowed := permission(verb, lex):  # "will allow the refugees to return"
        trig, comp, let_in = allowed
        return [Frame(trig, verb, [verb, comp], verb_subjects(verb), let_in, rule="permission")]
    # 2. phrasal verbs ("pull out", "call for", "take into custody")
    for prep in (c for c in kids(verb) if c.dep_ == "prep"):
        for pobj in (g for g in kids(prep) if g.dep_ == "pobj" and not _is_time(g, terms=True)):
            trig = lex.phrasal.get(f"{lemma} {prep.lower_} {pobj.lemma_.lower()}")
            if trig:
                objs = verb_objects(verb, trig)
                return [
                    Frame(trig, verb, [verb, pobj], verb_subjects(verb), objs, rule="phrasal verb")
                ]
    # "found him guilty", "held Moscow responsible": verb + predicative adjective
    small_clause = ("oprd", "acomp", "xcomp", "ccomp")
    for comp in (c for c in kids(verb) if c.dep_ in small_clause and c.pos_ == "ADJ"):
        trig = lex.phrasal.get(f"{lemma} {comp.lower_}")
        if trig:
            # the parser may hang the object on the adjective ("found [the bishop guilty]")
            objs = [c for c in kids(verb) if c.dep_ == "dobj"]
            objs += [c for c in kids(comp) if c.dep_ == "nsubj"]
            return [
                Frame(trig, verb, [verb, comp], verb_subjects(verb), objs, rule="verb+adjective")
            ]
    if named := name_calling(verb, lex):  # "called the minister a liar"
        trig = Trigger(key=f"{lemma} {named[1].lower_}", type="ACCUSE", mode="disapprove",
                       cameo="111")
        return [Frame(trig, verb, [verb, named[1]], verb_subjects(verb), named[0],
                      rule="name-calling")]
    for part in _particle(verb, skip_time=True):
        trig = lex.phrasal.get(f"{lemma} {part}")
        if trig:
            preps = trig.recip or DEFAULT_RECIP_PREPS
            objs = [c for c in kids(verb) if c.dep_ == "dobj"] + _pobjs(verb, preps)
            if part in ("for", "on") and trig.type == "REQUEST":
                objs = [c for c in kids(verb) if c.dep_ == "dobj"] + [
                    g for c in kids(verb) if c.lower_ == "on" for g in kids(c)
                ]
            return [Frame(trig, verb, [verb], verb_subjects(verb), objs, rule="phrasal verb")]
    # 3. light verbs hand their subject to a noun trigger object
    if lemma in lex.light_verbs:
        for obj in (c for c in kids(verb) if c.dep_ == "dobj"):
            if _noun_trigger(obj, lex):
                return []
    # 4. "hit with sanctions", "slapped with tariffs": the noun names the event
    if lemma in PUNISH_VERBS:
        for noun in _pobjs(verb, ("with",)):
            ntrig = _noun_trigger(noun, lex)
            if ntrig and ntrig.type == "SANCTION":
                consumed.add(noun.i)
                return [
                    Frame(
                        ntrig,
                        verb,
                        [verb, noun],
                        verb_subjects(verb),
                        verb_objects(verb, ntrig),
                        rule="verb+with-noun",
                    )
                ]
    trig = lex.verbs.get(lemma)
    if trig is None or trig.type is None:
        return []
    if trig.type == "ASSAULT" and verbal_attack(verb, lex):
        trig = verbal_trigger(lemma, trig.recip)  # "attacked the ruling"
    if non_event_object(verb, lex, trig):
        return []  # "captured footage", "hit a record", not "shelled a market"
    if other_verb_sense(verb, trig, lex):
        return []  # "released a statement", "demands were met"
    if trig.type == "THREATEN" and advisory(verb, lex):
        return []  # "a storm warning", tagged as a verb
    if misread_participle(verb, trig):
        return []  # "said captured commander X has refused to talk"
    objs = verb_objects(verb, trig)
    if trig.needs_recip and not objs:
        return []
    # "pledged security guarantees to Ukraine": a same-type noun object is this event
    # restated; take its recipients and do not code it again.
    for obj in [o for o in objs if o.dep_ == "dobj"]:
        ntrig = _noun_trigger(obj, lex)
        if ntrig and ntrig.type == trig.type:
            consumed.add(obj.i)
            objs = [o for o in objs if o is not obj] + _pobjs(obj, ntrig.recip or trig.recip)
    return [Frame(trig, verb, [verb], verb_subjects(verb), objs)]



def _noun_trigger(tok: Token, lex: Lexicon) -> Trigger | None:
    lemma = tok.lemma_.lower()
    comp = [c for c in lefts(tok) if c.dep_ == "compound"]
    # the nearest noun modifier, then the nearest adjective ("a general strike")
    adj = [c for c in lefts(tok) if c.dep_ == "amod"][-1:]
    for mod in comp[-1:] + adj:
        trig = lex.noun_compounds.get(f"{mod.lemma_.lower()} {lemma}")
        if trig:
            return trig
    trig = lex.nouns.get(lemma)
    if trig is None:
        return None
    if restated_support(tok):
        return Trigger(key="restated commitment", type="SUPPORT", cameo="051", recip=trig.recip)
    if trig.type == "ASSAULT" and verbal_attack(tok, lex):
        return verbal_trigger(lemma, trig.recip)  # "a scathing attack", "the attack on the bill"
    if lemma == "strike" and tok.dep_ == "pobj" and (
        _partaking(tok.head) or (tok.head.lower_ == "on" and tok.head.head.lemma_ == "be")
    ):  # "went on strike", "took part in a strike": a stoppage, not an air strike
        return Trigger(key="on strike", type="PROTEST", mode="strike", cameo="143")
    if lemma == "call":
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in kids(tok)):
            return Trigger(key="call for", type="REQUEST", cameo="020")
        if not (comp and comp[-1].lower_ in ("phone", "telephone", "video")):
            return None
    return trig


def _counted_by(noun: Token, lex: Lexicon) -> Token:
    """ "dozens of arrests", "a wave of raids": the quantity noun that stands in the clause
    for the event noun it counts (else the noun itself)."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of":
        if prep.head.lemma_.lower() in lex.quantity_nouns:
            return prep.head
    return noun


def _giver_frame(noun: Token) -> Frame | None:
    """ "X is the biggest donor to Y" (events.aid_givers)."""
    found = giver_predicate(noun)
    if found is None:
        return None
    trig, subj, recips = found
    return Frame(trig, noun.head, [noun], subj, recips, rule="giver predicate")


def _noun_frame(noun: Token, lemma: str, lex: Lexicon) -> Frame | None:
    trig = _noun_trigger(noun, lex)
    if trig is None or other_noun_sense(noun, trig) or presupposed(noun):
        return None
    if confinement_state(noun):  # "died in police custody"
        return None
    came = arriving_from(noun) if trig.type == "AID" else None
    if came and not _pobjs(noun, ("from", "by")) and not noun_actor_heads(noun)[0]:
        # "donations poured in from Canada": the giver; the arrival verb is no visit
        givers, recips = came
        return Frame(trig, noun, [noun, noun.head], givers,
                     _pobjs(noun, trig.recip or ("to",)) or recips, rule="noun (arriving from)")
    if trig.type == "THREATEN" and advisory(noun, lex):  # "a flood alert for the valley"
        return None
    actors, how = noun_actor_heads(noun)
    if actors and all(a.lower_ in trig.key.split() and not a.n_lefts for a in actors):
        actors, how = [], "none"  # "hunger" of "hunger strike" (not "Russian drone attacks")
    recips = _pobjs(noun, trig.recip or DEFAULT_RECIP_PREPS)
    gov = noun.head
    counted = _counted_by(noun, lex)  # "a number of arrests were made": the count is the object
    governed_by_light = (
        counted.dep_ in ("dobj", "nsubjpass") and verb_lemma(counted.head, lex) in lex.light_verbs
    )
    if governed_by_light:
        gov = counted.head
    who = [] if recips else undergoer(noun)
    if who:  # "X drew criticism from Y"; a bare "X faces arrest" names no doer and stays out
        doers = actors or _pobjs(gov, ("from", "by"))
        if doers and not actors:
            actors, how = doers, "'from' phrase"
        recips = who if actors else []
    if governed_by_light:
        # "began their assault": a possessive pronoun is bound by the light verb's subject
        if not actors or all(a.lower_ in POSS_PRONOUNS for a in actors):
            subj, via = light_verb_subjects(counted, lex)
            if subj or not actors:
                actors, how = subj, via
        if not recips:
            recips = _pobjs(gov, trig.recip or DEFAULT_RECIP_PREPS)
    elif not actors:
        actors, how = light_verb_subjects(noun, lex)  # "claimed responsibility for X"
    is_subject = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "ROOT"
    # "six were killed in grenade attacks", "died as a result of torture": the casualties' cause
    cause = casualty_cause(noun)
    # "Talks will begin on Monday", "Fighting resumed": the event is the subject.
    happens = noun.dep_ == "nsubj" and noun.head.lemma_.lower() in HAPPEN_VERBS
    # A bare mention ("the deal") is an anaphor, not a new event; a heading with no verb
    # ("Pledges in Paris") names a topic, not an event.
    if not (governed_by_light or actors or recips or is_subject or cause):
        return None
    tokens = [gov, noun] if governed_by_light else [noun]
    frame = Frame(trig, noun, tokens, actors, recips, rule=f"noun ({how})")
    frame.weak = not (governed_by_light or happens or cause)
    return frame


def _irrealis(verb: Token) -> bool:
    """ "will face consequences", "would pay a price", "could be treated as hostile"."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in THREAT_AUX for c in kids(verb))


def threat_frames(speech_verb: Token, clause: Token, lex: Lexicon) -> list[Frame]:
    """Content clauses that set a condition for retaliation: "(troops) would be legitimate
    targets", "will be treated as hostile", "will face consequences"."""
    for tok in clause.subtree:
        lemma = tok.lemma_.lower()
        if (
            lemma not in lex.threat_predicates
            and f"legitimate {lemma}" not in lex.threat_predicates
            and not faces_coercion(tok)  # "would face a military attack"
        ):
            continue
        if tok.dep_ not in ("attr", "acomp", "dobj", "pobj", "oprd"):
            continue
        pred_verb = tok.head if tok.dep_ != "pobj" else tok.head.head
        if tok.dep_ in ("dobj", "pobj") and not _irrealis(pred_verb):
            continue  # "struck targets in Gaza", "in response to": a report, not a warning
        subj = [c for c in kids(pred_verb) if c.dep_ in ("nsubj", "nsubjpass")]
        trig = Trigger(key=lemma, type="THREATEN", mode=threat_mode(tok), cameo="138")
        return [
            Frame(
                trig,
                speech_verb,
                [speech_verb, tok],
                [],
                subj,
                speaker_is_actor=True,
                rule="threat predicate",
            )
        ]
    return []
