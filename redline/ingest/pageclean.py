"""Remove the page furniture that the markup itself names, before any text extraction.

Sites label their sidebars, teaser lists, tickers, captions, share bars and comment threads
in tags, roles and class names ("aside", role="complementary", class="most-read"). Their text
reads like news ("Rebels seize border town") and would be coded as events, and their dates
("Related, July 19") are taken for the article's date. Dropping them from the tree first
helps both trafilatura and the plain fallback. Blocks whose text is nearly all link text are
teasers or menus: an article paragraph is not one big link.
"""

from __future__ import annotations

import json
import re
from typing import Any

from redline.ingest.dates import normalise_date

# Elements that never hold article text.
_DROP_TAGS = (
    "script style noscript template nav footer aside form button select figcaption iframe "
    "svg amp-sidebar amp-ad amp-social-share"
).split()
_DROP_ROLES = frozenset({"navigation", "complementary", "contentinfo", "search", "marquee"})
# Class or id words that name furniture (split on '-', '_' and spaces).
_DROP_WORDS = frozenset(
    "related ticker marquee newsletter newsletters comments disqus share sharing social "
    "caption captions promo teaser teasers sidebar rail breadcrumb breadcrumbs cookie cookies "
    "consent trending popular outbrain taboola advert adverts advertisement ad ads "
    "subscribe subscription tags topics menu navbar topbar masthead player pagination "
    "recirculation recommended".split()
)
# Two-word class names: "most-read", "read-next", "more-on", "key-events", "top-stories".
_DROP_PAIRS = frozenset(
    {
        ("most", "read"),
        ("most", "viewed"),
        ("most", "popular"),
        ("most", "shared"),
        ("read", "next"),
        ("more", "on"),
        ("more", "from"),
        ("key", "events"),
        ("top", "stories"),
        ("also", "read"),
        ("you", "may"),
    }
)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)/")
_KEEP_TAGS = frozenset({"html", "body", "article", "main"})
_SPLIT = re.compile(r"[^a-z0-9]+")
_BLOCKS = ("p", "li", "h2", "h3", "h4", "td", "div")
_LINK_SHARE = 0.6  # a block with at least this share of link text ...
_MAX_OTHER_WORDS = 8  # ... and no more than this many other words is a teaser or a menu
_META_DATE_KEYS = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "parsely-pub-date",
    "sailthru.date",
)


def _names_furniture(el: Any) -> bool:
    if el.tag == "script" and el.get("type") == "application/ld+json":
        return False  # JSON-LD metadata: trafilatura reads title, author and date from it
    if el.tag in _DROP_TAGS or (el.get("role") or "").lower() in _DROP_ROLES:
        return True
    words = _SPLIT.split(f"{el.get('class') or ''} {el.get('id') or ''}".lower())
    if any(w in _DROP_WORDS for w in words):
        return True
    return any(pair in _DROP_PAIRS for pair in zip(words, words[1:], strict=False))


def _is_site_header(el: Any) -> bool:
    """A <header> without the headline is the site's banner (logo, menu, today's date)."""
    return el.tag == "header" and not el.xpath(".//h1")


def _holds_article(el: Any, total: int) -> bool:
    """Never drop the article itself, whatever its class says ('article-related-body')."""
    if el.tag in _KEEP_TAGS or el.xpath(".//article|.//main|.//h1"):
        return True
    return total > 0 and len(el.text_content()) > 0.5 * total


def _link_dominated(el: Any) -> bool:
    text = " ".join(el.text_content().split())
    if not text:
        return False
    links = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
    other = len(text.split()) - sum(len(a.text_content().split()) for a in el.iter("a"))
    return links >= _LINK_SHARE * len(text) and other <= _MAX_OTHER_WORDS


def strip_furniture(root: Any) -> None:
    """Drop named furniture and link-only blocks from an lxml tree, in place."""
    body = root.find(".//body")
    total = len((body if body is not None else root).text_content())
    doomed = [
        el
        for el in root.iter()
        if isinstance(el.tag, str)
        and (_names_furniture(el) or _is_site_header(el))
        and not _holds_article(el, total)
    ]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(root.iter(*_BLOCKS)):
        # Leaf-ish blocks only: a container of paragraphs is judged by its paragraphs.
        if el.getparent() is not None and not el.xpath(".//p|.//div|.//li|.//td"):
            if _link_dominated(el):
                el.drop_tree()


def _json_ld_date(text: str) -> str | None:
    try:
        data = json.loads(text)
    except (ValueError, TypeError):
        return None
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if item.get("datePublished"):
                return normalise_date(item["datePublished"])
            stack.extend(v for v in item.values() if isinstance(v, dict | list))
    return None


def metadata_date(root: Any) -> str | None:
    """The publication date the page declares: meta tags, JSON-LD, then the first <time>
    in the article. Read before strip_furniture (which drops the <script> holding JSON-LD)."""
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _META_DATE_KEYS:
            found = normalise_date(meta.get("content"))
            if found:
                return found
    for script in root.xpath("//script[@type='application/ld+json']"):
        found = _json_ld_date(script.text or "")
        if found:
            return found
    for time in root.xpath("//article//time[@datetime]|//main//time[@datetime]"):
        found = normalise_date(time.get("datetime"))
        if found:
            return found
    return _url_date(root)


def _url_date(root: Any) -> str | None:
    """'/2023/09/19/' in the canonical address: most news sites file stories by day."""
    for link in root.xpath("//link[@rel='canonical']/@href|//meta[@property='og:url']/@content"):
        m = _URL_DATE.search(str(link))
        if m:
            found = normalise_date("-".join(m.groups()))
            if found:
                return found
    return None
