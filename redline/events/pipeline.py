"""code_text / code_articles: Articles through nlp.pipe and the coder."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from redline.config import load_settings
from redline.events.coder import EventCoder
from redline.nlp import load_nlp
from redline.records import Article, EventRecord

log = logging.getLogger("redline")


def _is_english(article: Article) -> bool:
    return article.lang is None or article.lang.startswith("en")


def code_articles(
    articles: Iterable[Article],
    *,
    batch_size: int | None = None,
    model: str | None = None,
    coder: EventCoder | None = None,
) -> Iterator[tuple[Article, list[EventRecord]]]:
    """Yield (article, events) in input order. One nlp.pipe pass over all texts."""
    settings = load_settings()
    nlp = load_nlp(model or settings["nlp.model"])
    coder = coder or EventCoder()
    max_chars = settings["nlp.max_chars"]

    def texts() -> Iterator[tuple[str, Article]]:
        for art in articles:
            if not _is_english(art):
                log.warning(
                    "%s: language '%s' is not English; redline codes English text "
                    "only, so it yields no events",
                    art.source or art.doc_id,
                    art.lang,
                )
                yield "", art
                continue
            text = art.text
            if len(text) > max_chars:
                log.warning("%s: text cut to nlp.max_chars=%d characters", art.doc_id, max_chars)
                text = text[:max_chars]
            yield text, art

    for doc, art in nlp.pipe(
        texts(), as_tuples=True, batch_size=batch_size or settings["nlp.batch_size"]
    ):
        yield art, coder.code_doc(doc, art) if len(doc) else []


def code_text(text: str, date: str | None = None, doc_id: str | None = None) -> list[EventRecord]:
    article = Article(doc_id=doc_id or Article.content_id(text), text=text, date=date)
    return next(code_articles([article]))[1]
