"""The per-document tables the coder reads instead of spaCy's own walks (nlp/tree.py,
nlp/sentences.py) must give exactly what spaCy gives."""

from __future__ import annotations

import pickle

import pytest

from redline.actors.kb import ActorKB, KBEntry
from redline.nlp import load_nlp
from redline.nlp.sentences import doc_ents, doc_text, forget, span_text, tokens_of
from redline.nlp.tree import kids, lefts

TEXTS = [
    "KYIV, Ukraine (Redline Wire) - Russian drones struck a power plant near Odesa overnight, "
    "the governor said, while Kyiv asked its allies for more air defence.",
    "The two ministers met in Doha on Sunday. \"We will not accept a partial truce,\" one said.",
    "police lathicharged the protesters and detained forty of them near the station.",
]


@pytest.fixture(scope="module")
def docs():
    nlp = load_nlp()
    return list(nlp.pipe(TEXTS))


def test_kids_and_lefts_match_spacy(docs) -> None:
    for doc in docs:
        for tok in doc:
            assert [t.i for t in kids(tok)] == [t.i for t in tok.children]
            assert [t.i for t in lefts(tok)] == [t.i for t in tok.lefts]


def test_sentence_tables_match_spacy(docs) -> None:
    for doc in docs:
        assert doc_text(doc) == doc.text
        assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [
            (e.start, e.end, e.label_) for e in doc.ents
        ]
        for sent in doc.sents:
            assert [t.i for t in tokens_of(sent)] == [t.i for t in sent]
            assert span_text(sent) == sent.text


def test_kb_lookup_memory_is_cleared_when_an_alias_is_added() -> None:
    kb = ActorKB()
    assert kb.lookup("Redlineland") is None  # remembered as unknown
    kb.add("Redlineland", KBEntry("RDL", "Redlineland", "country"))
    found = kb.lookup("Redlineland")
    assert found is not None and found.code == "RDL"


def test_doc_pickles_once_the_tables_are_dropped(docs) -> None:
    """The coder drops the tables after each document (Dask ships Docs between processes)."""
    for doc in docs:
        kids(doc[0])  # build the table
        forget(doc)
        assert pickle.loads(pickle.dumps(doc.to_bytes()))
        assert [t.i for t in kids(doc[0])] == [t.i for t in doc[0].children]  # rebuilt
