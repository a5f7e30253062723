"""Recipients nested inside the object's phrase, read when every recipient found so far is
uncoded (a thing, a bare noun) or none was found.

- The party in a prepositional modifier of what is acted on: "broke off all contact with
  X", "went back on its promise to the X voters", "turned down an invitation to a meeting of
  X's opposition", "allowed the return of X inspectors", "evacuated the wounded from the
  town of X": one or two steps down through to/with/for/from/on/of/against (and "in" for
  a place: "the conflict in X", "resumed attacks in X").
- The preposition the parser leaves without its object ("granted asylum to five officers
  holed up in ..." makes "officers" the subject of the next clause).
- A list whose last member the parser hangs elsewhere ("to A, B, C and, under conditions,
  D"): every coordinated state is a recipient.
- A peace mission named with its place ("the peacekeeping force in X", "the UN mission in
  X"): the host state is a recipient beside the mission.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from redline.events.lexicon import Lexicon, Trigger
from redline.nlp.tree import kids
from redline.records import Entity

# Prepositions that tie a party to an act or thing; "in" only for places (below). Not
# "at": "at a UN meeting", "at the White House" say where, not with whom.
LINK_PREPS = frozenset("to with for from on of against toward towards into in".split())
PLACE_ENTS = frozenset({"GPE", "LOC"})
PARTY_ENTS = PLACE_ENTS | {"NORP", "ORG", "PERSON"}
TIME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
PRONOUNS = frozenset("it its they them their he him his she her we us our i me my you".split())
# A meeting's place is only where it happens: a meeting "in X" is not with X.
NO_PLACE_TYPES = frozenset({"CONSULT", "COOPERATE"})
# Nouns for a peace mission or its members; "in X" names the state it serves in.
MISSION_NOUNS = frozenset(
    "mission force peacekeeper peacekeeping operation contingent observer monitor".split()
)
MAX_STEPS = 2
# "in X" under a noun names a party only where the noun is a state of conflict or force there
# ("the fighting in X", "resumed attacks in X"); under a deal or a talk it says where it was
# made ("signed an agreement in X").
STRIFE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"})
STRIFE_NOUNS = frozenset("conflict war crisis situation violence unrest presence activity".split())


def _party_like(tok: Token) -> bool:
    """A noun that may name a party: a name, or a noun with a national or named modifier
    ("Zambian voters", "EU members")."""
    if tok.ent_type_ in TIME_ENTS or tok.lower_ in PRONOUNS:
        return False
    if tok.ent_type_ in PARTY_ENTS or tok.pos_ == "PROPN":
        return True
    return any(
        c.dep_ in ("amod", "compound", "nmod", "poss") and c.ent_type_ in PARTY_ENTS
        for c in kids(tok)
    )


def _stranded(prep: Token) -> list[Token]:
    """ "to five officers holed up in ...": the noun right after a preposition with no
    object, which the parser made the subject of a following clause."""
    nxt = prep.i + 1
    for tok in prep.doc[nxt : nxt + 8]:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.left_edge.i == nxt:
            return [tok]
    return []


def _strife(tok: Token, lex: Lexicon) -> bool:
    lemma = tok.lemma_.lower()
    trig = lex.nouns.get(lemma)
    return lemma in STRIFE_NOUNS or lemma in MISSION_NOUNS or (
        trig is not None and trig.type in STRIFE_TYPES
    )


def _steps(tok: Token, place_ok: bool) -> list[tuple[Token, bool]]:
    """The nouns one step down from `tok`: its preposition objects (and the object and
    prepositions of a "to" clause on it: "an invitation to attend a meeting of X"); each
    with whether it came through "in" (only a place counts there)."""
    out: list[tuple[Token, bool]] = []
    for c in kids(tok):
        if c.dep_ in ("prep", "dative") and c.lower_ in LINK_PREPS:
            if c.lower_ == "in" and not place_ok:
                continue
            objs = [g for g in kids(c) if g.dep_ == "pobj"] or (
                _stranded(c) if c.lower_ in ("to", "for") else []
            )
            out.extend((g, c.lower_ == "in") for g in objs)
        elif c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
            if any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)):
                out.extend((g, False) for g in kids(c) if g.dep_ == "dobj")
    return out


def nested_parties(
    heads: list[Token], verb: Token, trig: Trigger, lex: Lexicon, actor_ids: set[int]
) -> list[Token]:
    """Party-like nouns inside the recipient's or the verb's phrase, nearest first."""
    place_ok = trig.type not in NO_PLACE_TYPES
    starts = list(heads)
    verbs = [verb] if verb.pos_ in ("VERB", "AUX") else []
    # a stated intention or threat reads through its complement ("said it would allow ...")
    verbs += [c for v in verbs for c in kids(v) if c.dep_ in ("xcomp", "ccomp")
              and c.pos_ in ("VERB", "AUX")]  # fmt: skip
    level: list[tuple[Token, bool]] = [(h, False) for h in starts]
    for v in verbs:
        level += [(c, False) for c in kids(v) if c.dep_ == "dobj"]
        # a place on the verb itself is where the act happened ("signed it in X")
        level += _steps(v, False)
    if verb.pos_ in ("NOUN", "PROPN"):
        level += _steps(verb, False)
    seen: set[int] = set(actor_ids)
    found: list[Token] = []
    for _ in range(MAX_STEPS + 1):
        nxt: list[tuple[Token, bool]] = []
        for tok, via_in in level:
            if tok.i in seen:
                continue
            seen.add(tok.i)
            place = tok.ent_type_ in PLACE_ENTS or tok.lemma_.lower() in lex.place_nouns
            if via_in and not place:
                continue
            if tok not in heads and _party_like(tok):
                found.append(tok)
            nxt.extend(_steps(tok, place_ok and _strife(tok, lex)))
        if found:
            return found
        level = nxt
    return []


def list_tail(heads: list[Token]) -> list[Token]:
    """ "to A, B, C, and with conditions attached, D": the state after the list's "and"
    that the parser hung on another word (within a short aside set off by commas)."""
    out: list[Token] = []
    for head in heads:
        conj = [c for c in head.conjuncts] + [head]
        if len(conj) < 2 or head.ent_type_ not in PLACE_ENTS:
            continue
        last = max(t.i for t in conj)
        sent_end = head.sent.end
        doc = head.doc
        i = last + 1
        while i < sent_end and doc[i].is_punct and doc[i].lower_ == ",":
            i += 1
        if i >= sent_end or doc[i].lower_ not in ("and", "or"):
            continue
        # an aside of at most six words before the last member
        for j in range(i + 1, min(i + 9, sent_end)):
            tok = doc[j]
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("acl", "amod"):
                break
            if tok.ent_type_ in PLACE_ENTS and tok.dep_ != "compound" and (
                doc[j - 1].lower_ in (",", "and", "or") or doc[j - 1].ent_type_ == tok.ent_type_
            ):
                out.append(tok)
                break
    return out


def mission_hosts(heads: list[Token]) -> list[Token]:
    """ "the peacekeeping force in X", "the mandate of the UN mission in X (ABC)": X, the
    host state, from the recipient's phrase."""
    out: list[Token] = []
    for head in heads:
        for tok in head.subtree:
            if tok.lemma_.lower() not in MISSION_NOUNS and not any(
                c.lemma_.lower() in MISSION_NOUNS for c in kids(tok) if c.dep_ == "compound"
            ):
                continue
            out += [
                g
                for c in kids(tok)
                if c.dep_ == "prep" and c.lower_ == "in"
                for g in kids(c)
                if g.dep_ == "pobj" and g.ent_type_ in PLACE_ENTS and g not in out
            ]
    return out


