"""clean_text: boilerplate removal, headline paragraph, joining hard-wrapped lines."""

from __future__ import annotations

import pytest

from redline.ingest import clean_document, clean_text
from redline.ingest.boilerplate import is_boilerplate, is_byline, is_date_line, is_menu

PAGE = """Press Enter to skip to content
Home | World | Politics | Business
World
Europe

Coastal state expels envoy after naval standoff

By Maria Lopez and Tom Reed, Reuters
March 3, 2025
Updated 14:05 GMT

Share this article
Share on Facebook

HARBOURTOWN (Reuters) - The coastal state ordered the ambassador of its
neighbour to leave within 48 hours on Monday, after two patrol boats
faced each other near a disputed reef for most of the weekend.

Advertisement

The foreign ministry said the expulsion was a response to repeated
incursions and warned of further steps.

Fishermen stay ashore
Local fishing crews said they would not sail until the navy left the area.
Photo: Patrol boats near the reef. (Reuters)
Related: Reef dispute flares again
Sign up for our newsletter
Reporting by Maria Lopez; Editing by Tom Reed
Comments are closed.
© 2025 Example Media. All rights reserved.
We use cookies to give you the best experience. Accept all
"""

BOILERPLATE = [
    "Press Enter to skip to content",
    "Home | World | Politics | Business",
    "By Maria Lopez and Tom Reed, Reuters",
    "Updated 14:05 GMT",
    "Share this article",
    "Share on Facebook",
    "Advertisement",
    "Photo: Patrol boats near the reef",
    "Related:",
    "Sign up",
    "Reporting by",
    "Comments are closed",
    "All rights reserved",
    "cookies",
]


@pytest.fixture(scope="module")
def page() -> str:
    return clean_text(PAGE)


@pytest.mark.parametrize("junk", BOILERPLATE)
def test_boilerplate_lines_are_gone(page: str, junk: str) -> None:
    assert junk not in page


def test_navigation_above_headline_is_gone_and_headline_leads(page: str) -> None:
    first = page.split("\n\n")[0]
    assert first == "Coastal state expels envoy after naval standoff"
    assert not page.startswith(("World", "Europe"))


def test_wrapped_lines_are_joined_into_one_paragraph(page: str) -> None:
    paras = page.split("\n\n")
    assert paras[1] == (
        "HARBOURTOWN (Reuters) - The coastal state ordered the ambassador of its neighbour "
        "to leave within 48 hours on Monday, after two patrol boats faced each other near a "
        "disputed reef for most of the weekend."
    )
    assert paras[2].startswith("The foreign ministry said") and paras[2].endswith("steps.")


def test_heading_stays_its_own_paragraph(page: str) -> None:
    paras = page.split("\n\n")
    assert "Fishermen stay ashore" in paras
    assert paras[paras.index("Fishermen stay ashore") + 1].startswith("Local fishing crews")


def test_paragraphs_are_separated_by_one_blank_line(page: str) -> None:
    assert "\n\n\n" not in page
    assert all(line for line in page.split("\n\n"))
    assert "\n" not in page.replace("\n\n", "")


def test_document_metadata_keeps_title_date_and_byline() -> None:
    doc = clean_document(PAGE)
    assert doc.title == "Coastal state expels envoy after naval standoff"
    assert doc.date == "2025-03-03"
    assert doc.byline == "By Maria Lopez and Tom Reed, Reuters"


@pytest.mark.parametrize(
    "sentence",
    [
        "By Monday, rebel units had withdrawn from the northern districts.",
        "Foreign correspondents were expelled from the capital on Sunday.",
        "A correspondent was detained at the border crossing.",
        "The ministry's newsletter accused the opposition of stoking unrest.",
        "Share prices fell after the sanctions were announced.",
        "Live fire exercises continued near the frontier, the army said.",
        "Read the statement, the minister told reporters, and judge for yourselves.",
    ],
)
def test_real_sentences_survive(sentence: str) -> None:
    text = f"Talks stall as both sides dig in\n\n{sentence}\n\nMore talks are planned for May."
    assert sentence in clean_text(text)


def test_single_sentence_is_unchanged() -> None:
    s = "Government troops shelled rebel positions outside the city on Tuesday."
    assert clean_text(s) == s


