"""Argument helpers of the rule coder: who a phrase stands for when the resolver needs help,
where and in whose country an event happens, and how records of one sentence are merged."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from redline.actors import ActorContext
from redline.actors.world_cities import find_place
from redline.nlp.sentences import doc_text, ents_of
from redline.nlp.tree import kids
from redline.records import Entity, EventRecord, Location

if TYPE_CHECKING:  # a type hint only: frames -> recipients -> arguments would be a cycle
    from redline.events.frames import Frame

FIRST_PERSON = frozenset({"i", "we", "us", "me", "our", "my"})
INNER_PARTY_PREPS = frozenset({"by", "from", "against", "on", "with", "to", "of", "toward"})
DOMESTIC_SECTORS = frozenset({"COP", "CVL", "JUD", "LEG", "OPP", "PTY", "EDU", "JRN", "LAB"})
DATELINE = re.compile(
    r"^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'/ -]{2,40}?)(?:,[^\n]{0,30})?"
    r"\s*(?:\([^)\n]{2,40}\)\s*)?[-–—]\s",
    re.M,
)
ANAPHORS = frozenset({"he", "she", "it", "they", "its", "his", "her", "their"})
PLURAL_ANAPHORS = frozenset({"they", "their"})
# Singular nouns that name a body of people, which British usage may call "they".
COLLECTIVES = frozenset(
    "government ministry army military police committee council group party administration "
    "regime company team force union movement organisation organization agency authority "
    "office court parliament cabinet family".split()
)


def _one_person(tok: Token) -> bool:
    """A speaker who is one person ("the mayor", "Smith"), whom "they" cannot mean."""
    if tok.ent_type_ == "PERSON":
        return True
    return tok.tag_ == "NN" and not tok.ent_type_ and tok.lemma_.lower() not in COLLECTIVES
TARGET_PREPS = frozenset({"against", "on", "at"})
PARTY_PREPS = frozenset({"to", "with"})
REPORTING = frozenset(
    "say tell announce state add insist claim confirm warn vow promise pledge "
    "deny reaffirm reiterate stress declare assert affirm maintain argue explain reply respond "
    "threaten".split()
)


def _pobjs_of(verb: Token, preps: frozenset[str]) -> list[Token]:
    return [
        g
        for c in kids(verb)
        if c.dep_ == "prep" and c.lower_ in preps
        for g in kids(c)
        if g.dep_ == "pobj"
    ]


def xcomp_objects(head: Token) -> list[Token]:
    """ "offered to hand them over to Britain": the recipient sits in the complement. Who an
    act is aimed at comes first: "threatened to use force against the junta" is a threat to
    the junta, not to "force"."""
    for comp in kids(head):
        if comp.dep_ == "xcomp" and comp.pos_ == "VERB":
            aimed_at = _pobjs_of(comp, TARGET_PREPS)
            if aimed_at:
                return aimed_at + _pobjs_of(comp, PARTY_PREPS)
            objs = [c for c in kids(comp) if c.dep_ in ("dobj", "dative")]
            return objs + _pobjs_of(comp, PARTY_PREPS)
    return []


# Documents and statements speak for whoever issued them: "released a statement condemning
# X", "filed a lawsuit accusing X", "passed a resolution criticising X".
DOCUMENT_NOUNS = frozenset(
    "report statement resolution letter lawsuit suit complaint declaration communique "
    "petition motion ruling verdict judgment judgement order decree memo note "
    "editorial article op-ed".split()
)


def issuer(noun: Token) -> Token | None:
    """The verb whose object (or passive subject) a document noun is, when the event is
    stated in a clause attached to that document ("a report accusing X")."""
    if noun.lemma_.lower() not in DOCUMENT_NOUNS or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    return noun.head if noun.head.pos_ in ("VERB", "AUX") else None


def stray_agent(verb: Token) -> list[Token]:
    """The "by" phrase of a passive that the parser hung on a gerund of its complement
    ("was accused of misusing funds by the new government"), or deeper in the complement
    ("accused of taking bribes worth millions by officials"), never past a clause or a
    participle with an agent of its own. Only a party: not a means ("by shooting", "by force").
    """
    for prep in (c for c in kids(verb) if c.dep_ == "prep"):
        for comp in (g for g in kids(prep) if g.dep_ == "pcomp"):
            for by in (c for c in kids(comp) if c.dep_ in ("prep", "agent")):
                if by.lower_ == "by":
                    return [g for g in kids(by) if g.dep_ == "pobj" and party_noun(g)]
    for prep in (c for c in kids(verb) if c.dep_ == "prep"):
        for by in _inner_bys(prep):
            found = [g for g in kids(by) if g.dep_ == "pobj" and party_noun(g)]
            if found:
                return found
    return []


# Edges into another clause: a "by" phrase beyond them has its own verb.
_CLAUSE_EDGES = frozenset(
    {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "csubj", "nsubj"})
_PARTY_ENTS = frozenset({"ORG", "PERSON", "NORP", "GPE"})


def _inner_bys(tok: Token) -> list[Token]:
    out: list[Token] = []
    for child in kids(tok):
        if child.dep_ in _CLAUSE_EDGES or child.tag_ == "VBN":
            continue  # "money stolen by X": the participle's own agent
        if child.dep_ in ("prep", "agent") and child.lower_ == "by":
            out.append(child)
        else:
            out.extend(_inner_bys(child))
    return out


def party_noun(tok: Token) -> bool:
    """A named party or a determined or plural body of people ("officials", "the army");
    a bare singular ("by force", "by phone") is a means."""
    from redline.actors.sectors import sector_word

    if tok.ent_type_ in _PARTY_ENTS or tok.pos_ == "PROPN":
        return True
    if tok.pos_ != "NOUN" or sector_word(tok.lemma_.lower()) is None:
        return False
    return tok.tag_ == "NNS" or any(c.dep_ in ("det", "poss") for c in kids(tok))


def words_only(tok: Token) -> Entity:
    """An entity with the noun phrase's words and offsets but no code (relative clauses and
    appositions left out)."""
    skip = {
        t.i for a in kids(tok) if a.dep_ in ("relcl", "appos", "acl", "advcl") for t in a.subtree
    }
    # "an attack near Samarra on Sunday": when is no part of who or what
    skip |= {
        t.i
        for a in kids(tok)
        if a.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in kids(a))
        for t in a.subtree
    }
    words = [t for t in tok.subtree if t.i not in skip]
    while len(words) > 1 and words[-1].is_punct:  # "Majority Forward, a group ...,"
        words.pop()
    start = min(t.idx for t in words)
    end = max(t.idx + len(t.text) for t in words)
    return Entity(text=doc_text(tok.doc)[start:end], start=start, end=end)


def peacekeeping(head: Token, actor_heads: list[Token] | None = None) -> bool:
    """Peacekeepers are sent or move: in the verb's phrase, or its subject found above an
    aspect verb ("peacekeepers began deploying", "started arriving")."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    words = [*verb.subtree, *(t for a in actor_heads or [] for t in a.subtree)]
    return any(t.lower_.startswith("peacekeep") for t in words)


