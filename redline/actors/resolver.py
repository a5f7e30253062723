"""ActorContext: turns the noun phrase around a head token into Entity objects.

Order of evidence inside one phrase: a known person, then a named organisation or group,
then a state (name, capital, demonym, state body, possessor), then a bloc or an unnamed group
of states; failing all of those, a definite description ("the government") or a pronoun is
resolved from earlier mentions, and a bare sector noun ("protesters") gives a sector alone.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from redline.actors.anaphora import OFFICE_ROLES, definite_reference
from redline.actors.attribution import attribute
from redline.actors.guards import ethnic, fits, follower_home, home_state, org_sector
from redline.actors.kb import ActorKB, KBEntry, load_kb
from redline.actors.locate import STATE_SECTORS, place_of, sentence_state, state_code
from redline.actors.memory import PRONOUNS, Memory, Mention, retext, sentence_index
from redline.actors.misspellings import misspelt_in_phrase
from redline.actors.named_tails import named_tail
from redline.actors.phrase import (
    based,
    definite,
    list_members,
    phrase_span,
    phrase_tokens,
    quantified,
    sponsor,
    unknown_name,
)
from redline.actors.sectors import SectorWord, is_relational, load_sectors, sector_word
from redline.actors.world_cities import town_in_phrase
from redline.nlp.sentences import doc_text, ents_of, span_text, tokens_of
from redline.nlp.tree import kids
from redline.records import Entity

log = logging.getLogger("redline")

ORG_KINDS = {"igo", "ngo", "group", "crime", "pre"}
STATE_KINDS = {"country", "capital", "body", "demonym"}
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


def _parse_day(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        log.warning("actor resolver: ignoring unreadable article date %r", value)
        return None


def is_lowercase_doc(doc: Doc) -> bool:
    """All-lower-case news (some feeds strip case): relax case-sensitive aliases."""
    cached = doc.user_data.get("redline.lowercase")
    if cached is None:
        # filter/map keep the per-character loop in C: this reads 5,000 characters per doc
        letters = list(filter(str.isalpha, doc_text(doc)[:5000]))
        upper = sum(map(str.isupper, letters))
        cached = bool(letters) and upper <= len(letters) * 0.002
        doc.user_data["redline.lowercase"] = cached
    return cached


class ActorContext:
    """Per-article state: resolves NPs and remembers what was mentioned, for pronouns."""

    def __init__(self, date: str | None = None, kb: ActorKB | None = None) -> None:
        self.day = _parse_day(date)
        self.kb = kb or load_kb()
        self.memory = Memory()
        # What observe_doc_entities resolved, by (Doc, token): the coder asks again for the
        # same names as event arguments; answered from here, in copies, since callers fill in
        # codes and reasons on what they get.
        self._observed: dict[tuple[int, int], list[Entity]] = {}

    # -- public API -----------------------------------------------------------------------
    def resolve(self, head: Token) -> list[Entity]:
        """Entities named by the noun phrase headed by `head` ([] when nothing resolves)."""
        heads = [head] + [c for c in head.conjuncts if c.i > head.i]
        out: list[Entity] = []
        for h in heads:
            seen = self._observed.get((id(h.doc), h.i))
            found = [replace(e) for e in seen] if seen is not None else self._resolve_one(h)
            for ent in found:
                if not any(_same(ent, o) for o in out):
                    out.append(ent)
        if len(heads) > 1 and len(out) > 1 and out[-1].start is not None:
            # "Britain and France ... they": the coordination as one plural mention.
            self.memory.add(
                Mention(list(out), "country", out[-1].start, sentence_index(heads[-1]), plural=True,
                        subject=head.dep_ == "nsubj")
            )
        return out

    def _observe(self, head: Token) -> None:
        self._observed[(id(head.doc), head.i)] = [replace(e) for e in self._resolve_one(head)]

    def observe_doc_entities(self, sent: Span) -> None:
        """Remember PERSON/GPE/NORP/ORG mentions (and KB aliases NER missed) for pronouns."""
        seen: set[int] = set()
        for ent in ents_of(sent[0]) if len(sent) else ():
            if ent.label_ in {"PERSON", "GPE", "NORP", "ORG", "FAC"}:
                self._observe(ent.root)
                seen.update(range(ent.start, ent.end))
        from redline.actors.matcher import find_aliases

        for span, _entry in find_aliases(sent, self.kb):
            if not seen.intersection(range(span.start, span.end)):
                self._observe(span.root)
                seen.update(range(span.start, span.end))
        for tok in tokens_of(sent):
            # "Colombia's justice minister", "the Kremlin spokesman": a titled person whom a
            # later "he" or "the minister" means, though no name was given
            if tok.tag_ == "NN" and tok.i not in seen and any(
                c.i in seen and c.dep_ in ("poss", "compound", "amod") for c in kids(tok)
            ) and (sw := sector_word(tok.lemma_.lower())) is not None and sw.role:
                self._observe(tok)

    def resolve_text(self, text: str) -> list[Entity]:
        """Resolve a plain string such as a quote's speaker ("Kremlin spokesman", "he")."""
        from redline.actors.text import resolve_plain

        return resolve_plain(self, text)

    # -- one phrase -----------------------------------------------------------------------
    def _resolve_one(self, head: Token) -> list[Entity]:
        if head.lower_ in PRONOUNS and head.pos_ in {"PRON", "DET"}:
            active_subject = head.dep_ == "nsubj"
            ents = self.memory.pronoun(head.lower_, head.idx, sentence_index(head), active_subject)
            return [retext(e, head.text, head.idx, head.idx + len(head.text)) for e in ents]
        tokens = named_tail(head, phrase_tokens(head), self.kb)
        span = phrase_span(head, tokens)
        lower = is_lowercase_doc(head.doc)
        matches, covered = self._match(tokens, lower)
        sw = org_sector(matches, self._sector(tokens, head, covered))
        ents, mention = self._combine(head, tokens, span, matches, covered, sw)
        if not ents:
            ents, mention = self._appositive(head)
        elif len(ents) == 1 and (ents[0].name is None or ents[0].code is None):
            self._merge_appositive(head, ents)
        elif len(ents) == 1 and head.pos_ == "NOUN" and sw is not None:
            self._named_holder(head, ents[0])
        if not ents and mention is None:
            ents, mention = definite_reference(head, span, sw, self.memory, self.kb, self.day)
        if not ents and mention is None and sw and sw[1].i == head.i:
            # "the police" with nothing earlier to point back to: the bare sector.
            ents = [
                Entity(
                    text=span.text, sector=sw[0].sector, start=span.start_char, end=span.end_char
                )
            ]
            mention = Mention(ents, "sector", span.start_char, sentence_index(head))
        if len(ents) == 1 and not (ents[0].code or ents[0].country or ents[0].members):
            attribute(self, head, ents[0])  # "families escaping the drought in Somalia"
        if mention is None and head.ent_type_ == "PERSON":
            mention = Mention([], "person", span.start_char, sentence_index(head), person=True)
        if mention is not None:
            mention.subject = head.dep_ == "nsubj"
            self.memory.add(mention)
        return ents

    def _match(
        self, tokens: list[Token], lower: bool
    ) -> tuple[list[tuple[Span, KBEntry]], set[int]]:
        """Longest alias matches over contiguous runs of the phrase's tokens."""
        doc = tokens[0].doc
        text = doc_text(doc)
        # Token offsets and punctuation read once: slicing the Doc for every candidate run
        # makes a Span and Token objects each time, the coder's main cost.
        at = {t.i: (t.idx, t.idx + len(t.text), t.is_punct) for t in tokens}
        covered: set[int] = set()
        found: list[tuple[Span, KBEntry]] = []
        bases: list[tuple[Span, KBEntry]] = []
        idx = [t.i for t in tokens]
        k = 0
        while k < len(idx):
            start = idx[k]
            hit = None
            # Only runs of adjacent phrase words are tried, so the longest run from `start`
            # bounds n; a run that opens on punctuation is never a name.
            cap = min(self.kb.max_words * 2, len(idx) - k)
            run = 1
            while run < cap and start + run in at:
                run += 1
            for n in range(0 if at[start][2] else run, 0, -1):
                end = start + n
                if at[end - 1][2]:
                    continue
                entry = self.kb.lookup(text[at[start][0] : at[end - 1][1]], self.day, lower)
                if entry is not None and fits(doc[start:end], entry):
                    hit = (doc[start:end], entry)
                    break
            if hit is None:
                k += 1
                continue
            span, entry = hit
            covered.update(range(span.start, span.end))
            if entry.kind == "bloc" and len(span) == 1 and span.end < len(doc):
                nxt = doc[span.end]
                if nxt.is_title and not sector_word(nxt.lemma_.lower()):
                    k += 1  # "West Africa", "European Space Agency": not the bloc
                    continue
            if not sponsor(span):
                found.append(hit)
            elif based(span):
                # A base is a place, not a seat of government: "Beirut-based" -> Lebanon.
                seat = entry.kind == "capital"
                place = self.kb.countries.get(entry.country or "") if seat else None
                bases.append((span, place or entry))
            k += len(span)
        # "the Gaza-based group": where a group is based places it when nothing else does.
        return found or bases, covered

    def _sector(
        self, tokens: list[Token], head: Token, covered: set[int]
    ) -> tuple[SectorWord, Token] | None:
        """The sector word of the phrase: the head's own, unless it is a generic role word
        ("leader") and a stronger sector word modifies it ("rebel leader")."""
        words = [
            t
            for t in tokens
            if t.i not in covered and not t.is_punct and t.pos_ not in {"DET", "PRON", "NUM", "ADP"}
        ]
        maxn = load_sectors().max_words
        found: list[tuple[SectorWord, Token]] = []
        j = len(words) - 1
        while j >= 0:
            hit = None
            for n in range(min(maxn, j + 1), 0, -1):
                seq = words[j - n + 1 : j + 1]
                if any(seq[m + 1].i != seq[m].i + 1 for m in range(n - 1)):
                    continue
                for key in (
                    " ".join(t.lemma_.lower() for t in seq),
                    " ".join(t.lower_ for t in seq),
                ):
                    sw = sector_word(key)
                    if sw:
                        hit = (sw, seq[-1], n)
                        break
                if hit:
                    break
            if hit:
                found.append((hit[0], hit[1]))
                j -= hit[2]
            else:
                j -= 1
        if not found:
            return None
        found.reverse()
        own = next((f for f in found if f[1].i == head.i), None)
        strong = [f for f in found if not f[0].weak and f is not own]
        if own and not own[0].weak:
            return own
        if own:
            return strong[-1] if strong else own
        return strong[-1] if strong else found[-1]

    # -- combining the evidence -----------------------------------------------------------
    def _combine(
        self,
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

        def ent(
            code: str | None,
            name: str | None,
            country: str | None,
            sec: str | None,
            members: list[str] | None = None,
        ) -> Entity:
            return Entity(
                text=span_text(span),
                name=name,
                code=code,
                country=country,
                sector=sec,
                start=span.start_char,
                end=span.end_char,
                members=members,
            )

        def mention(ents: list[Entity], kind: str, **kw: object) -> Mention:
            kw.setdefault("plural", plural)
            return Mention(ents, kind, span.start_char, sent, **kw)  # type: ignore[arg-type]

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
                place = place_of(self, head)
                code = (
                    state_code(place) if place is not None and place.kind in STATE_KINDS
                    else home_state(self.kb, head, ethnic_codes)
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
            return self._states(head, span, states, on_head, sw, tokens, covered, ent, mention)
        multi = best({"multi"})
        if multi:
            members = list(multi.members) or self._members(head) or None
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
        town = None if entries else town_in_phrase(tokens, sentence_state(self.kb, head))
        if town:  # a town the tables lack (GeoNames), read as a city above
            e = ent(town.country if sector else None, town.name, town.country, sector)
            e.how = f"town: {town.name}"
            return [e], mention([e], "city")
        typo = None if entries else misspelt_in_phrase(tokens, self.kb)
        if typo:  # "Afganistan": a country named with one letter wrong
            code, word = typo
            e = ent(code, self.kb.countries[code].name, code, sector)
            e.how = f"misspelt country name: {word}"
            return [e], mention([e], "country")
        # Nothing named: an unnamed group of states, a possessive pronoun, or a bare sector.
        lemma = head.lemma_.lower()
        members = self._members(head)
        if (lemma in MULTI_HEADS and head.tag_ == "NNS" and quantified(head)) or (
            lemma in GROUPING_HEADS | MULTI_HEADS and len(members) >= 2
        ):
            sec = "GOV" if lemma == "government" else None
            e = ent("MULTI", None, None, sec, members or None)
            return [e], mention([e], "multi", plural=True)
        owner = next((c for c in kids(head) if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)
        if owner is not None and not is_relational(lemma):
            refs = self.memory.pronoun(owner.lower_, owner.idx, sent)
            if len(refs) == 1 and (refs[0].country or refs[0].code):
                r = refs[0]
                code = r.country or r.code
                e = ent(code, None, r.country, sector or r.sector)
                return [e], mention([e], "country")
        head_is_sector = sw and (sw[1].i == head.i or sector_word(head.lemma_.lower()))
        person_name = unknown_name(head, covered) if head.ent_type_ == "PERSON" or sw else None
        place = place_of(self, head) if head_is_sector or person_name else None
        code = state_code(place) if place is not None and place.kind in STATE_KINDS else None
        if place is not None and code is None:  # "medics from an aid agency": the agency
            e = ent(place.code, place.name, place.country, sector or place.sector)
            return [e], mention([e], place.kind)
        if person_name:
            # A titled person the KB does not know: the state of the complement, or the one
            # state the sentence names when the title is a state office.
            if code is None and sw and sector in STATE_SECTORS:
                code = sentence_state(self.kb, head)
            role = sw[0].role if sw else None
            e = ent(code, person_name, code, sector)
            return [e], mention(
                [e], "person", person=True, plural=False, role=role,
                office=sw[0].term if sw else None,
            )
        if head_is_sector and (code or not definite(head)):
            name = self.kb.countries[code].name if code in self.kb.countries else None
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

    def _states(self, head, span, states, on_head, sw, tokens, covered, ent, mention):  # noqa: ANN001, ANN202
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
                ent(c, self.kb.countries[c].name if c in self.kb.countries else None, c, sector)
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
            else self.kb.countries[code].name
            if code in self.kb.countries
            else main.name
        )
        person_name = unknown_name(head, covered)
        role = sw[0].role if sw else None
        if person_name:
            name = person_name
        elif role in OFFICE_ROLES and sec == "GOV":
            holder = self.kb.holder(code, role, self.day)
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

    def _members(self, head: Token) -> list[str]:
        codes: list[str] = []
        lower = is_lowercase_doc(head.doc)
        for item in list_members(head):
            for _span, entry in self._match(phrase_tokens(item), lower)[0]:
                if entry.kind in STATE_KINDS:
                    code = entry.country or entry.code
                    if code not in codes:
                        codes.append(code)
        return codes

    def _appositive(self, head: Token) -> tuple[list[Entity], Mention | None]:
        for child in kids(head):
            if child.dep_ == "appos":
                ents = self._resolve_one(child)
                if ents:
                    return ents, None
        return [], None

    def _named_holder(self, head: Token, ent: Entity) -> None:
        """A role noun of a state named by an appositive ("Niger's junta leader, General
        Tchiani", "Myanmar's junta chief, Min Aung Hlaing", "the country's top general, Asim
        Munir"): the person's own office, when the tables know it, is surer than the role
        noun's sector (a junta leader who is head of state is GOV)."""
        for child in kids(head):
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                found = self._resolve_one(child)
                if len(found) == 1 and found[0].name and found[0].code == ent.code:
                    ent.name = found[0].name
                    ent.sector = found[0].sector or ent.sector
                return

    def _merge_appositive(self, head: Token, ents: list[Entity]) -> None:
        for child in kids(head):
            if child.dep_ == "appos":
                found = self._resolve_one(child)
                if len(found) == 1 and ents[0].name and found[0].code:
                    # "Jan Berg, a Danish minister": the name stays, the appositive places it.
                    ents[0].code, ents[0].country = found[0].code, found[0].country
                    ents[0].sector = ents[0].sector or found[0].sector
                elif len(found) == 1 and found[0].name:
                    ents[0].name = found[0].name
                    ents[0].code = ents[0].code or found[0].code
                    ents[0].country = ents[0].country or found[0].country
                return


def _names_org(head: Token) -> bool:
    """The head is the root of an ORG name ("Action Aid"), not a word inside one."""
    if head.ent_type_ != "ORG" or head.pos_ != "PROPN" or head.dep_ in {"compound", "amod", "nmod"}:
        return False
    ent = next((e for e in ents_of(head) if e.start <= head.i < e.end), None)
    return ent is not None and ent.root.i == head.i and ent.end == head.i + 1


def _same(a: Entity, b: Entity) -> bool:
    return (a.code, a.sector, a.name, a.start) == (b.code, b.sector, b.name, b.start)
