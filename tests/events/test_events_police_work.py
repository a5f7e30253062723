"""Police work in lower-case and agentless reports: crowd control and arrests with no named
doer, "police firing" as a noun, people "held" or "caught by police", counted arrests, and
four-digit counts that are no years (events.police_work, year_counts, frames)."""

from __future__ import annotations

import pytest
from event_helpers import first

import redline

DATE = "2002-03-10"


def _police_acts(text: str, etype: str) -> list[redline.EventRecord]:
    return [
        r for r in redline.code_text(text, date=DATE)
        if r.event_type == etype and any(a.sector == "COP" for a in r.actor)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "tear gas was fired at the marchers outside the assembly building.",
        "the striking teachers were lathicharged near the railway station.",
        "rubber bullets were fired to scatter the crowd in the old city.",
        "a young man died in police firing in the market town on monday.",
        "two youths died in firing by the police near the bus depot on monday.",
    ],
)
def test_police_force_without_named_subject(text: str) -> None:
    assert _police_acts(text, "ASSAULT"), redline.code_text(text, date=DATE)


@pytest.mark.parametrize(
    "text",
    [
        "forty people were held after the clashes in the mill district.",
        "three suspects held in dawn raids were produced before a magistrate.",
        "two smugglers were caught by the border police near the river.",
        "dozens of arrests were made across the old city overnight.",
    ],
)
def test_arrest_without_arrest_verb(text: str) -> None:
    assert _police_acts(text, "COERCE"), redline.code_text(text, date=DATE)


@pytest.mark.parametrize(
    "text",
    [
        "the hostages were held in a farmhouse for a week.",
        "peace talks were held in the capital on friday.",
        "the shopkeepers were held at gunpoint by the robbers.",
        "the bill was held up in the upper house.",
    ],
)
def test_other_holding_is_no_arrest(text: str) -> None:
    assert not _police_acts(text, "COERCE"), redline.code_text(text, date=DATE)


def test_army_shelling_names_the_army() -> None:
    rec = first("two villagers were hurt in army shelling near the border.", "ASSAULT", DATE)
    assert any(a.sector == "MIL" for a in rec.actor)


@pytest.mark.parametrize(
    "text",
    [
        "the police said they arrested nearly 1800 rioters and fired 1500 rounds last week.",
        "over 1900 people were arrested in the state during the first week of the riots.",
    ],
)
def test_four_digit_count_is_no_year(text: str) -> None:
    recs = redline.code_text(text, date=DATE)
    assert recs and all(r.modality != "historical" for r in recs), recs


def test_bare_year_still_dates_an_event() -> None:
    rec = first("the police arrested the gang leader in 1998.", "COERCE", DATE)
    assert rec.modality == "historical"
