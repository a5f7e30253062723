"""Find every KB alias in a Doc with spaCy's PhraseMatcher on LOWER.

Used for mentions the NER missed (lower-case news: "the kremlin said"). Case-sensitive
aliases ("=May", "US") are checked after matching, by the KB lookup.
"""

from __future__ import annotations

from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from redline.actors.kb import ActorKB, KBEntry, load_kb
from redline.actors.lowercase import is_lowercase_doc
from redline.nlp.sentences import span_text

_MATCHERS: dict[tuple[int, int], PhraseMatcher] = {}


def alias_matcher(doc: Doc, kb: ActorKB) -> PhraseMatcher:
    """One PhraseMatcher per (vocab, KB), built on first use (~0.2 s)."""
    key = (id(doc.vocab), id(kb))
    matcher = _MATCHERS.get(key)
    if matcher is None:
        tokenizer = English(vocab=doc.vocab).tokenizer
        matcher = PhraseMatcher(doc.vocab, attr="LOWER")
        matcher.add("ACTOR", [tokenizer(t) for t in sorted(kb.surface_forms)])
        _MATCHERS[key] = matcher
    return matcher


def find_aliases(doc: Doc | Span, kb: ActorKB | None = None) -> list[tuple[Span, KBEntry]]:
    """Longest non-overlapping KB alias mentions in `doc` (a Doc or a sentence Span).
    Matches for the whole Doc are computed once and cached on it."""
    kb = kb or load_kb()
    real = doc.doc if isinstance(doc, Span) else doc
    cache_key = f"redline.aliases.{id(kb)}"
    found = real.user_data.get(cache_key)
    if found is None:
        lower = is_lowercase_doc(real)
        spans = []
        for _, start, end in alias_matcher(real, kb)(real):
            span = real[start:end]
            if span[0].is_punct or (len(span) == 1 and span[0].pos_ in {"DET", "PRON", "AUX"}):
                continue
            if kb.lookup(span.text, None, lower) is not None:
                spans.append(span)
        found = [(s.start, s.end) for s in filter_spans(spans)]
        real.user_data[cache_key] = found  # plain offsets: the Doc stays serialisable
    lo, hi = (doc.start, doc.end) if isinstance(doc, Span) else (0, len(real))
    lower = is_lowercase_doc(real)
    out = []
    for start, end in found:
        if lo <= start and end <= hi:
            span = real[start:end]
            # the text sliced from the document's, not re-joined from the span's tokens
            entry = kb.lookup(span_text(span), None, lower)
            if entry is not None:
                out.append((span, entry))
    return out
