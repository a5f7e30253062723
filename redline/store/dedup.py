"""Near-duplicate articles (syndicated copies) by MinHash over word shingles, with LSH.

A syndicated copy is the same story with another headline, byline, dateline or footer,
so those lines are stripped before shingling. Each article's MinHash signature is kept
in `articles.minhash` and its LSH band hashes in `story_bands`. Our choice for keeping
the LSH state across runs: instead of rebuilding an in-memory index on open, a new
article's candidates are *queried* from the stored band hashes (an indexed `IN` lookup),
which also works when several processes write one PostgreSQL store at once. Candidates
are then confirmed by the estimated Jaccard similarity of the two signatures.

Parameters: 128 permutations split into 32 bands of 4 rows, so pairs at Jaccard 0.6
become candidates with probability ~0.99; a candidate joins the story when its estimated
similarity is at least THRESHOLD.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 5
THRESHOLD = 0.6
MIN_LINE_WORDS = 4  # shorter lines are captions, bylines, datelines or labels

_WORD = re.compile(r"\w+", re.UNICODE)
_BOILER = re.compile(
    r"^\s*(by\b|from\b|written by|reporting by|editing by|additional reporting|"
    r"follow (us|me)|read more|subscribe|sign up|related:|photo:|image:|share this|"
    r"click here|copyright|all rights reserved|\(c\)|©)",
    re.IGNORECASE,
)
_FOOTER_ANYWHERE = re.compile(r"©|all rights reserved|\bcopyright\b", re.IGNORECASE)
# "KYIV (Agency) - " or "PARIS, May 3 — " at the start of the first body line.
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'/-]{1,40}(,\s*[A-Z][a-z]+\.? \d{1,2})?\s*(\([^)]{1,40}\))?\s*[-\u2013\u2014]+\s+"
)
_SENTENCE_END = re.compile(r"[.!?\"'\u201d)]\s*$")
HEADLINE_MAX_WORDS = 20


def story_text(text: str, title: str | None = None) -> str:
    """The article body without headline, byline, dateline and footer lines."""
    title_norm = (title or "").strip().casefold()
    kept: list[str] = []
    first = True
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if title_norm and stripped.casefold() == title_norm:
            continue
        was_first, first = first, False
        # An unpunctuated short opening line is a headline, whatever its wording.
        if was_first and not _SENTENCE_END.search(stripped):
            if len(_WORD.findall(stripped)) <= HEADLINE_MAX_WORDS:
                continue
        if _BOILER.match(stripped) or _FOOTER_ANYWHERE.search(stripped):
            continue
        if len(_WORD.findall(stripped)) < MIN_LINE_WORDS:
            continue
        kept.append(_DATELINE.sub("", stripped) if not kept else stripped)
    return "\n".join(kept)


def shingles(text: str) -> set[bytes]:
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


@lru_cache(maxsize=1)
def _template():  # type: ignore[no-untyped-def]
    # Building the permutations once; copies share them (same seed => comparable forever).
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1)


def signature(text: str, title: str | None = None) -> np.ndarray | None:
    """MinHash signature (uint32[NUM_PERM]) of the story text; None if it has no words."""
    grams = shingles(story_text(text, title))
    if not grams:
        # Fall back to the raw text so very short items still dedupe against exact copies.
        grams = shingles(text)
    if not grams:
        return None
    mh = _template().copy()
    mh.update_batch(list(grams))
    return mh.hashvalues.astype(np.uint32)


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype="<u4")


def band_hashes(sig: np.ndarray) -> list[tuple[int, int]]:
    """(band, signed 64-bit hash) per band; the band number is folded into the hash."""
    out = []
    raw = sig.astype("<u4")
    for band in range(BANDS):
        chunk = raw[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "little", signed=True)))
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))