JOINT = frozenset({"joint", "combined", "multinational", "bilateral", "trilateral"})


def joint(frame: Frame) -> bool:
    """ "joint war games": several parties take part even when only one is named."""
    return any(c.lower_ in JOINT for t in frame.tokens for c in kids(t))


def official(actors: list[Entity], frame: Frame) -> bool:
    """A government or body, not a people named by its demonym ("thousands of Sudanese")."""
    if any(h.ent_type_ == "NORP" or h.tag_ in ("NNS", "NNPS") for h in frame.actor_heads):
        return any(e.sector in ("GOV", "IGO") for e in actors)
    return any(e.code and e.sector in (None, "GOV", "IGO") for e in actors)


def agentless(head: Token) -> bool:
    """A passive with no "by" phrase, or a bare noun ("the arrest of ...")."""
    if head.pos_ in ("NOUN", "PROPN"):
        return True
    deps = {c.dep_ for c in kids(head)}
    return ("nsubjpass" in deps or "auxpass" in deps or head.tag_ == "VBN") and "agent" not in deps


def home_country(text: str, ctx: ActorContext) -> str | None:
    """The country of the dateline ("TBILISI (Redline Wire) -", "BELGRADE, Jan 28 -"): where
    unnamed police, courts and protesters belong."""
    m = DATELINE.search(text[:1500])
    if not m:
        return None
    place = m.group(1).split("/")[0].strip().title()
    ents = ctx.resolve_text(place)
    return (ents[0].country or ents[0].code) if ents else None


