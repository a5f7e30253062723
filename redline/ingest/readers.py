"""One file (or one stream's bytes) to Articles: text, HTML and JSONL, and the dispatch by type.

Whole-input problems raise an InputError subclass; problems with one record of a
multi-record input (a JSONL line, a feed entry) are yielded so the rest still gets read.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from redline.errors import EmptyInputError, InputError, MalformedInputError, UnsupportedInputError
from redline.ingest.clean import clean_document
from redline.ingest.dates import normalise_date
from redline.ingest.decode import check_size, decode_bytes
from redline.ingest.html import html_to_text, looks_like_html
from redline.ingest.lang import guess_lang
from redline.records import Article

log = logging.getLogger("redline")

KINDS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".warc": "warc",
    ".warc.gz": "warc",
}
SUPPORTED = ", ".join(sorted(KINDS))
_JSONL_FIX = 'write one JSON object per line, like {"id": "a1", "text": "..."}'


def kind_of(path: Path) -> str | None:
    """'text', 'html', 'jsonl', 'feed', 'warc' by file name, or None when we do not read it."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    return KINDS.get(path.suffix.lower())


def file_doc_id(path: Path) -> str:
    """A stable id from the file name: its stem (without .warc.gz and the like)."""
    name = path.name
    for suffix in sorted(KINDS, key=len, reverse=True):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return path.stem or name


def make_article(
    raw: str,
    *,
    source: str,
    doc_id: str | None,
    date: str | None = None,
    title: str | None = None,
    url: str | None = None,
    lang: str | None = None,
    is_html: bool | None = None,
) -> Article:
    """Clean `raw` (text, or HTML when it looks like HTML) into an Article.

    Date precedence: `date` given by the record, then page metadata, then a dateline in
    the text. The caller adds the --date default afterwards.
    """
    if is_html or (is_html is None and looks_like_html(raw)):
        text, meta = html_to_text(raw, source)
        title = title or meta["title"]
        url = url or meta["url"]
        date = date or meta["date"]
    else:
        cleaned = clean_document(raw, title=title)
        text, title, date = cleaned.text, cleaned.title, date or cleaned.date
    if not text.strip():
        raise EmptyInputError(
            "no article text left (the input holds only whitespace or site boilerplate)",
            input=source,
            fix="pass the article text itself",
        )
    lang = lang or guess_lang(text)
    if lang != "en":
        log.warning("%s looks like language '%s'; redline codes English only", source, lang)
    return Article(
        doc_id=doc_id or Article.content_id(text),
        text=text,
        title=title,
        url=url,
        date=date,
        source=source,
        lang=lang,
    )


def _jsonl_record(obj: Any, where: str) -> Article:
    if not isinstance(obj, dict):
        raise MalformedInputError(
            f"line is a JSON {type(obj).__name__}, not an object", input=where, fix=_JSONL_FIX
        )
    text = obj.get("text")
    if not isinstance(text, str):
        problem = "missing field 'text'" if text is None else "field 'text' is not a string"
        raise MalformedInputError(problem, input=where, fix=_JSONL_FIX)
    raw_id = obj.get("id", obj.get("doc_id"))
    raw_date = obj.get("date") or obj.get("doc_date") or obj.get("published")
    date = normalise_date(raw_date)
    if raw_date and not date:
        log.warning("%s: cannot read date %r; expected yyyy-mm-dd", where, raw_date)
    title, url, lang = obj.get("title"), obj.get("url"), obj.get("lang")
    return make_article(
        text,
        source=where,
        doc_id=str(raw_id) if raw_id not in (None, "") else None,
        date=date,
        title=title if isinstance(title, str) and title.strip() else None,
        url=url if isinstance(url, str) else None,
        lang=lang if isinstance(lang, str) else None,
    )


def iter_jsonl(text: str, source: str) -> Iterator[Article | InputError]:
    """One Article per JSONL line; a bad line yields an error naming source:line."""
    seen = 0
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen += 1
        where = f"{source}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedInputError(
                f"line is not valid JSON ({exc.msg} at column {exc.colno})",
                input=where,
                fix=_JSONL_FIX,
            )
            continue
        try:
            yield _jsonl_record(obj, where)
        except InputError as exc:
            yield exc
    if not seen:
        yield EmptyInputError("JSONL input has no records", input=source, fix=_JSONL_FIX)


def iter_bytes(
    data: bytes, *, kind: str, source: str, doc_id: str | None
) -> Iterator[Article | InputError]:
    """Articles from the bytes of one input of a known kind."""
    if kind == "warc":
        from redline.ingest.warc import iter_warc

        if not data.strip():
            raise EmptyInputError("input is empty", input=source, fix="pass a WARC archive")
        yield from iter_warc(data, source)
        return
    check_size(len(data), source)
    text = decode_bytes(data, source)
    if kind == "jsonl":
        yield from iter_jsonl(text, source)
    elif kind == "feed":
        from redline.ingest.feeds import iter_feed

        yield from iter_feed(text, source)
    else:
        yield make_article(text, source=source, doc_id=doc_id, is_html=kind == "html" or None)


def _unsupported(path: Path) -> UnsupportedInputError:
    return UnsupportedInputError(
        f"unknown file type '{path.suffix or path.name}'",
        input=str(path),
        fix=f"redline reads {SUPPORTED}; rename the file if it is one of these",
    )


def iter_file(
    path: Path, *, doc_id: str | None = None, kind: str | None = None
) -> Iterator[Article | InputError]:
    """Articles from one file; whole-file problems raise, per-record problems are yielded."""
    kind = kind or kind_of(path)
    if kind is None:
        raise _unsupported(path)
    try:
        if kind != "warc":
            check_size(path.stat().st_size, str(path))
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(
            f"cannot read the file: {exc.strerror or exc}",
            input=str(path),
            fix="check that the path exists and is readable",
        ) from exc
    yield from iter_bytes(data, kind=kind, source=str(path), doc_id=doc_id or file_doc_id(path))


def read_file(
    path: Path | str, *, date: str | None = None, errors: list[InputError] | None = None
) -> list[Article]:
    """All Articles in one file. Raises InputError subclasses for an unreadable file.

    Problems with single records (a malformed JSONL line) are appended to `errors` when
    given, and logged as warnings either way; the good records are still returned. When
    no record could be read and `errors` is None, the first problem is raised.
    """
    path = Path(path)
    default = normalise_date(date)
    articles: list[Article] = []
    problems: list[InputError] = []
    for item in iter_file(path):
        if isinstance(item, InputError):
            problems.append(item)
            continue
        item.date = item.date or default
        articles.append(item)
    if problems and not articles and errors is None:
        raise problems[0]  # nothing read at all: the first problem says why
    for problem in problems:
        log.warning("%s", problem)
    if errors is not None:
        errors.extend(problems)
    return articles
