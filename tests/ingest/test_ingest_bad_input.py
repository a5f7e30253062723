"""Bad input: a clear error naming the input and the fix, and the batch goes on."""

from __future__ import annotations

import gzip
import io
import logging
from pathlib import Path

import pytest

from redline.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    MalformedInputError,
    TooLargeError,
    UnsupportedInputError,
)
from redline.ingest import read_file, read_sources
from redline.records import Article

ENGLISH = "The opposition leader was arrested at dawn, his party said on Sunday."


@pytest.mark.parametrize("content", [b"", b"   \n\t \r\n  "])
def test_empty_and_whitespace_files(tmp_path: Path, content: bytes) -> None:
    f = tmp_path / "blank.txt"
    f.write_bytes(content)
    with pytest.raises(EmptyInputError) as info:
        read_file(f)
    assert str(f) in str(info.value) and "Fix:" in str(info.value)


def test_png_is_binary(tmp_path: Path) -> None:
    f = tmp_path / "photo.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(BinaryInputError) as info:
        read_file(f)
    assert "PNG" in str(info.value) and ".txt" in info.value.fix


def test_other_binary_with_nul_bytes(tmp_path: Path) -> None:
    f = tmp_path / "blob.txt"
    f.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(BinaryInputError):
        read_file(f)


def test_gzip_says_decompress_first(tmp_path: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_bytes(gzip.compress(ENGLISH.encode()))
    with pytest.raises(BinaryInputError) as info:
        read_file(f)
    assert "decompress it first" in info.value.fix


def test_cp1252_file_is_decoded_with_a_warning(tmp_path: Path, caplog) -> None:
    text = "The envoy’s “final offer” was rejected in Asunción – officials said."
    f = tmp_path / "legacy.txt"
    f.write_bytes(text.encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="redline"):
        [art] = read_file(f)
    assert art.text == text
    messages = [r.getMessage() for r in caplog.records]
    assert any("cp1252" in m and "legacy.txt" in m for m in messages)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-16-le"])
def test_unicode_encodings(tmp_path: Path, encoding: str) -> None:
    f = tmp_path / "wide.txt"
    f.write_bytes(ENGLISH.encode(encoding))  # utf-16-le: no BOM at all
    [art] = read_file(f)
    assert art.text == ENGLISH


def test_too_large_file_names_size_and_setting(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("REDLINE_INGEST_MAX_BYTES", "100")
    f = tmp_path / "big.txt"
    f.write_text(ENGLISH * 5)
    with pytest.raises(TooLargeError) as info:
        read_file(f)
    msg = str(info.value)
    assert "ingest.max_bytes" in msg and "100" in msg and f"{f.stat().st_size:,}" in msg
    # stdin is capped the same way
    [err] = list(read_sources(["-"], stdin=io.BytesIO(b"x" * 500)))
    assert isinstance(err, TooLargeError) and err.input == "stdin"


def test_unknown_extension_lists_supported(tmp_path: Path) -> None:
    f = tmp_path / "report.pdfx"
    f.write_text(ENGLISH)
    with pytest.raises(UnsupportedInputError) as info:
        read_file(f)
    assert ".jsonl" in info.value.fix and ".txt" in info.value.fix


def test_jsonl_with_only_bad_lines_raises_from_read_file(tmp_path: Path) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text('{"id": 1, "title": "no text"}\n')
    with pytest.raises(MalformedInputError) as info:
        read_file(f)
    assert info.value.input == f"{f}:1" and "text" in str(info.value)


def test_html_without_any_text(tmp_path: Path) -> None:
    f = tmp_path / "empty.html"
    f.write_text("<html><head><script>var x = 1;</script></head><body><div></div></body></html>")
    with pytest.raises(EmptyInputError) as info:
        read_file(f)
    assert str(f) in str(info.value)


def test_non_english_is_kept_but_flagged(tmp_path: Path, caplog) -> None:
    f = tmp_path / "de.txt"
    f.write_text(
        "Die Regierung hat am Montag neue Sanktionen gegen das Nachbarland beschlossen, "
        "wie der Sprecher des Außenministeriums in der Hauptstadt mitteilte. Die Opposition "
        "kritisierte die Entscheidung und sprach von einem Fehler, der nicht zu spät sei."
    )
    with caplog.at_level(logging.WARNING, logger="redline"):
        [art] = read_file(f)
    assert art.lang == "de"
    assert any("English only" in r.getMessage() for r in caplog.records)


def test_non_latin_script_is_flagged() -> None:
    text = "Правительство объявило о новых санкциях против соседней страны в понедельник."
    [art] = read_sources(["-"], stdin=io.BytesIO(text.encode("utf-8")))
    assert isinstance(art, Article) and art.lang != "en"


def test_english_headline_without_function_words_stays_english() -> None:
    [art] = read_sources(["-"], stdin=io.StringIO("Jets strike rebel depots near border town"))
    assert isinstance(art, Article) and art.lang == "en"


def test_batch_goes_on_past_every_kind_of_bad_file(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_bytes(b"")
    (tmp_path / "2.txt").write_bytes(gzip.compress(b"hello"))
    (tmp_path / "3.jsonl").write_text("{oops\n")
    (tmp_path / "4.txt").write_text(ENGLISH)
    items = list(read_sources([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == [
        "EmptyInputError",
        "BinaryInputError",
        "MalformedInputError",
        "Article",
    ]
    assert all(str(tmp_path) in i.input for i in items if isinstance(i, InputError))


def test_bad_default_date_is_refused_at_once() -> None:
    with pytest.raises(MalformedInputError) as info:
        read_sources(["x.txt"], date="yesterday-ish")
    assert info.value.input == "--date"
