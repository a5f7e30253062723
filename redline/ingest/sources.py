"""What the user names on the command line: files, directories and '-' for standard input."""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from redline.errors import EmptyInputError, InputError, MalformedInputError
from redline.ingest.dates import normalise_date
from redline.ingest.decode import max_bytes
from redline.ingest.html import looks_like_html
from redline.ingest.readers import (
    SUPPORTED,
    file_doc_id,
    iter_bytes,
    iter_file,
    kind_of,
    make_article,
)
from redline.records import Article

log = logging.getLogger("redline")

STDIN = "stdin"


def walk_dir(root: Path) -> list[Path]:
    """Files under `root` that redline reads: recursive, sorted by path, hidden ones skipped."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            path = Path(dirpath) / name
            if name.startswith("."):
                continue
            if kind_of(path) is None:
                log.debug("skipping %s: not a type redline reads", path)
                continue
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _sniff_kind(text: str) -> str:
    """stdin has no file name: tell JSONL and HTML from plain text by their content."""
    head = text.lstrip()[:5000]
    if head.startswith("{") and '"text"' in head.split("\n", 1)[0]:
        return "jsonl"
    if looks_like_html(head):
        return "html"
    return "text"


def _read_stdin(stream: TextIO | BinaryIO | None) -> bytes:
    stream = stream if stream is not None else sys.stdin
    source = getattr(stream, "buffer", stream)  # prefer raw bytes: we detect the encoding
    limit = max_bytes()
    data = source.read(limit + 1)
    if isinstance(data, str):
        data = data.encode("utf-8", errors="surrogateescape")
    return data


def _iter_stdin(stream: TextIO | BinaryIO | None) -> Iterator[Article | InputError]:
    data = _read_stdin(stream)
    # Decode once to sniff the kind; iter_bytes decodes again (cheap) and checks the size.
    try:
        sniff = data[:20000].decode("utf-8", errors="replace")
    except Exception:  # pragma: no cover - decode with errors="replace" does not raise
        sniff = ""
    kind = _sniff_kind(sniff)
    yield from iter_bytes(data, kind=kind, source=STDIN, doc_id=None)


def _iter_path(arg: str) -> Iterator[Article | InputError]:
    path = Path(arg)
    if path.is_dir():
        found = False
        for file in walk_dir(path):
            found = True
            rel = file.relative_to(path)
            doc_id = (rel.parent / file_doc_id(file)).as_posix()
            yield from _guarded(lambda f=file, d=doc_id: iter_file(f, doc_id=d), str(file))
        if not found:
            yield EmptyInputError(
                "directory holds no files redline reads",
                input=arg,
                fix=f"put files of these types in it: {SUPPORTED}",
            )
    elif path.exists():
        yield from _guarded(lambda: iter_file(path), arg)
    else:
        yield InputError(
            "no such file or directory", input=arg, fix="check the path (use '-' for stdin)"
        )


def _guarded(make: object, source: str) -> Iterator[Article | InputError]:
    """Run a reader; turn whatever it raises into an error item so the batch goes on."""
    try:
        yield from make()  # type: ignore[operator]
    except InputError as exc:
        yield exc
    except Exception as exc:  # a bug or an odd library failure must not stop a batch
        log.exception("unexpected failure reading %s", source)
        yield InputError(
            f"unexpected failure while reading: {type(exc).__name__}: {exc}",
            input=source,
            fix="report this as a redline bug, with the input if you can share it",
        )


def read_sources(
    paths: Sequence[str | os.PathLike[str]],
    *,
    date: str | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Article | InputError]:
    """One Article per document in `paths` (files, directories, '-' for stdin), in order.

    Unreadable documents come out as InputError items instead of being raised, so a batch
    goes on and the caller reports them at the end. `date` (ISO) is the article date used
    when a document carries none. Raises MalformedInputError at once for a bad `date`.
    """
    default = normalise_date(date)
    if date and not default:
        raise MalformedInputError(
            f"cannot read the date {date!r}", input="--date", fix="give it as yyyy-mm-dd"
        )
    return _iter_sources(list(paths), default, stdin)


def _iter_sources(
    paths: list[str | os.PathLike[str]], default: str | None, stdin: TextIO | BinaryIO | None
) -> Iterator[Article | InputError]:
    seen: dict[str, str] = {}
    for path_arg in paths:
        arg = os.fspath(path_arg)
        items = _guarded(lambda: _iter_stdin(stdin), STDIN) if arg == "-" else _iter_path(arg)
        for item in items:
            if isinstance(item, Article):
                item.date = item.date or default
                _dedupe_id(item, seen)
            yield item


def _dedupe_id(article: Article, seen: dict[str, str]) -> None:
    """Two different inputs (say a/x.txt and b/x.txt given by name) must not share a doc_id."""
    src = re.sub(r":(?:entry|record)?\d+$", "", article.source or "")  # one file, one input
    first = seen.setdefault(article.doc_id, src)
    if first != src:
        new_id = f"{article.doc_id}~{Article.content_id(article.text)[5:13]}"
        log.warning(
            "%s: doc_id %r is already used by %s; using %r",
            article.source,
            article.doc_id,
            first,
            new_id,
        )
        article.doc_id = new_id
        seen.setdefault(new_id, src)


def read_text(text: str, *, date: str | None = None, source: str = STDIN) -> Article:
    """Clean one text (or HTML page) held in memory into an Article; raises InputError."""
    if not text.strip():
        raise EmptyInputError("text is empty", input=source, fix="pass some article text")
    article = make_article(text, source=source, doc_id=None)
    article.date = article.date or normalise_date(date)
    return article
