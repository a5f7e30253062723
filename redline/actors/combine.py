"""Combining a noun phrase's evidence into entities: its KB matches and its sector word.

The order of preference is the resolver's (see actors.resolver): a known person, a named
organisation or group, a state (combine_states), a bloc or unnamed group of states, a city or
town, a misspelt country; failing those, a titled person, a sector with its place, or an
organisation by name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from redline.actors.anaphora import OFFICE_ROLES
from redline.actors.guards import ethnic, follower_home, home_state
from redline.actors.kb import KBEntry
from redline.actors.locate import STATE_KINDS, STATE_SECTORS, place_of, sentence_state, state_code
from redline.actors.lowercase import is_lowercase_doc
from redline.actors.memory import PRONOUNS, Mention, sentence_index
from redline.actors.misspellings import misspelt_in_phrase
from redline.actors.phrase import definite, list_members, phrase_tokens, quantified, unknown_name
from redline.actors.sectors import SectorWord, is_relational, sector_word
from redline.actors.world_cities import town_in_phrase
from redline.nlp.sentences import ents_of, span_text
from redline.nlp.tree import kids
from redline.records import Entity

if TYPE_CHECKING:
    from redline.actors.resolver import ActorContext

ORG_KINDS = {"igo", "ngo", "group", "crime", "pre"}
MULTI_HEADS = {
    "country",
    "nation",
    "state",
    "government",
    "ally",
    "power",
    "member",
    "partner",
    "democracy",
    "capital",
    "economy",
    "member state",
}
GROUPING_HEADS = {"coalition", "alliance", "group", "bloc", "consortium", "club"}


@dataclass
class Builder:
    """Makes the phrase's entities and its mention: all share the phrase's text and offsets."""

    span: Span
    plural: bool
    sent: int

    def ent(
        self,
        code: str | None,
        name: str | None,
        country: str | None,
        sec: str | None,
        members: list[str] | None = None,
    ) -> Entity:
        return Entity(
            text=span_text(self.span),
            name=name,
            code=code,
            country=country,
            sector=sec,
            start=self.span.start_char,
            end=self.span.end_char,
            members=members,
        )

    def mention(self, ents: list[Entity], kind: str, **kw: object) -> Mention:
        kw.setdefault("plural", self.plural)
        return Mention(ents, kind, self.span.start_char, self.sent, **kw)  # type: ignore[arg-type]


def combine(
    ctx: ActorContext,
    head: Token,
    tokens: list[Token],
    span: Span,
    matches: list[tuple[Span, KBEntry]],
    covered: set[int],
    sw: tuple[SectorWord, Token] | None,
) -> tuple[list[Entity], Mention | None]:
    sector = sw[0].sector if sw else None
    plural = head.tag_ in {"NNS", "NNPS"} or len(head.conjuncts) > 0
    sent = sentence_index(head)
    make = Builder(span, plural, sent)
    ent, mention = make.ent, make.mention

    if is_relational(head.lemma_):
        owners = {t.i for c in kids(head) if c.dep_ == "poss" for t in c.subtree}
        owners |= {t.i for c in kids(head) if c.dep_ == "prep" for t in c.subtree}
        owned = [e for s, e in matches if s.start in owners]
        matches = [(s, e) for s, e in matches if s.start not in owners]
        home = follower_home(head, owned) if not matches else None
        if home:
            # "supporters of President X", "the party's critics": the owner's compatriots.
            own = sw[0].sector if sw and sw[1].i == head.i else None
            e = ent(home, None, home, own)
            return [e], mention([e], "country")
    peoples = [(s, e) for s, e in matches if e.kind == "demonym" and ethnic(s)]
    ethnic_codes = {e.country or e.code for _, e in peoples}
    if ethnic_codes:
        matches = [m for m in matches if m not in peoples]
        if not matches:
            # "ethnic Albanians": a people, coded by the state it lives in, when known.
            place = place_of(ctx, head)
            code = (
                state_code(place) if place is not None and place.kind in STATE_KINDS
                else home_state(ctx.kb, head, ethnic_codes)
            )
            e = ent(code, None, code, sector)
            return [e], mention([e], "country" if code else "sector")
    entries = [e for _, e in matches]
    on_head = [e for s, e in matches if s.start <= head.i < s.end]

    def best(kinds: set[str]) -> KBEntry | None:
        pool = [e for e in on_head if e.kind in kinds] or [
            e for e in entries if e.kind in kinds
        ]
        return pool[0] if pool else None

    person = best({"person"})
    if person:
        e = ent(person.code, person.name, person.country, person.sector)
        return [e], mention(
            [e], "person", person=True, plural=False, role=person.role, office=person.office
        )
    org = best(ORG_KINDS)
    if org:
        sec = org.sector
        if org.kind == "igo" and sw and not sw[0].weak and sector in {"MIL", "COP"}:
            sec = sector
        e = ent(org.code, org.name, org.country, sec)
        return [e], mention([e], org.kind)
    states = [e for e in entries if e.kind in STATE_KINDS]
    if states:
        return combine_states(ctx, head, states, on_head, sw, covered, make)
    multi = best({"multi"})
    if multi:
        members = list(multi.members) or members_of(ctx, head) or None
        e = ent("MULTI", multi.name, None, sector, members)
        return [e], mention([e], "multi", plural=True)
    bloc = best({"bloc"})
    if bloc:
        e = ent(bloc.code, bloc.name, None, sector or bloc.sector)
        return [e], mention([e], "bloc", plural=True)
    city = best({"city"})
    if city:
        # "Kirkuk police", "a curfew in Mosul": a city or region stands for its state's people.
        # Bare, it is a place in that state, not the state acting: country only.
        state = city.country or city.code
        e = ent(state if sector else None, city.name, state, sector)
        e.how = f"city or region: {city.name}"
        return [e], mention([e], "city")
    town = None if entries else town_in_phrase(tokens, sentence_state(ctx.kb, head))
    if town:  # a town the tables lack (GeoNames), read as a city above
        e = ent(town.country if sector else None, town.name, town.country, sector)
        e.how = f"town: {town.name}"
        return [e], mention([e], "city")
    typo = None if entries else misspelt_in_phrase(tokens, ctx.kb)
    if typo:  # "Afganistan": a country named with one letter wrong
        code, word = typo
        e = ent(code, ctx.kb.countries[code].name, code, sector)
        e.how = f"misspelt country name: {word}"
        return [e], mention([e], "country")
    # Nothing named: an unnamed group of states, a possessive pronoun, or a bare sector.
    lemma = head.lemma_.lower()
    members = members_of(ctx, head)
    if (lemma in MULTI_HEADS and head.tag_ == "NNS" and quantified(head)) or (
        lemma in GROUPING_HEADS | MULTI_HEADS and len(members) >= 2
    ):
        sec = "GOV" if lemma == "government" else None
        e = ent("MULTI", None, None, sec, members or None)
        return [e], mention([e], "multi", plural=True)
    owner = next((c for c in kids(head) if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)
    if owner is not None and not is_relational(lemma):
        refs = ctx.memory.pronoun(owner.lower_, owner.idx, sent)
        if len(refs) == 1 and (refs[0].country or refs[0].code):
            r = refs[0]
            code = r.country or r.code
            e = ent(code, None, r.country, sector or r.sector)
            return [e], mention([e], "country")
    head_is_sector = sw and (sw[1].i == head.i or sector_word(head.lemma_.lower()))
    person_name = unknown_name(head, covered) if head.ent_type_ == "PERSON" or sw else None
    place = place_of(ctx, head) if head_is_sector or person_name else None
    code = state_code(place) if place is not None and place.kind in STATE_KINDS else None
    if place is not None and code is None:  # "medics from an aid agency": the agency
        e = ent(place.code, place.name, place.country, sector or place.sector)
        return [e], mention([e], place.kind)
    if person_name:
        # A titled person the KB does not know: the state of the complement, or the one
        # state the sentence names when the title is a state office.
        if code is None and sw and sector in STATE_SECTORS:
            code = sentence_state(ctx.kb, head)
        role = sw[0].role if sw else None
        e = ent(code, person_name, code, sector)
        return [e], mention(
            [e], "person", person=True, plural=False, role=role,
            office=sw[0].term if sw else None,
        )
    if head_is_sector and (code or not definite(head)):
        name = ctx.kb.countries[code].name if code in ctx.kb.countries else None
        e = ent(code, name, code, sector)
        # "Colombia's justice minister": a person by title, whom a later "the minister" or
        # "he" means
        titled = bool(sw and sw[1].i == head.i and sw[0].role and head.tag_ == "NN")
        return [e], mention([e], "country" if code else "sector", person=titled,
                            role=sw[0].role if titled else None,
                            office=sw[0].term if titled else None)
    if _names_org(head) and not definite(head):
        # An organisation the KB does not know is still a participant, by name.
        e = ent(None, span.text, None, None)
        return [e], mention([e], "group")
    return [], None


def combine_states(
    ctx: ActorContext,
    head: Token,
    states: list[KBEntry],
    on_head: list[KBEntry],
    sw: tuple[SectorWord, Token] | None,
    covered: set[int],
    make: Builder,
) -> tuple[list[Entity], Mention | None]:
    """One state or several named in the phrase: the state, a MULTI group, or one per state."""
    ent, mention = make.ent, make.mention
    sector = sw[0].sector if sw else None
    codes = list(dict.fromkeys(e.country or e.code for e in states))
    lemma = head.lemma_.lower()
    if len(codes) >= 2 and lemma not in GROUPING_HEADS | MULTI_HEADS:
        # "Bosnian Serbs", "the Albanians of southern Serbia": a people named by where it
        # lives belongs to that state, not to the one its name points to.
        dem = [e for e in on_head if e.kind == "demonym"]
        rest = [e for e in states if e not in dem]
        if dem and len({e.country or e.code for e in rest}) == 1:
            states, on_head = rest, []
            codes = [rest[0].country or rest[0].code]
    if len(codes) >= 2:
        if lemma in GROUPING_HEADS or (lemma in MULTI_HEADS and head.tag_ == "NNS"):
            e = ent("MULTI", None, None, "GOV" if lemma == "government" else None, codes)
            return [e], mention([e], "multi", plural=True)
        ents = [
            ent(c, ctx.kb.countries[c].name if c in ctx.kb.countries else None, c, sector)
            for c in codes
        ]
        return ents, mention(ents, "country", plural=True)
    main = next((e for e in on_head if e.kind in STATE_KINDS), states[0])
    code = main.country or main.code
    if sw and not (sw[0].weak and main.kind in {"body", "capital"}):
        sec = sector
    else:
        sec = main.sector
    name = (
        main.name
        if main.kind != "demonym"
        else ctx.kb.countries[code].name
        if code in ctx.kb.countries
        else main.name
    )
    person_name = unknown_name(head, covered)
    role = sw[0].role if sw else None
    if person_name:
        name = person_name
    elif role in OFFICE_ROLES and sec == "GOV":
        holder = ctx.kb.holder(code, role, ctx.day)
        if holder is not None:
            name = holder.name
    e = ent(code, name, main.country or code, sec)
    # "Colombia's justice minister" is a person too, whom "the minister" or "he" can mean
    titled = role == "ANY" and sw is not None and sw[1].i == head.i
    is_person = bool(person_name) or (
        (role in OFFICE_ROLES or titled) and head.tag_ == "NN")
    office = sw[0].term if sw and is_person else None
    return [e], mention(
        [e],
        "person" if is_person else main.kind,
        person=is_person,
        role=role if is_person else None,
        office=office,
    )


def members_of(ctx: ActorContext, head: Token) -> list[str]:
    """The states listed as the head's members ("countries such as X and Y")."""
    codes: list[str] = []
    lower = is_lowercase_doc(head.doc)
    for item in list_members(head):
        for _span, entry in ctx._match(phrase_tokens(item), lower)[0]:
            if entry.kind in STATE_KINDS:
                code = entry.country or entry.code
                if code not in codes:
                    codes.append(code)
    return codes


def _names_org(head: Token) -> bool:
    """The head is the root of an ORG name ("Action Aid"), not a word inside one."""
    if head.ent_type_ != "ORG" or head.pos_ != "PROPN" or head.dep_ in {"compound", "amod", "nmod"}:
        return False
    ent = next((e for e in ents_of(head) if e.start <= head.i < e.end), None)
    return ent is not None and ent.root.i == head.i and ent.end == head.i + 1
