"""Appositives: a phrase with nothing of its own named takes its appositive's entities, and an
appositive name places or names a phrase that resolved only in part ("Jan Berg, a Danish
minister"; "Niger's junta leader, General Tchiani")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from redline.actors.memory import Mention
from redline.nlp.tree import kids
from redline.records import Entity

if TYPE_CHECKING:
    from redline.actors.resolver import ActorContext


def appositive(ctx: ActorContext, head: Token) -> tuple[list[Entity], Mention | None]:
    for child in kids(head):
        if child.dep_ == "appos":
            ents = ctx._resolve_one(child)
            if ents:
                return ents, None
    return [], None


def named_holder(ctx: ActorContext, head: Token, ent: Entity) -> None:
    """A role noun of a state named by an appositive ("Niger's junta leader, General
    Tchiani", "Myanmar's junta chief, Min Aung Hlaing", "the country's top general, Asim
    Munir"): the person's own office, when the tables know it, is surer than the role
    noun's sector (a junta leader who is head of state is GOV)."""
    for child in kids(head):
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            found = ctx._resolve_one(child)
            if len(found) == 1 and found[0].name and found[0].code == ent.code:
                ent.name = found[0].name
                ent.sector = found[0].sector or ent.sector
            return


def merge_appositive(ctx: ActorContext, head: Token, ents: list[Entity]) -> None:
    for child in kids(head):
        if child.dep_ == "appos":
            found = ctx._resolve_one(child)
            if len(found) == 1 and ents[0].name and found[0].code:
                # "Jan Berg, a Danish minister": the name stays, the appositive places it.
                ents[0].code, ents[0].country = found[0].code, found[0].country
                ents[0].sector = ents[0].sector or found[0].sector
            elif len(found) == 1 and found[0].name:
                ents[0].name = found[0].name
                ents[0].code = ents[0].code or found[0].code
                ents[0].country = ents[0].country or found[0].country
            return
