"""Readers: text, HTML, JSONL, directories, stdin, RSS/Atom and WARC to Articles."""

from __future__ import annotations

import io
import json
from pathlib import Path

from redline.errors import InputError, MalformedInputError
from redline.ingest import html_to_text, read_file, read_sources, read_text
from redline.records import Article

STORY = (
    "Rail workers walk out over pay\n\n"
    "Rail workers across the country stopped work on Wednesday after talks with the\n"
    "transport ministry broke down, union leaders said.\n"
)

PAGE = """<!DOCTYPE html><html><head>
<title>Border guards exchange fire at river crossing | Daily Example</title>
<meta property="og:title" content="Border guards exchange fire at river crossing">
<meta property="article:published_time" content="2025-06-14T08:30:00Z">
<link rel="canonical" href="https://news.example.org/world/border-fire">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Border guards exchange fire at river crossing</h1>
<p>Share on Facebook</p>
<p>Guards from the two neighbouring states exchanged fire across the river on Saturday
morning, the interior ministry said, wounding three people on the eastern bank.</p>
<p>Advertisement</p>
<p>The ministry said it had lodged a formal protest and asked for an urgent meeting of the
joint border commission to prevent a repeat of the clash.</p>
</article><footer>© 2025 Daily Example. All rights reserved.</footer></body></html>"""


