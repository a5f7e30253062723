"""Bytes to text: size limit, binary sniffing, and encoding detection with a logged guess."""

from __future__ import annotations

import codecs
import logging

from redline.config import load_settings
from redline.errors import BinaryInputError, EmptyInputError, TooLargeError

log = logging.getLogger("redline")

SUPPORTED_HINT = "redline reads .txt, .html/.htm, .jsonl, RSS/Atom (.rss, .atom, .xml) and .warc"

# Magic numbers of formats people pass by mistake, with what to do about them.
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"\x1f\x8b", "a gzip-compressed file", "decompress it first (gunzip FILE)"),
    (b"PK\x03\x04", "a ZIP archive", "unzip it first and pass the files inside"),
    (b"BZh", "a bzip2-compressed file", "decompress it first (bunzip2 FILE)"),
    (b"\xfd7zXZ\x00", "an xz-compressed file", "decompress it first (unxz FILE)"),
    (b"\x28\xb5\x2f\xfd", "a zstd-compressed file", "decompress it first (unzstd FILE)"),
    (b"%PDF", "a PDF document", "extract its text first (e.g. pdftotext FILE)"),
    (b"\x89PNG", "a PNG image", SUPPORTED_HINT),
    (b"\xff\xd8\xff", "a JPEG image", SUPPORTED_HINT),
    (b"GIF8", "a GIF image", SUPPORTED_HINT),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document", "save it as plain text first"),
    (b"SQLite format 3", "an SQLite database", SUPPORTED_HINT),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0c\x1b")


def max_bytes() -> int:
    """The `ingest.max_bytes` setting (read each time so env and redline.toml apply)."""
    return int(load_settings()["ingest.max_bytes"])


def check_size(size: int, source: str, limit: int | None = None) -> None:
    limit = max_bytes() if limit is None else limit
    if size > limit:
        raise TooLargeError(
            f"input is {size:,} bytes, over the limit ingest.max_bytes = {limit:,}",
            input=source,
            fix="split it into smaller files, or raise the limit with "
            "--set ingest.max_bytes=N (or REDLINE_INGEST_MAX_BYTES=N)",
        )


def _binary_error(what: str, source: str, fix: str) -> BinaryInputError:
    return BinaryInputError(f"this looks like {what}, not text", input=source, fix=fix)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM shows NULs in every other byte of ASCII characters."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.8 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.8 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


# Western code pages the detector confuses with each other on short English texts.
_WESTERN = frozenset(
    "ascii cp1252 windows_1252 latin_1 iso8859_1 iso8859_15 cp1250 windows_1250 iso8859_2 "
    "mac_roman mac_latin2 cp850 cp437 iso8859_9 cp1254".split()
)


def _single_byte_latin(encoding: str) -> bool:
    return encoding.lower().replace("-", "_") in _WESTERN


def _detect(data: bytes) -> str:
    """Best guess for non-UTF-8 bytes: charset-normalizer, else cp1252.

    Western code pages are hard to tell apart from a short text; when the detector picks one
    and the bytes are valid cp1252 we use cp1252, by far the most common for English news.
    """
    guess = None
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        guess = str(best.encoding) if best is not None and best.encoding else None
    except Exception as exc:  # the detector is a guess; never let it break reading
        log.debug("charset detection failed: %s", exc)
    if guess is None or _single_byte_latin(guess):
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    return guess or "cp1252"


def decode_bytes(data: bytes, source: str) -> str:
    """Text from bytes, or a BinaryInputError/EmptyInputError naming `source`."""
    if not data.strip():
        raise EmptyInputError(
            "input is empty" if not data else "input holds only whitespace",
            input=source,
            fix="pass a file with article text",
        )
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    for magic, what, fix in _MAGIC:
        if data.startswith(magic):
            raise _binary_error(what, source, fix)
    if b"\x00" in data[:8000]:
        encoding = _utf16_without_bom(data)
        if encoding:
            log.warning("%s: no byte-order mark; assuming %s", source, encoding)
            return data.decode(encoding, errors="replace")
        raise _binary_error("a binary file (it contains NUL bytes)", source, SUPPORTED_HINT)
    sample = data[:8000]
    controls = sum(1 for b in sample if b < 0x20 and b not in _TEXT_CONTROLS or b == 0x7F)
    if controls > 0.05 * len(sample):
        raise _binary_error("a binary file (many control bytes)", source, SUPPORTED_HINT)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    encoding = _detect(data)
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        encoding, text = "cp1252", data.decode("cp1252", errors="replace")
    log.warning("%s is not valid UTF-8; assuming %s", source, encoding)
    return text
