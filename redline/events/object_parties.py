"""Recipients hidden in the object phrase: instruments, things of a party, and places.

- What is sent, mobilised, given or put on is often an instrument (troops, the army,
  weapons, money, aid) or a state (alert), not the party acted on. That party is the one
  the instrument is aimed at, in a preposition of the instrument or the verb ("mobilized
  troops against X", "gave money to X"), also one step down through the act it serves
  ("mobilized the army for an offensive against X") or a purpose clause ("put a brigade
  on alert to fly into X").
- An act on something a party owns or runs is directed at that party ("violated X's
  truce", "suspended publication of X's newspaper").
- Measures, deployments and blockades that name no party but a place ("imposed a curfew in
  X", "extended the curfew in X", "remained on alert in X") are aimed at the place, which
  stands for its country as event data code it; an attack on unnamed victims ("killed 12
  villagers in X") adds the place beside them. Never for talks or other acts whose place is
  only where they happen; the record's `location` is computed separately and kept.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.lexicon import Lexicon, Trigger
from redline.nlp.tree import kids

# Types whose object may be a means rather than a party (sending, offering, cutting aid);
# not threats: "troops sent to X would be targets" threatens the troops.
INSTRUMENT_TYPES = frozenset({"MOBILIZE", "AID", "AGREE", "SANCTION"})
# Prepositions that aim an instrument, most telling first.
AIM_PREPS = (
    "against", "into", "to", "toward", "towards", "on", "for", "in", "across", "along", "near",
    "throughout",
)  # fmt: skip
# After these, only a named party or a place counts ("for riot control" is a purpose).
WEAK_PREPS = frozenset({"for", "on", "in", "across", "along", "near", "throughout"})
# Acts done to a thing of someone else ("violated X's truce", "froze X's assets"); in
# "conveyed X's support" the possessor is the doer.
OWNED_TYPES = frozenset({"ASSAULT", "COERCE", "REJECT", "SANCTION"})
# Verbs whose object is the one served, even when it is an army or a force.
BENEFIT_VERBS = frozenset("help assist support train protect aid back equip arm rescue".split())
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
PARTY_ENTS = PLACE_ENTS | {"NORP", "ORG", "PERSON"}
PRONOUNS = frozenset("its their his her our my your".split())
# Measures and deployments whose target may be a place when no party is named.
PLACE_MODES = frozenset(
    {"curfew", "martial-law", "restrict", "troops", "police", "weapons", "obstruct"}
)
PLACE_CAMEO = frozenset({"081"})  # easing curfews and emergency rules in a place
PLACE_TYPES = frozenset({"MOBILIZE"})
PLACE_PREPS = ("in", "on", "into", "to", "across", "throughout", "over")
TIME_ENTS = frozenset({"DATE", "TIME"})


def _pobjs(tok: Token, prep: str) -> list[Token]:
    return [
        g
        for c in kids(tok)
        if c.dep_ in ("prep", "dative") and c.lower_ == prep
        for g in kids(c)
        if g.dep_ == "pobj" and g.ent_type_ not in TIME_ENTS
    ]


def _is_place(tok: Token, lex: Lexicon) -> bool:
    return tok.ent_type_ in PLACE_ENTS or tok.lemma_.lower() in lex.place_nouns


def _named(tok: Token, lex: Lexicon) -> bool:
    return tok.ent_type_ in PARTY_ENTS or tok.pos_ == "PROPN" or _is_place(tok, lex)


def _counted(tok: Token, lex: Lexicon) -> Token:
    """What a quantity noun counts ("parts of X", "a shipment of arms"), else the noun."""
    if tok.lemma_.lower() in lex.quantity_nouns:
        return next(iter(_pobjs(tok, "of")), tok)
    return tok


def _owner(tok: Token) -> list[Token]:
    return [c for c in kids(tok) if c.dep_ == "poss" and c.lower_ not in PRONOUNS]


def _target(tok: Token, lex: Lexicon, strong: bool = False, depth: int = 0) -> list[Token]:
    """The party an instrument or act is aimed at, from its prepositions and purpose; with
    strong, only one named after "against", "into", "to" (a weak "in" may name where the
    instrument already is: "put a unit in X on alert to fly into Y")."""
    for prep in AIM_PREPS:
        for pobj in _pobjs(tok, prep):
            lemma = pobj.lemma_.lower()
            thing = lemma in lex.instrument_objects or lemma in lex.nouns
            thing = thing or lemma in lex.not_participants
            if thing or prep in WEAK_PREPS:
                # "against X's weapons" is aimed at X; "for a war against X" at X
                found = _owner(pobj) if thing and not strong else []
                found = found or (_target(pobj, lex, strong, depth + 1) if depth < 2 else [])
                if found:
                    return found
                if thing or strong or not _named(pobj, lex):
                    continue
            return [pobj]
    if depth < 2:
        for clause in kids(tok):
            if clause.dep_ in ("xcomp", "advcl", "acl") and clause.pos_ == "VERB":
                if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(clause)):
                    found = _target(clause, lex, strong, depth + 1) or [
                        t
                        for d in kids(clause)
                        if d.dep_ == "dobj"
                        for t in _beneficiary(d, lex, strong, depth + 1)
                    ]
                    if found:
                        return found
    return []


def _beneficiary(obj: Token, lex: Lexicon, strong: bool, depth: int) -> list[Token]:
    """The object of a purpose clause: "to support refugees in X" serves the refugees (and
    X), "to promote investment in X" serves X."""
    places = [t for t in _target(obj, lex, strong, depth) if _is_place(t, lex)]
    if not places or _is_tool(obj, lex) or obj.lemma_.lower() in lex.not_participants:
        return places
    return [obj, *places]


def _is_tool(tok: Token, lex: Lexicon) -> bool:
    """An instrument noun, or one it modifies ("an aid programme", "a troop surge")."""
    return tok.lemma_.lower() in lex.instrument_objects or any(
        c.dep_ == "compound" and c.lemma_.lower() in lex.instrument_objects for c in kids(tok)
    )


def aimed_at(heads: list[Token], verb: Token, trig: Trigger, lex: Lexicon) -> list[Token]:
    """Recipient heads with an instrument ("troops", "alert") replaced by whom it is aimed
    at; unchanged when a party is already there or no target is named."""
    if trig.type not in INSTRUMENT_TYPES:
        return heads
    tools = [_counted(h, lex) for h in heads]  # "part of an aid program"
    if not tools or not all(_is_tool(t, lex) for t in tools):
        return heads
    if any(t.dep_ == "dobj" and t.head.lemma_.lower() in BENEFIT_VERBS for t in tools):
        return heads  # "to help the Philippine army": the army is helped, not sent
    return _aim(tools, verb, lex) or heads


def _aim(tools: list[Token], verb: Token, lex: Lexicon) -> list[Token]:
    for strong in (True, False):
        for tok in [*tools, verb]:
            found = _target(tok, lex, strong)
            if found:
                return found
    return []


def object_target(obj: Token, verb: Token, trig: Trigger, lex: Lexicon) -> list[Token]:
    """A verb+object event that named no recipient: whom its instrument is for ("gave
    money to promote investment in X"), or the owner of the thing acted on."""
    tool = _counted(obj, lex)
    if trig.type in INSTRUMENT_TYPES and _is_tool(tool, lex):
        return _aim([tool], verb, lex)
    return owner_of_object(obj, trig, lex)


def owner_of_object(obj: Token, trig: Trigger, lex: Lexicon) -> list[Token]:
    """ "violated X's truce": X; "suspended publication of X's newspaper": the newspaper."""
    if trig.type not in OWNED_TYPES:
        return []
    owner = _owner(obj)
    if owner:
        return owner
    # the "of" thing must point at someone: "X's paper", "the Kurdish paper", "the war on X"
    # (not "an attack of unprecedented scale")
    return [
        g
        for g in _pobjs(obj, "of")
        if g.lemma_.lower() not in lex.not_participants
        and g.lemma_.lower() not in lex.nouns
        and (
            _named(g, lex)
            or _owner(g)
            or any(c.dep_ in ("amod", "compound") and c.ent_type_ in PARTY_ENTS for c in kids(g))
            or _target(g, lex)
        )
    ]


def place_target(
    victims: list[Token], head: Token, trigs: tuple[Trigger, ...], lex: Lexicon
) -> list[Token]:
    """The place a measure or deployment is imposed on, when no party is named (`trigs`: the
    coded trigger and the word's own, whose mode an announced measure keeps); with uncoded
    `victims`, the place of an attack on them."""
    if victims:
        return victims_place(victims, head, trigs[0], lex)
    if not any(
        t.type in PLACE_TYPES or t.mode in PLACE_MODES or t.cameo in PLACE_CAMEO for t in trigs
    ):
        return []
    toks = [head]
    if head.pos_ in ("NOUN", "PROPN") and head.head is not head:
        toks.append(head.head)  # "extended the curfew in X": the governing verb's phrase
    toks += [c for c in kids(head) if c.dep_ == "dobj"]
    for tok in toks:
        for prep in PLACE_PREPS:
            for pobj in _pobjs(tok, prep):
                pobj = _counted(pobj, lex)  # "parts of X"
                if _is_place(pobj, lex):
                    return [pobj]
    return []


# Attacks whose only victims are unnamed people: the place they were hit stands for the
# party hit ("killed 12 villagers in X"); the victims stay recipients too.
ATTACK_TYPES = frozenset({"ASSAULT"})


def victims_place(heads: list[Token], verb: Token, trig: Trigger, lex: Lexicon) -> list[Token]:
    """The place named for an attack on unnamed victims, in the clause or one step down
    ("in two raids in X", "when they blew themselves up in X")."""
    if trig.type not in ATTACK_TYPES or not heads:
        return []
    if any(_counted(h, lex).lemma_.lower() not in lex.victim_nouns for h in heads):
        return []
    clauses = [verb] + [c for c in kids(verb) if c.dep_ == "advcl"]
    for tok in clauses:
        for prep in ("in", "near", "across", "throughout"):
            for pobj in _pobjs(tok, prep):
                inner = [p for p in _pobjs(pobj, "in") if _is_place(p, lex)]
                if _is_place(pobj, lex) or inner:
                    return [pobj] if _is_place(pobj, lex) else inner
    return []
