"""The contract with the coder: after ingest, spaCy's sentences follow the article's sentences."""

from __future__ import annotations

import pytest

from redline.ingest import clean_text
from redline.nlp import load_nlp

WRAPPED = """World
Ministers trade threats over dam

By Ana Costa
Share this article

Upstream officials said on Thursday that they would keep filling the
reservoir despite warnings from downstream states, raising fears of
a water crisis. The downstream foreign minister said his country
would defend its share of the river by all means.
Advertisement
"""


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


def test_wrapped_sentences_are_not_cut_at_line_ends(nlp) -> None:
    doc = nlp(clean_text(WRAPPED))
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents[0] == "Ministers trade threats over dam"
    assert len(sents) == 3
    assert sents[1].startswith("Upstream officials") and sents[1].endswith("water crisis.")
    assert sents[2].endswith("by all means.")
