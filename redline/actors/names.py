"""Normalising names so that "the U.S.", "US", "Erdoğan"/"Erdogan" and "Al-Shabaab"/
"al Shabaab" meet in one lookup key."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

# Letters NFKD does not decompose.
_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss"})
_DROP = re.compile(r"['’‘`´.]")
_SPACE = re.compile(r"[\s\-‐–—_/]+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Accents stripped, apostrophes/dots dropped, hyphens as spaces; case kept."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _SPACE.sub(" ", _DROP.sub("", text)).strip()
    return _LEADING_THE.sub("", text)


def norm(text: str) -> str:
    """The lookup key: folded and lower-cased."""
    return fold(text).lower()


def is_stopword_alias(key: str) -> bool:
    """Aliases such as "US" or "WHO" that are ordinary words when lower-cased: they only ever
    match with their own casing, even in all-lower-case text."""
    return key in STOP_WORDS or key in {"us", "who", "it", "is", "am", "as", "an", "may", "car"}