def _articles(items: list[Article | InputError]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def _errors(items: list[Article | InputError]) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


def test_text_file(tmp_path: Path) -> None:
    f = tmp_path / "rail strike.txt"
    f.write_text(STORY, encoding="utf-8")
    [art] = read_file(f, date="2025-01-02")
    assert art.doc_id == "rail strike"
    assert art.title == "Rail workers walk out over pay"
    assert art.text.split("\n\n")[1].startswith("Rail workers across the country stopped work on")
    assert "the transport ministry" in art.text
    assert art.date == "2025-01-02"  # no date in the text: the default applies
    assert art.source == str(f)
    assert art.lang == "en"


def test_dateline_in_text_beats_default(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Ports reopen after storm\nJuly 9, 2024\n\nThe ports reopened on Tuesday.\n")
    [art] = read_file(f, date="2025-01-02")
    assert art.date == "2024-07-09"
    assert "July 9" not in art.text


def test_html_via_trafilatura(tmp_path: Path) -> None:
    f = tmp_path / "border.html"
    f.write_text(PAGE, encoding="utf-8")
    [art] = read_file(f)
    assert art.title == "Border guards exchange fire at river crossing"
    assert art.date == "2025-06-14"
    assert art.url == "https://news.example.org/world/border-fire"
    paras = art.text.split("\n\n")
    assert paras[0] == art.title
    assert paras[1].startswith("Guards from the two neighbouring states exchanged fire")
    assert "morning, the interior ministry said" in paras[1]  # <p> line breaks joined
    for junk in ("Share on Facebook", "Advertisement", "All rights reserved", "Home"):
        assert junk not in art.text
    assert art.text.count(art.title) == 1  # the <h1> is not repeated


def test_html_fallback_to_paragraph_text() -> None:
    # Too short for trafilatura's main-content heuristics, but still visible text.
    html = "<html><body><h2>Curfew lifted</h2><p>The curfew ended at dawn.</p></body></html>"
    text, meta = html_to_text(html, "mini.html")
    assert "The curfew ended at dawn." in text
    assert text.startswith("Curfew lifted")


def test_jsonl_with_ids_dates_and_a_malformed_line(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "n1", "text": "Troops withdrew from the valley.", "date": "2025-02-01"}),
        "{not json",
        json.dumps({"id": 7, "text": "Leaders met in the capital.", "title": "Summit"}),
        json.dumps({"id": "n3", "body": "no text field here"}),
        "",
        json.dumps({"id": "n4", "text": "Strikers marched.", "date": "2025-03-04T10:00:00Z"}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_sources([str(f)], date="2020-01-01"))
    arts, errs = _articles(items), _errors(items)
    assert [a.doc_id for a in arts] == ["n1", "7", "n4"]
    assert [a.date for a in arts] == ["2025-02-01", "2020-01-01", "2025-03-04"]
    assert arts[0].text == "Troops withdrew from the valley."
    assert arts[1].title == "Summit" and arts[1].text.startswith("Summit\n\n")
    assert len(errs) == 2 and all(isinstance(e, MalformedInputError) for e in errs)
    assert errs[0].input == f"{f}:2"
    assert errs[1].input == f"{f}:4" and "'text'" in str(errs[1])


def test_read_file_collects_line_errors(tmp_path: Path) -> None:
    f = tmp_path / "b.jsonl"
    f.write_text('{"id": "x", "text": "Police arrested two men."}\n[1, 2]\n')
    errors: list[InputError] = []
    arts = read_file(f, errors=errors)
    assert [a.doc_id for a in arts] == ["x"]
    assert len(errors) == 1 and errors[0].input == f"{f}:2"


def test_directory_is_walked_recursively_sorted_without_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Ministers resign over scandal.")
    (tmp_path / "a" / "deep" / "one.txt").write_text("Army reopens the airport.")
    (tmp_path / "a" / "page.htm").write_text(
        "<html><body><p>Protesters gathered outside parliament.</p></body></html>"
    )
    (tmp_path / ".hidden.txt").write_text("Should not be read.")
    (tmp_path / ".git" / "x.txt").write_text("Should not be read either.")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 not for us")
    items = list(read_sources([str(tmp_path)]))
    assert not _errors(items)
    assert [a.doc_id for a in _articles(items)] == ["a/deep/one", "a/page", "b/two"]


def test_empty_directory_is_reported(tmp_path: Path) -> None:
    (tmp_path / "readme.md").write_text("nothing to read")
    [err] = list(read_sources([str(tmp_path)]))
    assert isinstance(err, InputError) and err.input == str(tmp_path)


def test_missing_path_is_an_error_item_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Rebels released the hostages.")
    items = list(read_sources([str(tmp_path / "nope.txt"), str(good)]))
    assert isinstance(items[0], InputError) and "nope.txt" in str(items[0])
    assert isinstance(items[1], Article)


def test_stdin_text_bytes_and_html() -> None:
    [art] = read_sources(["-"], stdin=io.BytesIO(STORY.encode("utf-8")), date="2025-05-05")
    assert isinstance(art, Article)
    assert art.source == "stdin" and art.doc_id == Article.content_id(art.text)
    assert art.date == "2025-05-05"
    [page] = read_sources(["-"], stdin=io.StringIO(PAGE))
    assert isinstance(page, Article) and page.title.startswith("Border guards")
    assert "<p>" not in page.text


def test_stdin_jsonl_is_sniffed() -> None:
    data = '{"id": "s1", "text": "Navy seized a tanker."}\n{"id": "s2", "text": "Talks resumed."}\n'
    ids = [a.doc_id for a in read_sources(["-"], stdin=io.StringIO(data))]
    assert ids == ["s1", "s2"]


def test_same_stem_in_two_places_gets_distinct_ids(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "story.txt").write_text("Floods displaced thousands.")
    (tmp_path / "y" / "story.txt").write_text("Voters queued for hours.")
    paths = [str(tmp_path / "x" / "story.txt"), str(tmp_path / "y" / "story.txt")]
    arts = list(read_sources(paths))
    assert arts[0].doc_id == "story" and arts[1].doc_id.startswith("story~")


def test_read_text_in_memory() -> None:
    raw = "Advertisement\nCabinet approves budget\n\nThe cabinet approved it."
    art = read_text(raw, date="2025-01-01")
    assert art.text == "Cabinet approves budget\n\nThe cabinet approved it."
    assert art.date == "2025-01-01"


def test_rss_feed(tmp_path: Path) -> None:
    f = tmp_path / "feed.rss"
    f.write_text(
        """<?xml version="1.0"?><rss version="2.0"><channel><title>Example</title>
<item><title>Navy blockades port</title><link>https://e.org/1</link><guid>e-1</guid>
<pubDate>Mon, 07 Apr 2025 09:00:00 GMT</pubDate>
<description>&lt;p&gt;The navy blocked the port on Monday.&lt;/p&gt;
&lt;p&gt;Ships waited.&lt;/p&gt;</description>
</item><item><title>Ceasefire holds</title><link>https://e.org/2</link></item>
</channel></rss>""",
        encoding="utf-8",
    )
    arts = read_file(f)
    assert [a.doc_id for a in arts] == ["e-1", "https://e.org/2"]
    assert arts[0].text == (
        "Navy blockades port\n\nThe navy blocked the port on Monday.\n\nShips waited."
    )
    assert arts[0].date == "2025-04-07" and arts[0].url == "https://e.org/1"
    assert arts[1].text == "Ceasefire holds"


def test_warc_archive(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    f = tmp_path / "crawl.warc.gz"
    with f.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for uri, ctype, body in [
            ("https://e.org/story", "text/html; charset=utf-8", PAGE.encode("utf-8")),
            ("https://e.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(rec)
    [art] = read_file(f)
    assert art.doc_id == "https://e.org/story"
    assert art.title == "Border guards exchange fire at river crossing"
    assert art.date == "2025-06-14"
