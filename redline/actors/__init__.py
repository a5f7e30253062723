"""Actors: the knowledge base of states, organisations, groups and office holders (data
files in data/, see data/README.md) and the resolver that turns a noun phrase into
PLOVER entities.

    ctx = ActorContext(date="2024-03-01")     # one per article
    ctx.observe_doc_entities(sent)            # optional, per sentence: feeds pronouns
    ctx.resolve(head_token)                   # -> list[Entity]
"""

from __future__ import annotations

from redline.actors.kb import ActorKB, KBEntry, load_kb
from redline.actors.matcher import find_aliases
from redline.actors.resolver import ActorContext
from redline.actors.sectors import sector_for

__all__ = ["ActorContext", "ActorKB", "KBEntry", "find_aliases", "load_kb", "sector_for"]
