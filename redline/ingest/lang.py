"""A cheap language guess: share of very common function words, plus script for non-Latin text.

redline codes English only; the guess only has to tell English from the rest, and name the
rest when it easily can. Short texts with too little evidence count as English.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

from redline.errors import DataFileError

DATA_FILE = Path(__file__).parent / "data" / "stopwords.yml"
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MIN_TOKENS = 6  # fewer words than this: not enough evidence, assume English
_SHORT_TEXT = 40
_EN_MIN_SHARE = 0.1  # English news prose runs at ~35-45 % function words

# Scripts we can name from the first word of a character's Unicode name.
_SCRIPTS = {
    "CYRILLIC": "und-Cyrl",
    "ARABIC": "und-Arab",
    "HEBREW": "he",
    "GREEK": "el",
    "CJK": "und-Hani",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "DEVANAGARI": "und-Deva",
    "THAI": "th",
    "BENGALI": "bn",
    "TAMIL": "ta",
    "GEORGIAN": "ka",
    "ARMENIAN": "hy",
    "ETHIOPIC": "am",
}


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    try:
        data = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
        for lang, words in data.items():
            odd = [w for w in words if not isinstance(w, str)]
            if odd:  # YAML 1.1 reads bare on/no/off/yes as booleans
                raise TypeError(f"{lang}: {odd} are not words; quote them (\"on\", \"no\")")
        return {lang: frozenset(w.lower() for w in words) for lang, words in data.items()}
    except (OSError, yaml.YAMLError, AttributeError, TypeError) as exc:
        raise DataFileError(
            f"cannot load stopword lists: {exc}",
            input=str(DATA_FILE),
            fix="restore the file from the redline package or correct the YAML",
        ) from exc


def _main_script(text: str) -> str | None:
    """The dominant non-Latin script, if most letters are in one."""
    counts: dict[str, int] = {}
    letters = 0
    for ch in text[:5000]:
        if not ch.isalpha():
            continue
        letters += 1
        if ch.isascii():
            continue
        name = unicodedata.name(ch, "")
        first = name.split(" ", 1)[0]
        if first in _SCRIPTS:
            counts[first] = counts.get(first, 0) + 1
    if not counts or not letters:
        return None
    script, n = max(counts.items(), key=lambda kv: kv[1])
    return _SCRIPTS[script] if n / letters > 0.5 else None


def guess_lang(text: str) -> str:
    """'en', another ISO 639-1 code, 'und-<Script>' or 'und' (undetermined, not English)."""
    script = _main_script(text)
    if script:
        return script
    tokens = [t.lower() for t in _TOKEN.findall(text[:20000])]
    if len(tokens) < _MIN_TOKENS:
        return "en"
    lists = _stopwords()
    shares = {
        lang: sum(1 for t in tokens if t in words) / len(tokens) for lang, words in lists.items()
    }
    en = shares.get("en", 0.0)
    best, best_share = max(shares.items(), key=lambda kv: kv[1])
    if en >= _EN_MIN_SHARE and (best == "en" or en >= 0.8 * best_share):
        return "en"
    if best != "en" and best_share >= 0.15 and best_share > en:
        return best
    # Headlines and one-line records often lack function words: only positive evidence of
    # another language marks a short text as non-English.
    return "en" if len(tokens) < _SHORT_TEXT else "und"
