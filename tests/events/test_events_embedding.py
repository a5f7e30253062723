"""Main events and embedded ones: what a sentence reports versus what it is about."""

from __future__ import annotations

import pytest

import redline
from redline.records import EventRecord

DATE = "2025-09-05"


def counted_types(text: str) -> set[str]:
    """Types the sentence reports as done or announced (what an event count would add up)."""
    return {r.event_type for r in redline.code_text(text, date=DATE)
            if r.modality in ("asserted", "future", "historical")}  # fmt: skip


def of_type(text: str, etype: str) -> list[EventRecord]:
    return [r for r in redline.code_text(text, date=DATE) if r.event_type == etype]


@pytest.mark.parametrize(
    ("text", "reported", "only_the_topic"),
    [
        ("Japan urged Beijing to halt its military drills around Taiwan.", "REQUEST", "MOBILIZE"),
        ("Kenya condemned the bombing of a market in Mogadishu.", "ACCUSE", "ASSAULT"),
        ("The tribunal ordered an inquiry into the shooting of two protesters.", None, "ASSAULT"),
        ("Armenia agreed to send observers to the border.", "AGREE", "MOBILIZE"),
    ],
)
def test_the_topic_of_an_appeal_or_comment_is_not_a_second_event(
    text: str, reported: str | None, only_the_topic: str
) -> None:
    types = counted_types(text)
    if reported:
        assert reported in types, types
    assert only_the_topic not in types, types


@pytest.mark.parametrize(
    ("text", "both"),
    [
        # coordinated verbs are two acts
        ("Police fired tear gas at the crowd and arrested twelve students.", {"ASSAULT", "COERCE"}),
        # a time clause dates one act against another, it does not embed it (a non-violent
        # act there is only background to the main one: events/background.py)
        (
            "Moscow threatened Finland after drones struck a Finnish port.",
            {"THREATEN", "ASSAULT"},
        ),
        # "after which" and a marked clause under a preposition are time, not content
        (
            "Students rallied outside parliament, after which riot police fired rubber bullets.",
            {"PROTEST", "ASSAULT"},
        ),
        (
            "Villagers marched to the town hall for an hour before police beat them with batons.",
            {"PROTEST", "ASSAULT"},
        ),
        (
            "Rebels pulled out of the town following days of heavy shelling by the army.",
            {"RETREAT", "ASSAULT"},
        ),
    ],
)
def test_side_by_side_clauses_keep_both_events(text: str, both: set[str]) -> None:
    types = counted_types(text)
    assert both <= types, types


def test_a_denied_act_stays_as_a_negated_record() -> None:
    recs = redline.code_text("Ankara denied that its jets had bombed a Kurdish village.", date=DATE)
    bombed = [r for r in recs if r.event_type == "ASSAULT"]
    assert bombed and all(r.modality == "negated" for r in bombed), recs


def test_a_warning_takes_the_recipient_of_the_act_it_warns_of() -> None:
    threats = of_type("The minister warned that Serbia could halt gas deliveries to Bosnia.",
                      "THREATEN")  # fmt: skip
    assert threats, threats
    assert any("BIH" in {e.code for e in t.recipient} for t in threats), threats


def test_a_plain_report_of_strikes_on_targets_is_not_a_threat() -> None:
    types = counted_types("The army said it struck militant targets near the border overnight.")
    assert "ASSAULT" in types and "THREATEN" not in types, types


def test_a_warning_that_troops_would_be_targets_is_a_threat() -> None:
    types = counted_types("Moscow said any foreign troops in the region would be targets.")
    assert "THREATEN" in types, types
