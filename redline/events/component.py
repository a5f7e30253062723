"""spaCy component: `nlp.add_pipe("redline_events")` puts EventRecords on `doc._.events`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from redline.events.coder import EventCoder
from redline.records import Article


class RedlineEvents:
    def __init__(self, date: str | None = None):
        self.coder = EventCoder()
        self.date = date
        if not Doc.has_extension("events"):
            Doc.set_extension("events", default=None)
        if not Doc.has_extension("article_date"):
            Doc.set_extension("article_date", default=None)

    def __call__(self, doc: Doc) -> Doc:
        date = doc._.article_date or self.date
        article = Article(doc_id=Article.content_id(doc.text), text=doc.text, date=date)
        doc._.events = self.coder.code_doc(doc, article)
        return doc


@Language.factory("redline_events", default_config={"date": None})
def make_redline_events(nlp: Language, name: str, date: str | None) -> RedlineEvents:
    return RedlineEvents(date=date)