def test_hyphen_split_across_lines_is_mended() -> None:
    text = "The army said the peace-\nkeeping force would stay in the buffer zone until spring."
    assert "peace-keeping force" in clean_text(text)


def test_lowercase_continuation_after_a_short_line_is_joined() -> None:
    text = "Police said the protesters\nwere dispersed with tear gas near the parliament."
    assert clean_text(text) == (
        "Police said the protesters were dispersed with tear gas near the parliament."
    )


def test_whitespace_and_unicode_are_normalised() -> None:
    raw = "Cafe\u0301 owners\u00a0protest\u200b new  tax\r\n\r\n\tThe mayor   resigned.\r\n"
    out = clean_text(raw)
    assert out == "Café owners protest new tax\n\nThe mayor resigned."


def test_curly_quotes_are_kept() -> None:
    s = "“We will not retreat,” the commander said on Friday."
    assert clean_text(s) == s


def test_only_boilerplate_gives_empty_text() -> None:
    assert clean_text("Advertisement\nShare this article\n© 2024 Example") == ""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Doe", True),
        ("By Jane Doe, Staff Writer", True),
        ("By Monday, the army had pulled back", False),
        ("By the end of the week, talks resumed", False),
    ],
)
def test_byline_detection(line: str, expected: bool) -> None:
    assert is_byline(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("September 5, 2025", True),
        ("Fri 5 Sep 2025 10.32 BST", True),
        ("3 hours ago", True),
        ("Published: 2025-09-05 08:00", True),
        ("Troops moved on 5 September", False),
    ],
)
def test_lone_date_detection(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected


def test_menu_and_generic_patterns() -> None:
    assert is_menu("News • World • Africa")
    assert not is_menu("Rebels seize town | Army vows to retake it within days and rebuild it")
    assert is_boilerplate("Skip to main content")
    assert is_boilerplate("Story continues below advertisement")
    assert is_boilerplate("Soldiers patrol the market. (AFP)")
    assert not is_boilerplate("The army said it had retaken the town.")


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        ("KYIV, Sept. 5, 2025 (Reuters) - Drones hit the grid overnight.", "2025-09-05"),
        ("Published 12 Feb 2024 09:15 GMT", "2024-02-12"),
        ("On September 11, 2001, hijackers crashed planes into towers.", None),
        ("Talks ended on March 3, 2024 - a day late.", None),
    ],
)
def test_only_stamps_and_datelines_give_the_article_date(top: str, expected: str | None) -> None:
    assert clean_document(f"Markets wobble\n\n{top}\n\nMore follows.").date == expected


def test_wrapped_line_ending_in_a_name_joins_the_next_capitalised_line() -> None:
    text = (
        "Delegates from both governments met on Friday with the special envoy of the United\n"
        "Nations in a hotel near the border, according to people familiar with the talks,\n"
        "and agreed to meet again before the end of the month in the same city.\n"
    )
    assert clean_text(text).count("\n") == 0
    assert "the United Nations in a hotel" in clean_text(text)


@pytest.mark.parametrize(
    "line",
    ["By the Europe desk", "By Omar al-Rashid, Reuters", "By Lucia de la Vega in Lima"],
)
def test_more_bylines_are_dropped(line: str) -> None:
    assert is_byline(line)
    assert clean_text(f"Strike closes ports\n{line}\nDockers walked out on Monday.") == (
        "Strike closes ports\n\nDockers walked out on Monday."
    )


def test_live_blog_banner_is_not_the_headline() -> None:
    text = (
        "LIVE: Follow our coverage of the border crisis\n"
        "Troops mass on frontier as talks falter\n"
        "Thousands of soldiers gathered near the frontier on Sunday, officials said.\n"
    )
    assert clean_document(text).title == "Troops mass on frontier as talks falter"


def test_kicker_and_repeated_title_under_a_known_title() -> None:
    body = "Water dispute\nDam talks collapse\nThe talks ended without agreement on Friday."
    doc = clean_document(body, title="Dam talks collapse", per_line=True)
    assert doc.text == "Dam talks collapse\n\nThe talks ended without agreement on Friday."
