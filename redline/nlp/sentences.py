"""Fast sentence and entity look-ups for one Doc.

`Token.sent` and `Span.ents` each walk the whole document in spaCy; the coder asks them
for every trigger, which made them the largest cost of coding. `SentenceIndex` answers
both from tables built once per document.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_KEY = "redline.sentence_index"


class SentenceIndex:
    def __init__(self, doc: Doc):
        self.text = doc.text  # Doc.text re-joins every token on each access
        self.sents: list[Span] = list(doc.sents)
        self.of_token: list[int] = [0] * len(doc)
        for k, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.of_token[i] = k
        self.ents: list[list[Span]] = [[] for _ in self.sents]
        for ent in doc.ents:
            self.ents[self.of_token[ent.start]].append(ent)


def index(doc: Doc) -> SentenceIndex:
    """The document's index, built on first use (cached in doc.user_data during coding)."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = SentenceIndex(doc)
        doc.user_data[_KEY] = found
    return found


def forget(doc: Doc) -> None:
    """Drop the cache so the Doc stays picklable (Dask ships Docs between processes)."""
    doc.user_data.pop(_KEY, None)


def sentence_of(tok: Token) -> Span:
    idx = index(tok.doc)
    return idx.sents[idx.of_token[tok.i]]


def ents_of(tok: Token) -> list[Span]:
    """Named entities of the sentence that holds `tok`."""
    idx = index(tok.doc)
    return idx.ents[idx.of_token[tok.i]]


def doc_text(doc: Doc) -> str:
    return index(doc).text
