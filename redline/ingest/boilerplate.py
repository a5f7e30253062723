"""Which lines of a page are boilerplate (menus, share buttons, credits, footers).

The patterns live in data/boilerplate.yml so that they can grow without code changes;
this module compiles them once and answers questions about single lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from redline.errors import DataFileError

DATA_FILE = Path(__file__).parent / "data" / "boilerplate.yml"

# Separators that site menus and breadcrumbs put between section names.
_MENU_SEP = re.compile(r"\s*(?:\||•|·|›|»|>|/|–|—)\s*")
_WORD = re.compile(r"[\w.'’&-]+")
_NUMERIC = re.compile(
    r"\d{1,4}(?:st|nd|rd|th)?[.,]?|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:am|pm)?|"
    r"\d{4}-\d{2}-\d{2}(?:t[\d:.+z-]*)?|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|"
    r"\d{1,3}(?:s|m|h|d|w|hr|hrs)",  # "16m ago", "2h ago" on live pages
    re.IGNORECASE,
)
# Lower-case words an author line may end with: "By the Africa desk", "By Jane Doe, staff writer".
_BYLINE_ROLES = frozenset(
    "desk staff team bureau newsroom reporter reporters correspondent correspondents editor "
    "editors writer writers contributor agencies agency wires".split()
)
_FUNCTION_WORDS = frozenset({"in", "for", "at", "the", "of", "and", "&", "-", "–", "—", "|"})


@dataclass(frozen=True)
class Patterns:
    lines: re.Pattern[str]
    prefixes: tuple[str, ...]
    suffixes: re.Pattern[str]
    contains: tuple[str, ...]
    bylines: re.Pattern[str]
    sections: frozenset[str]
    date_words: frozenset[str]
    months_and_days: frozenset[str]
    max_prefix_words: int
    max_contains_words: int


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """Load and compile data/boilerplate.yml (once)."""
    try:
        data = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
        lines = re.compile("|".join(f"(?:{p})" for p in data["lines"]), re.IGNORECASE)
        suffixes = re.compile(
            "(?:" + "|".join(f"(?:{p})" for p in data["suffixes"]) + r")\s*$", re.IGNORECASE
        )
        bylines = re.compile("|".join(f"(?:{p})" for p in data["bylines"]))
    except (OSError, yaml.YAMLError, KeyError, TypeError, re.error) as exc:
        raise DataFileError(
            f"cannot load boilerplate patterns: {exc}",
            input=str(DATA_FILE),
            fix="restore the file from the redline package or correct the YAML/regex",
        ) from exc
    date_words = frozenset(str(w).lower() for w in data["date_words"])
    months_days = frozenset(
        w for w in date_words if w.isalpha() and len(w) >= 3 and w not in _NON_CALENDAR
    )
    return Patterns(
        lines=lines,
        prefixes=tuple(str(p).lower() for p in data["prefixes"]),
        suffixes=suffixes,
        contains=tuple(str(p).lower() for p in data["contains"]),
        bylines=bylines,
        sections=frozenset(str(s).lower() for s in data["sections"]),
        date_words=date_words,
        months_and_days=months_days,
        max_prefix_words=int(data.get("max_prefix_words", 40)),
        max_contains_words=int(data.get("max_contains_words", 15)),
    )


# date_words that do not by themselves make a line a date ("updated", "hours", ...).
_NON_CALENDAR = frozenset(
    {
        "updated",
        "update",
        "published",
        "posted",
        "last",
        "modified",
        "ago",
        "hour",
        "hours",
        "minute",
        "minutes",
        "min",
        "mins",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "yesterday",
        "today",
        "just",
        "now",
        "first",
        "created",
        "date",
        "time",
        "gmt",
        "utc",
        "bst",
        "cet",
        "est",
        "edt",
        "cst",
        "cdt",
        "pst",
        "pdt",
        "ist",
        "jst",
        "msk",
        "aest",
        "aedt",
        "sast",
        "eat",
        "wat",
        "cest",
    }
)


def is_boilerplate(line: str) -> bool:
    """True for a line that is site furniture rather than article text."""
    p = patterns()
    low = line.lower()
    if p.lines.fullmatch(line):
        return True
    n_words = len(line.split())
    if n_words <= p.max_prefix_words:
        if low.startswith(p.prefixes) or p.suffixes.search(line):
            return True
    if n_words <= p.max_contains_words and any(c in low for c in p.contains):
        return True
    return is_byline(line) or is_menu(line) or is_date_line(line)


def is_byline(line: str) -> bool:
    """'By Jane Doe', 'By Jane Doe and John Roe, Reuters' (but not 'By Monday, troops had...')."""
    if len(line.split()) > 16 or line.endswith("."):
        return False
    m = patterns().bylines.match(line)
    if not m:
        return False
    rest = line[m.end() :].strip(" ,;:|–—-")
    # What follows the name must itself look like names or an outlet, not a clause.
    return all(
        w[0].isupper() or w.lower() in _FUNCTION_WORDS or w.lower() in _BYLINE_ROLES
        for w in _WORD.findall(rest)
    )


def is_menu(line: str) -> bool:
    """'Home | World | Europe' or 'News › World › Africa': short capitalised items."""
    parts = [s for s in _MENU_SEP.split(line) if s]
    if len(parts) < 2 or not _MENU_SEP.search(line):
        return False
    return all(len(s.split()) <= 4 and s[:1].isupper() and not s.endswith(".") for s in parts)


def is_section_line(line: str) -> bool:
    """A line made only of section names ('World', 'Middle East', 'Live updates')."""
    parts = [s.strip().lower() for s in _MENU_SEP.split(line) if s.strip()]
    return bool(parts) and all(s in patterns().sections for s in parts)


def is_date_line(line: str) -> bool:
    """A lone date or time: 'September 5, 2025', 'Updated 10:32 GMT', '3 hours ago'."""
    p = patterns()
    tokens = re.findall(r"[^\s,|/]+", line.lower())
    if not tokens or len(tokens) > 14:
        return False
    calendar = False
    for tok in tokens:
        bare = tok.strip("().:;,")
        if not bare or bare in p.date_words or tok in p.date_words:
            calendar = calendar or bare in p.months_and_days
            continue
        if _NUMERIC.fullmatch(bare):
            calendar = True
            continue
        return False
    return calendar


def _lead(word: str) -> str:
    """The word without opening quotes or brackets."""
    return word.lstrip("\"'“‘([«")


def is_short_title_case(line: str, max_words: int = 2) -> bool:
    """'World', 'Middle East': one or two capitalised words and no sentence punctuation."""
    words = line.split()
    return (
        0 < len(words) <= max_words
        and all(_lead(w)[:1].isupper() for w in words)
        and not line.endswith((".", "?", "!", '"', "”"))
    )
