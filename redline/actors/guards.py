"""Checks on alias matches that the words around them can overturn.

- A surname alias inside a longer name names someone else: "Lee" in "Lee Hsien Loong" is not
  Lee Myung-bak, "Jeb Bush" is not George W. Bush.
- A group's name right after a person's title is a surname: "Interior Minister Wagner" is a
  minister, not the Wagner Group.
- "ethnic Albanians", "ethnic Turks": a demonym under "ethnic" names a people, not a state;
  PLOVER codes such groups by the state they live in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from redline.actors.names import norm
from redline.actors.sectors import SectorWord, sector_word
from redline.nlp.sentences import doc_ents
from redline.nlp.tree import kids

if TYPE_CHECKING:
    from redline.actors.kb import ActorKB, KBEntry

ETHNIC_WORDS = {"ethnic", "ethnically"}
GROUP_KINDS = {"group", "crime", "ngo", "pre"}


def _name_part(tok: Token) -> bool:
    """A word of a person's name (not a title, not punctuation)."""
    return (
        tok.pos_ == "PROPN"
        and tok.ent_type_ == "PERSON"
        and tok.text[:1].isupper()
        and not sector_word(tok.lower_)
    )


def _in_name(word: str, entry: KBEntry) -> bool:
    """`word` could be part of the entry's name: same word, spelling variant or initial."""
    key = norm(word)
    if len(key) <= 1:
        return True  # an initial: "George W. Bush"
    return any(p[:3] == key[:3] for p in norm(entry.name).split())


def person_fits(span: Span, entry: KBEntry) -> bool:
    """False when the alias is only part of a longer name that is not this person's."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].ent_iob_ == "I" and _name_part(doc[span.end]):
        if not _in_name(doc[span.end].text, entry):
            return False
    if span.start > 0 and span[0].ent_iob_ == "I" and _name_part(doc[span.start - 1]):
        if not _in_name(doc[span.start - 1].text, entry):
            return False
    return True


def titled_surname(span: Span, entry: KBEntry) -> bool:
    """A group's name used as the surname of a titled person ("Minister Wagner")."""
    if entry.kind not in GROUP_KINDS or span.start == 0 or span[0].pos_ != "PROPN":
        return False
    prev = span.doc[span.start - 1]
    sw = sector_word(prev.lower_) or sector_word(prev.lemma_.lower())
    return bool(sw and sw.role) and prev.dep_ == "compound" and prev.head.i >= span.start


def ethnic(span: Span) -> bool:
    """The demonym is modified by "ethnic": "three ethnic Albanians", "ethnic Turkish".."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in ETHNIC_WORDS:
        return True
    root = span.root
    return any(c.lower_ in ETHNIC_WORDS for c in kids(root) if c.dep_ in {"amod", "advmod"})


def home_state(kb: ActorKB, head: Token, exclude: set[str]) -> str | None:
    """The one state other than `exclude` that the head's sentence names, if exactly one."""
    from redline.actors.locate import STATE_KINDS, state_code
    from redline.actors.matcher import find_aliases
    from redline.actors.phrase import sponsor

    codes = {
        state_code(entry)
        for span, entry in find_aliases(head.sent, kb)
        if entry.kind in STATE_KINDS and not sponsor(span)
    } - exclude
    return codes.pop() if len(codes) == 1 else None


def org_sector(
    matches: list[tuple[Span, KBEntry]], sw: tuple[SectorWord, Token] | None
) -> tuple[SectorWord, Token] | None:
    """A state's name inside the name of an organisation the KB does not know ("the X People's
    Party") names the organisation's country; a title then belongs to the organisation, so
    the phrase takes the organisation's own sector word, not the state office's."""
    if sw is None or sw[0].sector != "GOV":
        return sw
    for span, entry in matches:
        if entry.kind not in {"country", "capital", "demonym"}:
            continue
        ents = doc_ents(span.doc)
        ent = next((e for e in ents if e.start <= span.start and span.end <= e.end), None)
        if ent is not None and ent.label_ == "ORG" and ent.end > span.end:
            own = sector_word(ent.root.lemma_.lower())
            return (own, ent.root) if own else None
    return sw


# Relational nouns whose owner, when a person or a group rather than a state, is a compatriot:
# "supporters of the president" are his country's people, "Russia's critics" other states.
FOLLOWERS = {"supporter", "critic", "opponent", "rival", "backer"}


def follower_home(head: Token, owned: list[KBEntry]) -> str | None:
    """The country of the person or movement a follower noun belongs to."""
    if head.lemma_.lower() not in FOLLOWERS or len(owned) != 1:
        return None
    owner = owned[0]
    if owner.kind not in {"person", "group", "crime"}:
        return None
    return owner.country


def fits(span: Span, entry: KBEntry) -> bool:
    """The alias match survives the guards above."""
    if entry.kind == "person":
        return person_fits(span, entry)
    return not titled_surname(span, entry)
