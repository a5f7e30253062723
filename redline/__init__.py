"""redline: turn news into PLOVER political event data and watch it for escalation."""

from __future__ import annotations

from redline.records import Article, Entity, EventRecord

__version__ = "0.1.0"
__all__ = ["Article", "Entity", "EventRecord", "__version__", "code_text", "code_articles"]


def code_text(text: str, date: str | None = None, doc_id: str | None = None) -> list[EventRecord]:
    """Code one text into PLOVER events (imports the pipeline on first use)."""
    from redline.events.pipeline import code_text as _code_text

    return _code_text(text, date=date, doc_id=doc_id)


def code_articles(articles, **kwargs):  # type: ignore[no-untyped-def]
    """Code many articles with nlp.pipe: yields (Article, list[EventRecord])."""
    from redline.events.pipeline import code_articles as _code_articles

    return _code_articles(articles, **kwargs)
