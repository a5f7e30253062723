"""Publication dates: normalise given dates to ISO and find a dateline near the top of a text.

Only full dates (day, month and year) count: a bare "Friday" says nothing without a base.
Plain regexes rather than dateparser: this runs on every article and must be fast.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<mon>jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|"
    r"aug(?:ust|\.)?|sep(?:t(?:ember)?)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = (
    # 2025-09-05, 2025/09/05, 2025-09-05T10:00:00Z
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<mon>[01]?\d)[-/.](?P<day>[0-3]?\d)(?!\d)"),
    # September 5, 2025 / Sept. 5 2025
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    # 5 September 2025 / 5th of September, 2025
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
)


def _to_iso(m: re.Match[str]) -> str | None:
    mon_raw = m.group("mon").lower().rstrip(".")
    mon = int(mon_raw) if mon_raw.isdigit() else _MONTHS.get(mon_raw[:3])
    try:
        return date(int(m.group("year")), mon or 0, int(m.group("day"))).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[str]:
    """All full dates in `text`, as ISO strings, in order of appearance."""
    found: list[tuple[int, str]] = []
    for pat in _PATTERNS:
        for m in pat.finditer(text):
            iso = _to_iso(m)
            if iso:
                found.append((m.start(), iso))
    return [iso for _, iso in sorted(found)]


def normalise_date(value: object) -> str | None:
    """ISO yyyy-mm-dd from a date given in metadata ('2025-09-05T10:00Z', 'Sep 5, 2025')."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    text = str(value).strip()
    if not text:
        return None
    dates = find_dates(text)
    return dates[0] if dates else None


_STAMP_PREFIX = re.compile(
    r"^(?:(?:first |last )?(?:published|updated|posted|modified|date|dated|issued)\b|"
    r"this (?:story|article) (?:is|was) (?:from|published))",
    re.IGNORECASE,
)
# "KYIV, Sept 5, 2025 (Reuters) -": a date early in the line, then an agency credit or a dash.
# Place names may carry accents ("NOUMÉA", "BOGOTÁ").
_DATELINE_PLACE = re.compile(r"(?:[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|[ .'’-]){1,30},\s*){0,2}")
_DATELINE_TAIL = re.compile(r"^[^.!?]{0,40}?\s*(?:\(|[-–—:])")


def _dateline_date(line: str, is_date_line: Callable[[str], bool] | None) -> str | None:
    """The date a line states as a publication stamp, not one a sentence mentions."""
    dates = find_dates(line)
    if not dates:
        return None
    if (is_date_line and is_date_line(line)) or _STAMP_PREFIX.match(line):
        return dates[0]
    for pat in _PATTERNS:
        m = pat.search(line[:80])
        if (
            m
            and _DATELINE_PLACE.fullmatch(line[: m.start()])
            and _DATELINE_TAIL.match(line[m.end() :])
        ):
            return _to_iso(m)
    return None


def find_dateline(
    lines: list[str],
    *,
    is_date_line: Callable[[str], bool] | None = None,
    max_lines: int = 12,
) -> str | None:
    """The publication date from the top of a text: a lone date line ('September 5, 2025'),
    a stamp ('Published 5 Sep 2025') or a dateline ('CITY, Sept. 5, 2025 (Agency) -').

    A date inside an ordinary sentence ('On September 11, 2001, ...') is not a publication
    date and is ignored.
    """
    seen = 0
    for line in lines:
        if not line.strip():
            continue
        found = _dateline_date(line.strip(), is_date_line)
        if found:
            return found
        seen += 1
        if seen >= max_lines:
            break
    return None