def entity_roots(ents: list[Entity], sent: Span) -> list[Token]:
    """The syntactic head of each entity's words in the sentence."""
    out: list[Token] = []
    for e in ents:
        if e.start is None or e.end is None:
            continue
        span = sent.doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is not None and len(span):
            out.append(span.root)
    return out


def more_recipients(
    recipients: list[Entity],
    actors: list[Entity],
    heads: list[Token],
    verb: Token,
    trig: Trigger,
    lex: Lexicon,
    actor_heads: list[Token],
    resolve: Callable[[list[Token]], list[Entity]],
) -> list[Entity]:
    """Recipients with coded parties added from inside the object's phrase (see the module
    docstring); uncoded ones are kept (they may name what was acted on). The actor's own
    code does not count ("on its market" is the actor's)."""
    own = {e.code for e in actors if e.code}
    # a recipient placed in a state ("a camp for X refugees") is already a party
    coded = [e for e in recipients if (e.code or e.country) and e.code not in own]
    if not coded:
        actor_ids = {t.i for h in actor_heads for t in h.subtree}
        found = nested_parties(heads, verb, trig, lex, actor_ids)
        # the actor's own things ("its market", "Russian drones") are no counterpart
        # (a people or party of the actor's own state stays: "his promise to the X people")
        sectors = {(e.code, e.sector) for e in actors}
        recipients = recipients + [
            e
            for e in resolve(found)
            if e.code and (e.code not in own or (e.sector and (e.code, e.sector) not in sectors))
        ]
    roots = entity_roots([e for e in recipients if e.code], verb.sent)
    extra = list_tail(roots)
    if not any(e.country or e.members for e in recipients if e.code):
        extra += mission_hosts(list(dict.fromkeys(heads + roots)))
    if extra:
        have = {(e.code, e.start) for e in recipients}
        recipients = recipients + [
            e for e in resolve(extra) if e.code and (e.code, e.start) not in have
        ]
    return recipients
