"""Frames of event verbs: verb + object ("impose sanctions"), phrasal verbs ("call for"),
verb + adjective ("found him guilty"), name-calling, "hit with sanctions", the verb alone;
and requests for punishment read as accusations ("called for sanctions against X").
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.deliveries import delivery_trigger
from redline.events.frames import (
    DEFAULT_RECIP_PREPS,
    Frame,
    _is_time,
    _particle,
    _pobjs,
    verb_objects,
    verb_subjects,
    with_conjuncts,
)
from redline.events.lexicon import Lexicon, Trigger
from redline.events.noun_triggers import _noun_trigger
from redline.events.permissions import permission
from redline.events.place_senses import non_event_object
from redline.events.recipients import datives
from redline.events.senses import advisory, figurative_war, misread_participle, other_verb_sense
from redline.events.verbal_attacks import name_calling, verbal_attack, verbal_trigger
from redline.nlp.tree import kids, lefts

# Nouns of a change in amount: "announced an increase in funding" announces funding.
CHANGE_NOUNS = frozenset("increase boost rise hike jump doubling tripling".split())
PUNISH_VERBS = frozenset({"hit", "slap", "target", "punish", "threaten"})
PUNITIVE = frozenset({"SANCTION", "ACCUSE", "COERCE"})


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
