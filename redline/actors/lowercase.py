"""Whether an article is in all lower case (some feeds strip case)."""

from __future__ import annotations

from spacy.tokens import Doc

from redline.nlp.sentences import doc_text


def is_lowercase_doc(doc: Doc) -> bool:
    """All-lower-case news (some feeds strip case): relax case-sensitive aliases."""
    cached = doc.user_data.get("redline.lowercase")
    if cached is None:
        # filter/map keep the per-character loop in C: this reads 5,000 characters per doc
        letters = list(filter(str.isalpha, doc_text(doc)[:5000]))
        upper = sum(map(str.isupper, letters))
        cached = bool(letters) and upper <= len(letters) * 0.002
        doc.user_data["redline.lowercase"] = cached
    return cached
