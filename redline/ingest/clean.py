"""Plain-text cleaning: the one place where Article.text takes its final shape.

The coder treats every line break as a sentence boundary, so the output has the headline
as its own first paragraph, paragraphs separated by one blank line, hard-wrapped lines
joined, and site furniture (menus, share buttons, credits, footers) removed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from redline.ingest import boilerplate as bp
from redline.ingest.dates import find_dateline

# Characters that only get in the way: zero-width marks, soft hyphen, BOM.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\x0b\x0c]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")
_OPENS_CONTINUATION = re.compile(r"^[a-z(\[,;:%–—-]|^\d")
_CONTINUES = re.compile(r"[,;–—-]$")
# A line ending in one of these words is cut mid-sentence.
_DANGLING = frozenset(
    "a an the of to in on for and or but nor with by at from as that which who whose "
    "its his her their our said says told than into over under about after before".split()
)
HEADLINE_MAX_WORDS = 25
HEADING_MAX_WORDS = 12


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    date: str | None = None  # a dateline found near the top, ISO
    byline: str | None = None


def normalise(raw: str) -> str:
    """NFC, one kind of line break, no invisible or control characters, single spaces."""
    text = unicodedata.normalize("NFC", raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n").replace("\x85", "\n")
    text = text.translate(_INVISIBLE)
    text = _CONTROL.sub(" ", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def _is_terminal(line: str) -> bool:
    return bool(_TERMINAL.search(line))


def looks_like_headline(line: str) -> bool:
    """A first line that reads as a headline: short-ish, capitalised, not ending in a period."""
    words = line.split()
    return (
        0 < len(words) <= HEADLINE_MAX_WORDS
        and len(line) <= 250
        and (line[:1].isupper() or line[:1].isdigit() or line[:1] in "\"'“‘")
        and not line.endswith(".")
        and not _CONTINUES.search(line)
    )


def _wrap_width(block: list[str]) -> int | None:
    """The column a hard-wrapped block was wrapped at, or None when it is not wrapped."""
    body = block[:-1]
    if len(body) < 2:
        return None
    width = max(len(line) for line in body)
    if width > 120:
        return None
    near = sum(1 for line in body if len(line) >= 0.75 * width)
    return width if near >= 0.7 * len(body) else None


def _joins(prev: str, nxt: str, width: int | None, per_line: bool) -> str | None:
    """How `nxt` continues `prev` ('' = no space, ' ' = space) or None for a new paragraph."""
    if re.search(r"[^\W\d_]-$", prev) and nxt[:1].islower():
        return ""  # a word hyphenated across lines: keep the hyphen, drop the break
    terminal = _is_terminal(prev)
    if not terminal and _OPENS_CONTINUATION.match(nxt):
        return " "
    if per_line:  # markup already told us where paragraphs are
        return None
    if terminal:
        return " " if width and len(prev) >= 0.8 * width else None
    last_word = prev.rsplit(" ", 1)[-1].lower()
    if _CONTINUES.search(prev) or last_word in _DANGLING:
        return " "
    if width and len(prev) >= 0.6 * width:
        return " "
    if len(prev.split()) > HEADING_MAX_WORDS:
        return " "
    return None  # a short line without final punctuation: a heading


def _blocks(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _paragraphs(block: list[str], per_line: bool) -> list[str]:
    width = None if per_line else _wrap_width(block)
    paras = [block[0]]
    for line in block[1:]:
        glue = _joins(paras[-1], line, width, per_line)
        if glue is None:
            paras.append(line)
        else:
            paras[-1] = paras[-1] + glue + line
    return paras


def _strip_top_navigation(lines: list[str]) -> list[str]:
    """Drop section names and one- or two-word capitalised lines above the headline."""
    i = 0
    while i < len(lines):
        line = lines[i]
        if line and not (bp.is_section_line(line) or bp.is_short_title_case(line)):
            break
        i += 1
    return lines[i:]


def _leads_with_headline(body: list[list[str]]) -> bool:
    """The first line is a headline when it reads as one and the next line does not continue it."""
    first = body[0]
    if not looks_like_headline(first[0]) or (len(body) == 1 and len(first) == 1):
        return False
    if len(first) == 1:
        return True
    if _OPENS_CONTINUATION.match(first[1]):
        return False
    # A long first line as wide as the lines below it is the first line of a wrapped paragraph.
    head, nxt = len(first[0]), len(first[1])
    return not (len(first) >= 3 and head >= 60 and abs(head - nxt) <= 0.15 * head)


def _without_repeated_title(block: list[str], title: str) -> list[str]:
    """Drop the title where the page repeats it at the top, with any short kicker above it."""
    for i, line in enumerate(block[:4]):
        if _same(line, title):
            return block[i + 1 :]
        if len(line.split()) > 8 or _is_terminal(line):
            break  # real text before any repeat: leave the block alone
    return block


def _same(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().lower()

    return key(a) == key(b)


def clean_document(raw: str, *, title: str | None = None, per_line: bool = False) -> Cleaned:
    """Clean `raw` text; `title` (e.g. from HTML metadata) becomes the first paragraph.

    `per_line=True` says every line is already a paragraph (extracted HTML), so only
    obvious mid-sentence breaks are joined.
    """
    lines = normalise(raw).split("\n")
    date = find_dateline(lines, is_date_line=bp.is_date_line)
    byline = next((ln for ln in lines[:40] if ln and bp.is_byline(ln)), None)
    kept: list[str] = []
    for line in lines:
        if not line:
            kept.append(line)
        elif not (bp.is_boilerplate(line) or bp.is_section_line(line)):
            kept.append(line)
    kept = _strip_top_navigation(kept)

    title = normalise(title).replace("\n", " ").strip() if title else None
    paras: list[str] = []
    body = _blocks(kept)
    if title:
        paras.append(title)
        if body:
            body[0] = _without_repeated_title(body[0], title)
    elif body and _leads_with_headline(body):
        title = body[0][0]
        paras.append(title)
        body[0] = body[0][1:]
    for block in body:
        if block:
            paras.extend(_paragraphs(block, per_line))
    return Cleaned(text="\n\n".join(paras), title=title, date=date, byline=byline)


def clean_text(raw: str) -> str:
    """Boilerplate removal and paragraph repair on plain text (see the module docstring)."""
    return clean_document(raw).text
