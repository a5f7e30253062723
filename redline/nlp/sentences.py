"""Fast sentence and entity look-ups for one Doc.

`Token.sent` and `Span.ents` each walk the whole document in spaCy; the coder asks them
for every trigger, which made them the largest cost of coding. `SentenceIndex` answers
both from tables built once per document.

It also keeps the document's Token objects: spaCy makes a new Token for every `doc[i]` and
every step of `for tok in sent`, and the coder walks each sentence a dozen times, so the
sentence passes read `tokens_of(sent)` instead. Tokens compare and hash by (doc, i), so a
shared Token is the same token to every caller.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_KEY = "redline.sentence_index"


class SentenceIndex:
    def __init__(self, doc: Doc):
        self.tokens: list[Token] = list(doc)
        # Doc.text re-joins every token on each access; this is the same join, done once
        self.text = "".join([t.text_with_ws for t in self.tokens])
        self.sents: list[Span] = list(doc.sents)
        # the sentences cover the document in order, so each one's indexes are a run
        self.of_token: list[int] = [0] * len(doc)
        for k, sent in enumerate(self.sents):
            self.of_token[sent.start : sent.end] = [k] * (sent.end - sent.start)
        self.doc_ents: tuple[Span, ...] = doc.ents  # Doc.ents walks the document each time
        self.kids: list[tuple[Token, ...]] | None = None  # dependency children (nlp/tree.py)
        self.ents: list[list[Span]] = [[] for _ in self.sents]
        for ent in self.doc_ents:
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


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, read once per document."""
    return index(doc).doc_ents


def doc_text(doc: Doc) -> str:
    return index(doc).text


def tokens_of(span: Span) -> list[Token]:
    """The span's tokens, as `list(span)` but without making new Token objects."""
    return index(span.doc).tokens[span.start : span.end]


def span_text(span: Span) -> str:
    """`span.text` (the words and the spaces between them) without walking its tokens."""
    return index(span.doc).text[span.start_char : span.end_char]
