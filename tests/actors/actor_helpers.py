"""Helpers shared by the actor test files (on pytest's path via `pythonpath`)."""

from __future__ import annotations

from spacy.language import Language

from redline.actors import ActorContext
from redline.records import Entity


def resolve_word(nlp: Language, sentence: str, word: str, date: str | None = None) -> list[Entity]:
    """What the phrase headed by the first token spelt `word` resolves to on `date`."""
    doc = nlp(sentence)
    head = next(t for t in doc if t.text == word)
    return ActorContext(date).resolve(head)
