"""RSS/Atom feeds (saved files or stdin) to Articles, one per entry, with feedparser.

Entries carry HTML fragments (a summary, sometimes the full content); we keep their
visible text. Fetching feeds over the network is not done here: ingest reads what it is given.
"""

from __future__ import annotations

import html as htmllib
import logging
import re
import time
from collections.abc import Iterator
from typing import Any

from redline.errors import EmptyInputError, InputError, UnsupportedInputError
from redline.ingest.readers import make_article
from redline.records import Article

log = logging.getLogger("redline")

_BLOCK_END = re.compile(
    r"<\s*(?:br\s*/?|/\s*(?:p|div|h[1-6]|li|blockquote|tr|section))\s*>", re.IGNORECASE
)
_TAG = re.compile(r"<[^>]+>")
_DROP = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def fragment_text(fragment: str) -> str:
    """Visible text of an HTML fragment, one line per block element."""
    text = _DROP.sub(" ", fragment)
    text = _BLOCK_END.sub("\n", text)
    return htmllib.unescape(_TAG.sub(" ", text))


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return time.strftime("%Y-%m-%d", value)
    return None


def _entry_body(entry: Any) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    summary = entry.get("summary", "") or ""
    return best if len(best) >= len(summary) else summary


def iter_feed(text: str, source: str) -> Iterator[Article | InputError]:
    """One Article per feed entry; an entry without text yields an error naming it."""
    import feedparser

    feed = feedparser.parse(text)
    if not feed.get("version") and not feed.entries:
        raise UnsupportedInputError(
            "this XML is not an RSS or Atom feed",
            input=source,
            fix="redline reads RSS/Atom feeds from .rss/.atom/.xml files; save other XML as text",
        )
    if not feed.entries:
        raise EmptyInputError("the feed has no entries", input=source, fix="pass a feed with items")
    for n, entry in enumerate(feed.entries, start=1):
        where = f"{source}:entry{n}"
        title = (entry.get("title") or "").strip() or None
        body = fragment_text(_entry_body(entry))
        try:
            # A title-only entry still counts: headlines alone often report an event.
            yield make_article(
                body,
                source=where,
                doc_id=entry.get("id") or entry.get("link") or None,
                date=_entry_date(entry),
                title=title,
                url=entry.get("link"),
                is_html=False,
            )
        except InputError as exc:
            yield exc
