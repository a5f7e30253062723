"""Definite descriptions resolved from earlier mentions: "the president", "the government",
"the group" stand for the latest fitting actor named before them in the article."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from redline.actors.kb import ActorKB
from redline.actors.memory import Memory, Mention, retext
from redline.actors.phrase import definite
from redline.actors.sectors import SectorWord
from redline.records import Entity

INSTITUTIONS = {
    "government",
    "ministry",
    "army",
    "military",
    "police",
    "authority",
    "administration",
    "regime",
    "cabinet",
    "parliament",
    "navy",
    "leadership",
    "junta",
    "state",
    "country",
    "nation",
    "force",
    "air force",
    "presidency",
}
NEUTRAL_INSTITUTIONS = {"country", "nation", "state"}
GROUP_ANAPHORS = {"group", "movement", "organization", "organisation", "militia"}
IGO_ANAPHORS = {"alliance", "bloc", "union", "body", "agency", "organisation", "organization"}
OFFICE_ROLES = {"HOS", "HOG", "FM", "DM", "VP"}


def definite_reference(
    head: Token,
    span: Span,
    sw: tuple[SectorWord, Token] | None,
    memory: Memory,
    kb: ActorKB,
    day: date | None,
) -> tuple[list[Entity], Mention | None]:
    """ "the president", "the government", "the group": the latest fitting mention."""
    if not definite(head):
        return [], None
    lemma = head.lemma_.lower()
    here = (span.text, span.start_char, span.end_char)
    if sw and sw[1].i == head.i and sw[0].role:
        person = memory.person_with(sw[0].role, sw[0].term, head.idx)
        if person is not None:
            return [retext(person, *here)], None
    if head.tag_ in ("NNS", "NNPS") and lemma in INSTITUTIONS:
        return [], None  # "the African states", "the two governments": not one country
    if lemma in INSTITUTIONS or (sw and sw[1].i == head.i and sw[0].role in OFFICE_ROLES):
        last = memory.latest({"country", "capital", "body", "demonym", "person"}, head.idx)
        if last is not None:
            base = last.entities[0]
            code = base.country
            if code:
                sec = None if lemma in NEUTRAL_INSTITUTIONS else (sw[0].sector if sw else "GOV")
                name = kb.countries[code].name if code in kb.countries else None
                role = sw[0].role if sw else None
                if role in OFFICE_ROLES:
                    holder = kb.holder(code, role, day)
                    name = holder.name if holder else name
                return [
                    Entity(
                        *here[:1],
                        name=name,
                        code=code,
                        country=code,
                        sector=sec,
                        start=here[1],
                        end=here[2],
                    )
                ], None
    if lemma in GROUP_ANAPHORS | IGO_ANAPHORS:
        kinds = {"group", "crime"} if lemma in GROUP_ANAPHORS else {"igo"}
        last = memory.latest(kinds, head.idx)
        if last is not None:
            return [retext(e, *here) for e in last.entities], None
    return [], None
