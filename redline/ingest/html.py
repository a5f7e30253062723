"""HTML pages to clean text with trafilatura, falling back to the visible <p>/<h1-3> text."""

from __future__ import annotations

import logging
import re
from typing import Any

from redline.errors import EmptyInputError
from redline.ingest.clean import clean_document
from redline.ingest.dates import normalise_date
from redline.ingest.pageclean import metadata_date, strip_furniture

log = logging.getLogger("redline")

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(
    r"</?(?:p|div|br|span|a|h[1-6]|body|head|title|ul|li|table|section|article)\b", re.IGNORECASE
)
_FALLBACK_TAGS = ("h1", "h2", "h3", "p", "div", "td")
_BLOCK_CHILDREN = ".//p|.//div|.//td|.//table|.//ul|.//ol|.//h1|.//h2|.//h3"


def looks_like_html(text: str) -> bool:
    """An HTML document, or text so dense in tags that it must be markup."""
    head = text[:5000]
    if _HTML_START.match(head):
        return True
    return len(_TAG.findall(head)) >= 5 and head.lstrip().startswith("<")


def _site_suffix_removed(title: str, sitename: str | None) -> str:
    """'Troops cross border | Example News' -> 'Troops cross border'."""
    for sep in (" | ", " - ", " – ", " — "):
        if sep in title:
            head, _, tail = title.rpartition(sep)
            same_site = sitename and tail.strip().lower() in sitename.lower()
            if head and (same_site or (sep == " | " and len(tail.split()) <= 4)):
                return head.strip()
    return title.strip()


def _trafilatura(html: str, source: str) -> dict[str, Any] | None:
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            deduplicate=False,
            # Dates from metadata and date-marked elements only: a full-text search picks
            # dates out of teasers and article sentences. clean.py reads the dateline.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml choke on some garbage; fall back
        log.debug("%s: trafilatura failed: %s", source, exc)
        return None
    if doc is None:
        return None
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    return {k: get(k) for k in ("title", "date", "url", "text", "author", "sitename")}


def _parse(html: str) -> Any | None:
    try:
        import lxml.html

        # lxml refuses str input that still carries an encoding declaration
        return lxml.html.fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", html))
    except Exception as exc:  # unparseable markup: leave it to trafilatura as it is
        log.debug("lxml could not parse the HTML: %s", exc)
        return None


def _visible_blocks(root: Any) -> tuple[str, str | None]:
    """Text of headings, paragraphs and leaf <div>/<td> blocks in document order, plus the
    <title>. Pages that set their text in bare <div>s have no <p> at all."""
    title_el = root.find(".//title")
    title = title_el.text_content().strip() if title_el is not None else None
    parts = [
        " ".join(el.text_content().split())
        for el in root.iter(*_FALLBACK_TAGS)
        if el.tag not in ("div", "td") or not el.xpath(_BLOCK_CHILDREN)
    ]
    return "\n".join(p for p in parts if p), title or None


def html_to_text(html: str, source: str) -> tuple[str, dict[str, Any]]:
    """Cleaned article text and metadata {title, date, url, byline} from an HTML page.

    Raises EmptyInputError (naming `source`) when the page holds no article text at all.
    """
    meta: dict[str, Any] = {"title": None, "date": None, "url": None, "byline": None}
    root = _parse(html)
    declared = None
    if root is not None:
        declared = metadata_date(root)
        strip_furniture(root)
        import lxml.html

        html = lxml.html.tostring(root, encoding="unicode")
    found = _trafilatura(html, source)
    body = (found or {}).get("text") or ""
    title = (found or {}).get("title")
    if found:
        meta["url"] = found.get("url")
        meta["date"] = declared or normalise_date(found.get("date"))
        meta["byline"] = found.get("author")
    if not body.strip():
        log.debug("%s: trafilatura found no main text; using <p>/<h1-3> text", source)
        body, fallback_title = _visible_blocks(root) if root is not None else ("", None)
        title = title or fallback_title
    if title:
        title = _site_suffix_removed(title, (found or {}).get("sitename"))
    cleaned = clean_document(body, title=title, per_line=True)
    if not cleaned.text.strip() or cleaned.text.strip() == (title or "").strip():
        raise EmptyInputError(
            "no article text found in this HTML page",
            input=source,
            fix="check that the page holds the article itself (not a login wall or an index "
            "page), or save it as plain text",
        )
    meta["title"] = cleaned.title
    meta["date"] = meta["date"] or declared or cleaned.date
    meta["byline"] = meta["byline"] or cleaned.byline
    return cleaned.text, meta
