"""Property tests: cleaning never crashes, and reading any bytes gives Articles or an InputError."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redline.errors import InputError
from redline.ingest import clean_text, read_file
from redline.ingest.dates import normalise_date
from redline.records import Article

_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Bytes that look like the things people really feed in, mixed with noise.
_PIECES = st.sampled_from(
    [
        b"<html><body><p>",
        b"</p>",
        b'{"id": 1, "text": "',
        b'"}\n',
        b"\n",
        b"\n\n",
        b"Advertisement\n",
        b"By Jane Doe\n",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\x00",
        b"\x1f\x8b",
        b"Troops crossed the river.",
        b"caf\xe9 ",
        b"\xe2\x80\x9cquote\xe2\x80\x9d",
        b"  \t",
    ]
)
_BYTES = st.one_of(st.binary(max_size=400), st.lists(_PIECES, max_size=30).map(b"".join))


@_SETTINGS
@given(st.text(max_size=600))
def test_clean_text_never_raises_and_is_stable(raw: str) -> None:
    out = clean_text(raw)
    assert isinstance(out, str)
    assert "\n\n\n" not in out and out == out.strip()
    assert clean_text(out) == out  # cleaning twice changes nothing more


@_SETTINGS
@given(data=_BYTES, suffix=st.sampled_from([".txt", ".html", ".jsonl", ".rss", ".warc"]))
def test_read_file_on_any_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / f"doc{suffix}"
        f.write_bytes(data)
        try:
            arts = read_file(f)
        except InputError as exc:
            assert exc.input and str(f) in exc.input
            return
    assert all(isinstance(a, Article) and a.text.strip() for a in arts)


@_SETTINGS
@given(st.text(max_size=60))
def test_normalise_date_gives_iso_or_none(value: str) -> None:
    out = normalise_date(value)
    assert out is None or (len(out) == 10 and out[4] == "-" and out[7] == "-")
