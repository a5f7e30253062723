"""What an article has mentioned so far, for pronouns and definite descriptions.

Items are keyed by character offset, so "the most recent mention before this word" is
right whatever order the coder resolves arguments in.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from redline.nlp.sentences import index
from redline.records import Entity

PERSON_PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
IT_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
PRONOUNS = PERSON_PRONOUNS | IT_PRONOUNS | PLURAL_PRONOUNS
# Kinds "it" may stand for: a state or an organisation, never a person or a crowd.
IT_KINDS = {"country", "capital", "body", "igo", "ngo", "group", "crime", "pre", "multi"}


@dataclass
class Mention:
    entities: list[Entity]  # empty for a person we could not resolve (blocks "he")
    kind: str
    start: int
    sent: int
    person: bool = False
    plural: bool = False
    role: str | None = None
    office: str | None = None
    body: bool = False  # a body of people ("the strike committee"): "it" may mean it
    subject: bool = False  # the subject of an active verb: the salient one for a later "they"


def sentence_index(tok: Token) -> int:
    doc: Doc = tok.doc
    starts = doc.user_data.get("redline.sent_starts")
    if starts is None:
        annotated = doc.has_annotation("SENT_START")
        starts = [s.start for s in index(doc).sents] if annotated else [0]
        doc.user_data["redline.sent_starts"] = starts
    return bisect_right(starts, tok.i) - 1


class Memory:
    def __init__(self) -> None:
        self.items: dict[int, Mention] = {}

    def add(self, mention: Mention) -> None:
        self.items[mention.start] = mention

    def before(self, pos: int | None) -> list[Mention]:
        """Mentions before char offset `pos` (all if None), most recent first."""
        found = [m for s, m in self.items.items() if pos is None or s < pos]
        return sorted(found, key=lambda m: m.start, reverse=True)

    def pronoun(
        self, word: str, pos: int | None, sent: int | None, subject: bool = False
    ) -> list[Entity]:
        word = word.lower()
        found = self._pronoun(word, pos, sent)
        if subject and word in PLURAL_PRONOUNS and found:
            # "X killed four civilians. They are targeting ...": a subject pronoun opening a
            # new sentence continues the last sentence's subject, not its object (centering)
            best = next((m for m in self.before(pos) if m.entities is found), None)
            if best is not None and not best.subject and sent is not None and best.sent < sent:
                for m in self.before(pos):
                    if m.sent == best.sent and m.subject and m.plural and m.entities:
                        return m.entities
        return found

    def _pronoun(self, word: str, pos: int | None, sent: int | None) -> list[Entity]:
        for m in self.before(pos):
            near = sent is None or sent - m.sent <= 1
            if word in PERSON_PRONOUNS:
                if m.person:
                    return m.entities  # an unresolved person answers "he" with nothing
                continue
            if not near:
                return []
            if word in IT_PRONOUNS and (m.kind in IT_KINDS or m.body) and not m.plural and (
                m.entities
            ):
                return m.entities
            if word in PLURAL_PRONOUNS and m.plural and m.entities:
                return m.entities
        return []

    def person_with(self, role: str | None, term: str, pos: int) -> Entity | None:
        """Latest person whose office fits a title ("the president", "the foreign minister")."""
        for m in self.before(pos):
            if not m.person or not m.entities:
                continue
            office = (m.office or "").lower()
            if (role not in (None, "ANY") and m.role == role) or term in office:
                return m.entities[0]
        return None

    def latest(self, kinds: set[str], pos: int) -> Mention | None:
        for m in self.before(pos):
            if m.kind in kinds and m.entities:
                return m
        return None


def retext(ent: Entity, text: str, start: int | None, end: int | None) -> Entity:
    """The same referent, attached to the words that mention it now. A party with no code,
    name or sector, pointed back to by a pronoun, keeps the words that named it ("the strike
    committee", not "it"): those words are all that says who it is."""
    if ent.code is None and ent.name is None and ent.sector is None and text.lower() in PRONOUNS:
        return replace(ent, members=list(ent.members) if ent.members else None)
    return replace(ent, text=text, start=start, end=end,
                   members=list(ent.members) if ent.members else None)
