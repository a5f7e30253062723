"""WARC web archives (.warc, .warc.gz) to Articles: one per archived HTML or text response.

Archives are large by design, so ingest.max_bytes applies to each record, not to the file.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

from redline.errors import EmptyInputError, InputError, MalformedInputError
from redline.ingest.dates import normalise_date
from redline.ingest.decode import check_size, decode_bytes
from redline.ingest.readers import make_article
from redline.records import Article

log = logging.getLogger("redline")

_RECORD_TYPES = ("response", "resource", "conversion")


def _content_type(record: object) -> str:
    http = getattr(record, "http_headers", None)
    value = http.get_header("Content-Type") if http is not None else None
    if not value:
        value = record.rec_headers.get_header("Content-Type")  # type: ignore[attr-defined]
    return (value or "").lower()


def _decode(payload: bytes, content_type: str, where: str) -> str:
    if "charset=" in content_type:
        charset = content_type.split("charset=", 1)[1].split(";")[0].strip(" \"'")
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            log.debug("%s: declared charset %r does not decode; detecting", where, charset)
    return decode_bytes(payload, where)


def iter_warc(data: bytes, source: str) -> Iterator[Article | InputError]:
    """Articles from the HTML and plain-text responses in a WARC archive."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    try:
        for n, record in enumerate(ArchiveIterator(io.BytesIO(data)), start=1):
            if record.rec_type not in _RECORD_TYPES:
                continue
            ctype = _content_type(record)
            is_html = "html" in ctype
            if not (is_html or ctype.startswith("text/plain")):
                continue
            found += 1
            where = f"{source}:record{n}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                payload = record.content_stream().read()
                check_size(len(payload), where)
                article = make_article(
                    _decode(payload, ctype, where),
                    source=where,
                    doc_id=url or None,
                    url=url,
                    is_html=is_html,
                )
            except InputError as exc:
                yield exc
                continue
            crawl_date = normalise_date(record.rec_headers.get_header("WARC-Date"))
            article.date = article.date or crawl_date
            yield article
    except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
        yield MalformedInputError(
            f"not a readable WARC archive: {exc}",
            input=source,
            fix="check that the file is a complete WARC (or gzip-compressed WARC) file",
        )
        return
    if not found:
        yield EmptyInputError(
            "no HTML or plain-text responses in this archive",
            input=source,
            fix="check that the archive holds captured web pages (response records)",
        )
