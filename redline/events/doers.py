"""Who acted when the actor tables have no code for them.

A subject that names a person, an organisation or a group of people is the event's actor even
uncoded ("a strike committee declared", "relatives of the victims sued", "an Israeli daily
conducted an investigation"); a subject that names a thing is not ("the report found").
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.actors import ActorContext
from redline.actors.memory import Mention, sentence_index
from redline.events.arguments import place_location, reporting_subject, words_only
from redline.events.lexicon import Lexicon
from redline.nlp.sentences import doc_ents
from redline.nlp.tree import kids
from redline.records import Entity

# Named entities that are people or bodies of people; places and things are never doers here
# (a state is resolved by the tables, "Monday" or "$5m" act on no one).
DOER_ENTS = frozenset({"ORG", "PERSON", "NORP"})
NOT_DOER_ENTS = frozenset(
    {"GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL",
     "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE"}
)  # fmt: skip
NOT_PLACE_ENTS = frozenset({"ORG", "NORP", "DATE", "TIME", "MONEY", "CARDINAL", "EVENT"})
FUNCTION_TAGS = frozenset({"DT", "IN", "CC", "POS", "HYPH", "PRP$", ",", "``", "''"})


def names_doer(tok: Token, lex: Lexicon) -> bool:
    """The noun names a person, an organisation or a group of people, not a thing."""
    if tok.dep_ in ("compound", "amod", "nmod"):  # "the Sabarmati train attack": a modifier
        return False
    if tok.ent_type_ in DOER_ENTS:
        return True
    if tok.ent_type_ in NOT_DOER_ENTS:
        return False
    lemma = tok.lemma_.lower()
    if lemma in lex.body_nouns or lemma in lex.people_nouns:
        return True
    if lemma in lex.crowd_actors or lemma in lex.attacker_nouns:
        return True
    if lemma in lex.victim_nouns and tok.pos_ == "NOUN":  # "miners", "residents": people
        return True
    if tok.pos_ == "PROPN" and not tok.ent_type_ and (tok.is_title or tok.is_upper):
        return True  # a name the tagger left untyped: who acts is named, not a thing
    return _proper_name(tok)


def remember(ctx: ActorContext, tok: Token, ent: Entity, lex: Lexicon) -> None:
    """An uncoded body or group of people as a mention a later "it" / "they" may point back
    to ("The strike committee met on Monday. It said ..."); one person is no "it"."""
    plural = tok.tag_ in ("NNS", "NNPS")
    body = tok.ent_type_ in ("ORG", "") and (
        tok.lemma_.lower() in lex.body_nouns
        or (tok.pos_ == "PROPN" and tok.ent_type_ == "ORG")
        or _proper_name(tok)
    )
    if ent.start is None or tok.ent_type_ == "PERSON" or not (plural or body):
        return
    known = ctx.memory.items.get(ent.start)
    if known is not None:  # the resolver's own mention ("the union": a sector) stays
        known.body = known.body or (body and not known.person)
        return
    ctx.memory.add(Mention([ent], "group", ent.start, sentence_index(tok), plural=plural))


def _proper_name(tok: Token) -> bool:
    """A title-case name of two or more words the tagger left untyped ("Action Against
    Hunger", "Lawyers for Justice"): every content word capitalised, one of them a PROPN."""
    words = [t for t in tok.subtree if t.dep_ not in ("relcl", "acl", "appos", "punct")]
    if not tok.is_title or len(words) < 2 or len(words) > 8:
        return False
    content = [t for t in words if t.tag_ not in FUNCTION_TAGS]
    return (
        len(content) >= 2
        and all(t.is_title or t.is_upper for t in content)
        and any(t.pos_ == "PROPN" for t in content)
        and not any(t.ent_type_ in NOT_DOER_ENTS for t in content)
    )


def cause_doer(heads: list[Token], ctx: ActorContext, lex: Lexicon) -> list[Entity]:
    """The subject of a casualty verb is an attack or a weapon ("a suicide attack on a convoy
    killed eight", "rockets fired by the militants hit a school"): the attack's own doer acts,
    else the attack itself stands for whoever carried it out."""
    for head in heads:
        if not _is_cause(head, lex):
            continue
        for doer in _doers_of(head):
            found = ctx.resolve(doer)
            if not found and names_doer(doer, lex):
                found = [words_only(doer)]
            if found:
                return found
        return [words_only(head)]
    return []


def _is_cause(tok: Token, lex: Lexicon) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in lex.weapon_nouns:
        return True
    trig = lex.nouns.get(lemma)
    return trig is not None and trig.type == "ASSAULT"


def _doers_of(noun: Token) -> list[Token]:
    """ "rockets fired by X", "an attack by X", "X's attack": who the noun's act belongs to
    (never its "on"/"against" phrase: that is the target)."""
    out = [c for c in kids(noun) if c.dep_ == "poss"]
    for child in kids(noun):
        if child.dep_ == "prep" and child.lower_ == "by":
            out += [g for g in kids(child) if g.dep_ == "pobj"]
        elif child.dep_ == "acl" and child.tag_ == "VBN":  # "fired by", "carried out by"
            for agent in (g for g in kids(child) if g.dep_ == "agent"):
                out += [g for g in kids(agent) if g.dep_ == "pobj"]
    return out


# Acts only a state does on its own territory: with no one named ("was arrested in Rwanda",
# "were expelled from North Korea"), the state of the place acted, through the body given.
STATE_ACTS = {
    "arrest": ("police", "COP"),
    "convict": ("court", "JUD"),
    "deport": ("authorities", "GOV"),
    "expel": ("authorities", "GOV"),
    "restrict": ("authorities", "GOV"),
}
OUT_OF = frozenset({"deport", "expel"})  # "expelled from X": X's authorities expel
# Accusations only a state's justice makes ("was charged in France", "was indicted in Peru",
# "was put under investigation in Spain"): by trigger word, since "was accused in Kenya" of an
# allegation may be anyone's.
STATE_CHARGES = {
    "charge": ("prosecutors", "JUD"),
    "indict": ("prosecutors", "JUD"),
    "prosecute": ("prosecutors", "JUD"),
    "investigate": ("authorities", "GOV"),
}


def territorial(head: Token, mode: str | None, actors: list[Entity],
                date: str | None = None) -> list[Entity]:
    """The state where an agentless passive state act happens, as its implicit actor."""
    lemma = head.lemma_.lower()
    acts = STATE_ACTS.get(mode or "") or STATE_CHARGES.get(lemma) or (
        STATE_CHARGES["investigate"] if mode == "investigate" else None)
    if acts is None or head.pos_ != "VERB" or not _passive(head):
        return actors
    if any(not (e.text.startswith("(") and e.text.endswith("implicit)")) for e in actors):
        return actors  # someone is named
    place = _place(head, mode)
    if place is None:
        return actors
    country = place_location(place, date).country  # a country, or a town of one (GeoNames)
    if country is None:
        return actors
    body, sector = acts
    if actors:  # keep the body already chosen ("a court" for a sentence)
        body, sector = actors[0].text[1:].split(",")[0], actors[0].sector
    return [Entity(text=f"({body} of {place}, implicit)", code=country, country=country,
                   sector=sector)]  # fmt: skip


def _passive(verb: Token) -> bool:
    deps = {c.dep_ for c in kids(verb)}
    return ("auxpass" in deps or "nsubjpass" in deps) and "agent" not in deps


def _place(verb: Token, mode: str) -> str | None:
    preps = {"in"} | ({"from"} if mode in OUT_OF else set())
    # "placed under investigation in Turkey": the place may hang on the act's own noun
    under = [g for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "under"
             for g in kids(c) if g.dep_ == "pobj"]
    for prep in [*kids(verb), *(c for g in under for c in kids(g))]:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for obj in kids(prep):
            if obj.dep_ != "pobj" or obj.pos_ != "PROPN" or obj.ent_type_ in NOT_PLACE_ENTS:
                continue  # a place name; the tagger may miss a town's type ("in Bukavu")
            ent = next((e for e in doc_ents(obj.doc) if e.start <= obj.i < e.end), None)
            if ent is not None:
                return ent.text
            return " ".join(t.text for t in obj.subtree if t.pos_ == "PROPN")
    return None


# Who a passive deployment sends: "3,000 soldiers were deployed" mobilizes those soldiers (and
# their state), whoever gave the order.
FORCES = frozenset(
    "troop army military police force soldier unit brigade battalion division contingent "
    "reinforcement personnel peacekeeper marine sailor paratrooper commando".split()
)


def deployed_forces(head: Token) -> list[Token]:
    """The forces a passive deployment with no "by" phrase sends."""
    if head.pos_ != "VERB" or not _passive(head):
        return []
    return [c for c in kids(head) if c.dep_ == "nsubjpass" and c.lemma_.lower() in FORCES]


OWN_STATE = frozenset({"country", "nation", "government", "state"})


def speaking_for(tok: Token) -> Token | None:
    """ "Erdogan said his country would keep blocking it": the state's stand is taken by the one
    who states it; the speaker (the "his" of a reporting subject) is the actor."""
    if tok.lemma_.lower() not in OWN_STATE:
        return None
    owner = next((c for c in kids(tok) if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in ("his", "her"):
        return None
    return reporting_subject(owner)


def party_code(ents: list[Entity]) -> str | None:
    """The one state (or body) a list of entities stands for, if exactly one."""
    found = {e.country or e.code for e in ents if e.code}
    return found.pop() if len(found) == 1 else None
