"""Whole web pages with their boilerplate: the article kept, the furniture gone, the date right.

The pages under pages/ are our own, written in the styles of different kinds of news sites
(wire, newspaper with comments, live blog, broadcaster, div soup, JSON-LD, AMP, windows-1252).
pages/expected.yml says what each must give. Run this file as a script to print the counts:
    .venv/bin/python tests/ingest/test_ingest_pages.py
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from redline.ingest import html as html_mod
from redline.ingest import read_file
from redline.records import Article

PAGES = Path(__file__).parent / "pages"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load(
    (PAGES / "expected.yml").read_text(encoding="utf-8")
)
NAMES = sorted(EXPECTED)


def _read(name: str) -> Article:
    [art] = read_file(PAGES / name)
    return art


@cache
def article(name: str) -> Article:
    return _read(name)


def counts(text: str, spec: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(article snippets lost, boilerplate snippets leaked)."""
    lost = [s for s in spec["keep"] if s not in text]
    leaked = [s for s in spec["drop"] if s in text]
    return lost, leaked


def test_every_page_has_expectations() -> None:
    assert sorted(p.name for p in PAGES.glob("*.html")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_article_text_kept_and_boilerplate_gone(name: str) -> None:
    lost, leaked = counts(article(name).text, EXPECTED[name])
    assert not lost, f"article text dropped: {lost}"
    assert not leaked, f"boilerplate left in: {leaked}"


@pytest.mark.parametrize("name", NAMES)
def test_article_date(name: str) -> None:
    assert article(name).date == EXPECTED[name]["date"]


@pytest.mark.parametrize("name", [n for n in NAMES if "dateline" in EXPECTED[n]])
def test_dateline_opens_a_paragraph(name: str) -> None:
    """The dateline stays glued to the first sentence, at the start of its paragraph, where
    the coder looks for the story's home country."""
    paras = article(name).text.split("\n\n")
    assert any(p.startswith(EXPECTED[name]["dateline"]) for p in paras)


@pytest.mark.parametrize("name", NAMES)
def test_without_trafilatura_the_fallback_keeps_the_article(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When trafilatura finds nothing, the plain fallback still keeps every article paragraph
    and leaves out the sidebars, captions and teasers that the markup marks as such."""
    monkeypatch.setattr(html_mod, "_trafilatura", lambda html, source: None)
    lost, leaked = counts(_read(name).text, EXPECTED[name])
    assert not lost, f"article text dropped: {lost}"
    assert not leaked, f"boilerplate left in: {leaked}"


def test_teaser_and_masthead_dates_are_not_the_article_date() -> None:
    """Without metadata, a 'Related' teaser's date or today's date in the masthead must not
    become the article date."""
    page = (PAGES / "jsonld-bangladesh-hasina.html").read_text(encoding="utf-8")
    start, end = page.index('<script type="application/ld+json">'), page.index("</script>")
    _, meta = html_mod.html_to_text(page[:start] + page[end + len("</script>") :], "no-jsonld")
    assert meta["date"] not in ("2024-07-19", "2024-07-21")


def test_no_events_from_boilerplate() -> None:
    """`redline code` on every page: no event's sentence comes from boilerplate."""
    pytest.importorskip("redline.events.pipeline", exc_type=ImportError)
    import redline

    arts = [article(n) for n in NAMES]
    found: list[str] = []
    for art, recs in redline.code_articles(arts):
        drops = EXPECTED[art.doc_id + ".html"]["drop"]
        found += [f"{art.doc_id}: {r.text}" for r in recs if any(d in r.text for d in drops)]
    assert not found


def main() -> None:
    """Print kept/leaked counts per page, with trafilatura and with the fallback alone."""
    for label, patch in (("trafilatura", False), ("fallback", True)):
        saved = html_mod._trafilatura
        if patch:
            html_mod._trafilatura = lambda html, source: None  # type: ignore[assignment]
        kept = total_keep = leaked = total_drop = dates = 0
        for name in NAMES:
            spec = EXPECTED[name]
            art = _read(name)
            lost, leak = counts(art.text, spec)
            kept += len(spec["keep"]) - len(lost)
            total_keep += len(spec["keep"])
            leaked += len(leak)
            total_drop += len(spec["drop"])
            dates += art.date == spec["date"]
            print(f"  {label:11} {name:40} lost {lost} leaked {leak} date {art.date}")
        html_mod._trafilatura = saved
        print(
            f"{label}: article snippets kept {kept}/{total_keep}, boilerplate leaked "
            f"{leaked}/{total_drop}, dates right {dates}/{len(NAMES)}"
        )


if __name__ == "__main__":
    main()
