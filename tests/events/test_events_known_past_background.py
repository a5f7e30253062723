"""Violence an "after" clause refers to as already known (a doerless passive, a possessed
noun) is background to the sentence's main act; told actively with its doer, or alongside
("while"), it stays news. The sentences are our own."""

from __future__ import annotations

import pytest
from event_helpers import counted_types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a doerless passive in an "after" clause: the reaction is the news
        (
            "The aid agency halted its work in the province after one of its convoys was "
            "attacked.",
            {"SANCTION"},
        ),
        ("Peacekeepers withdrew from the border post after two monks were abducted.", {"RETREAT"}),
        (
            "The embassy in Nairobi suspended visa services after a guard was shot outside "
            "the gate.",
            {"SANCTION"},
        ),
        # a possessed noun: the arrest or raid is known, the release or protest is reported
        (
            "A court in Harare freed the opposition leader following his arrest on fraud "
            "charges.",
            {"RETREAT"},
        ),
        (
            "Lisbon recalled its ambassador from Luanda after last week's raid on the consulate.",
            {"RETREAT"},
        ),
        # told actively with its doer, the attack is news too
        (
            "The charity suspended its deliveries in the north after gunmen attacked a convoy.",
            {"SANCTION", "ASSAULT"},
        ),
    ],
)
def test_known_past_violence_in_after_clause(text: str, types: set[str]) -> None:
    assert counted_types(text) == types


def test_while_clause_violence_stays_news() -> None:
    text = "Four people were arrested in Patna while two others were injured in police firing."
    assert "COERCE" in counted_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran returned the seized British tanker to its owners on Friday.",
        "Germany returned 40 looted antiquities to Iraq.",
        "The rebels returned two captured army aircraft to the government.",
    ],
)
def test_returning_seized_property_is_retreat(text: str) -> None:
    # CAMEO 0842 (return property) is PLOVER RETREAT
    assert "RETREAT" in counted_types(text)


def test_returning_home_is_no_event() -> None:
    assert counted_types("The minister returned to Kabul on Monday.") == set()
