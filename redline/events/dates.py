"""Event dates: a DATE phrase in the event's clause, read against the article date."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from functools import lru_cache

from spacy.tokens import Token

from redline.nlp.sentences import ents_of

log = logging.getLogger("redline")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@lru_cache(maxsize=4096)
def _parse(text: str, base: str | None) -> str | None:
    import dateparser  # slow import; only when a DATE phrase needs reading

    settings: dict = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(base)
    cleaned = text.removeprefix("on ").removeprefix("last ").strip()
    if base and cleaned.lower() in WEEKDAYS:
        # News "on Friday" means the latest Friday up to the article date, that day included.
        b = date.fromisoformat(base)
        back = (b.weekday() - WEEKDAYS.index(cleaned.lower())) % 7
        return (b - timedelta(days=back)).isoformat()
    try:
        parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    except Exception as exc:  # dateparser raises assorted errors on odd strings
        log.debug("dateparser failed on %r: %s", text, exc)
        return None
    return parsed.date().isoformat() if parsed else None


def _plausible(iso: str, base: str | None) -> bool:
    if not base:
        return True
    d, b = date.fromisoformat(iso), date.fromisoformat(base)
    return -36600 < (d - b).days < 731  # history may be old; the future is near


def event_date(head: Token, article_date: str | None) -> tuple[str | None, str]:
    """(ISO date or None, reason). Prefers a DATE phrase attached to the trigger's clause."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    clause: set[int] | None = None  # the clause's words, read once a DATE phrase is seen
    for ent in ents_of(head):
        if ent.label_ != "DATE":
            continue
        if clause is None:
            clause = {t.i for t in verb.subtree}
        if ent.root.i not in clause:
            continue
        text = ent.text.strip()
        if len(text) < 3 or text.lower() in ("today", "now"):
            return article_date, f"'{text}' = article date" if article_date else "no article date"
        iso = _parse(text, article_date)
        if iso and _plausible(iso, article_date):
            return iso, f"'{text}' read against article date {article_date or 'unknown'}"
    if article_date:
        return article_date, "article date (no date phrase in the clause)"
    return None, "no article date and no date phrase in the sentence"