def modifier_actors(tok: Token, ctx: ActorContext) -> list[Entity]:
    """A target that is no actor itself ("Houthi sites", "villages in Pakistan", "Indian
    airlines") stands for the actor its modifier or place names."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return []
    for child in kids(tok):
        if child.dep_ in ("compound", "amod", "poss", "nmod") and child.pos_ in (
            "PROPN",
            "ADJ",
            "NOUN",
        ):
            found = ctx.resolve(child)
            if found:
                return found
    for prep in kids(tok):
        if prep.dep_ == "prep" and prep.lower_ in ("in", "inside", "across"):
            for obj in kids(prep):
                if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "LOC"):
                    return [e for e in ctx.resolve(obj) if e.code]
    # "demanded an admission by Moscow", "autonomy from the Serbian authorities": the
    # party named inside the object.
    for prep in kids(tok):
        if prep.dep_ == "prep" and prep.lower_ in INNER_PARTY_PREPS:
            for obj in kids(prep):
                if obj.dep_ == "pobj":
                    found = [e for e in ctx.resolve(obj) if e.code]
                    if found:
                        return found
    return []


def reporting_subject(tok: Token) -> Token | None:
    """ "The US said it had no plans ...": a subject or possessive pronoun inside what
    someone says refers to the one who says it (news style), before any earlier mention."""
    if tok.lower_ not in ANAPHORS or tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return None
    cur = tok.head
    for _ in range(8):
        if cur.lemma_.lower() in REPORTING and cur.pos_ == "VERB":
            subj = [c for c in kids(cur) if c.dep_ == "nsubj" and c.i != tok.i]
            # "NAIROBI -- President Ruto said": the parser may take the dateline for a second
            # subject; the one next to the verb speaks.
            subj.sort(key=lambda c: abs(cur.i - c.i))
            if subj and subj[0].lower_ not in ANAPHORS | FIRST_PERSON:
                if tok.lower_ in PLURAL_ANAPHORS and subj[0].i > tok.i and _one_person(subj[0]):
                    # "They are shelling us, the mayor said": an earlier "they", not the
                    # mayor; but "the spokesman said they support ..." speaks for his side
                    return None
                return subj[0]
        if cur.head is cur:
            return None
        cur = cur.head
    return None


def dedupe(recs: list[EventRecord]) -> list[EventRecord]:
    """One sentence, one record per (type, modality, actors, recipients); an actorless
    record is dropped when the same sentence codes that type and modality with an actor."""
    with_actor = {(r.event_type, r.modality) for r in recs if r.actor}
    seen: set[tuple] = set()
    out: list[EventRecord] = []
    for rec in recs:
        if not rec.actor and (rec.event_type, rec.modality) in with_actor:
            continue
        key = (rec.event_type, rec.modality, codes(rec.actor), codes(rec.recipient))
        if key not in seen:
            seen.add(key)
            out.append(rec)
    return out


def people_against_state(actors: list[Entity], r: Entity) -> bool:
    """A people or group of a country acting on that country's state named outright ("Iraqi
    Kurds ... independence from Iraq", "Catalans rallied against Spain", "Tibetan exiles
    accused China"): a dyad within one country, not the actor named again."""
    state = r.sector is None and bool(r.name) and _bare(r.text) == (r.name or "").lower()
    return state and all(a.sector is None and _bare(a.text) != (a.name or "").lower()
                         for a in actors)  # fmt: skip


def _bare(text: str | None) -> str:
    t = (text or "").lower().removesuffix("'s").removesuffix("’s")
    return t[4:] if t.startswith("the ") else t


def party_id(e: Entity) -> str:
    """Who an entity is, for comparing two mentions: its code, else its name or words."""
    return e.code or e.name or e.text


def codes(ents: list[Entity]) -> tuple:
    return tuple(sorted({e.code or e.sector or e.text for e in ents}))


def sector(ents: list[Entity], code: str) -> str | None:
    for e in ents:
        if e.code == code:
            return e.sector
    return None


def event_location(head: Token, date: str | None = None) -> tuple[Location | None, str]:
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    objs = [c for c in kids(verb) if c.dep_ in ("dobj", "advmod", "npadvmod")]
    for obj in objs:  # "shelled Kharkiv", "visited Mosul" (the tagger's advmod): the place
        if obj.ent_type_ in ("GPE", "LOC", "FAC"):
            ent = next(e for e in ents_of(obj) if e.start <= obj.i < e.end)
            return place_location(ent.text, date), "place acted on"
    for tok in (head, verb, *objs):  # "attacked a cooperative in Jinotega"
        for prep in kids(tok):
            if prep.dep_ == "prep" and prep.lower_ in ("in", "near", "at", "outside", "across"):
                for obj in kids(prep):
                    if obj.dep_ != "pobj" or not obj.ent_type_:
                        continue
                    ent = next(e for e in ents_of(obj) if e.start <= obj.i < e.end)
                    if obj.ent_type_ in ("GPE", "LOC", "FAC"):
                        return place_location(ent.text, date), "place named in the clause"
                    if obj.pos_ == "PROPN" and find_place(ent.text) is not None:
                        # "in Jinotega" tagged as a person: after "in", a town by that name
                        return place_location(ent.text, date), "town named in the clause"
    return None, "no place named in the event's clause"


def place_location(name: str, date: str | None = None) -> Location:
    """A named place with its country on `date` (Juba was Sudan's before 2011) and, for a town
    or city, its position. A town the actor tables lack (GeoNames) gives the country too."""
    country = country_of(name, date)
    town = find_place(name, [country] if country else ())
    if town is not None and country in (None, town.country):
        return Location(name, town.country, town.lat, town.lon)
    return Location(name, country)


@lru_cache(maxsize=4096)
def country_of(name: str, date: str | None = None) -> str | None:
    """The country a place name belongs to on `date`. A fresh context per name keeps the
    article's pronoun memory out of it, so the answer depends on the name and date alone and
    can be cached."""
    ents = ActorContext(date).resolve_text(name)
    return (ents[0].country or ents[0].code) if ents else None
