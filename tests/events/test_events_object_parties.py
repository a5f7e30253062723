"""Recipients behind the object phrase (events.object_parties): the party an instrument is
aimed at, the owner of the thing acted on, and the place a measure or deployment targets."""

from __future__ import annotations

import pytest
from event_helpers import first


def codes(ents) -> set[str]:
    return {c for e in ents for c in (e.code, e.country) if c}


@pytest.mark.parametrize(
    ("text", "etype", "recipient"),
    [
        # the instrument is aimed through the act it serves
        ("Ethiopia mobilized its army for an offensive against Eritrea.", "MOBILIZE", "ERI"),
        # a purpose clause names where the unit goes, not where it sits
        (
            "The Pentagon put a Marine unit in Spain on alert to deploy into Libya.",
            "MOBILIZE",
            "LBY",
        ),
        # a force is sent through a mission to the country it serves in
        ("Kenya is sending police officers to the UN-backed mission in Haiti.", "MOBILIZE", "HTI"),
        # part of an aid programme for a country
        ("Canada suspended part of its development aid programme for Mali.", "SANCTION", "MLI"),
        # money given for a purpose in a country
        ("Japan gave 40 million dollars to support farming projects in Kenya.", "AID", "KEN"),
    ],
)
def test_instrument_aimed_at(text: str, etype: str, recipient: str) -> None:
    rec = first(text, etype)
    assert recipient in codes(rec.recipient), rec
    assert not any(e.text.endswith(("army", "unit", "alert")) for e in rec.recipient), rec


def test_state_on_alert_in_a_place() -> None:
    rec = first("Soldiers stayed on alert across the southern region on Friday.", "MOBILIZE")
    assert [e.text for e in rec.recipient] == ["the southern region"], rec


def test_owner_of_the_thing_acted_on() -> None:
    rec = first("Rebels broke Colombia's truce with an ambush in the mountains.", "ASSAULT")
    assert codes(rec.recipient) == {"COL"}, rec


def test_doer_of_an_expressed_act_is_no_recipient() -> None:
    rec = first("Kenya's president voiced Kenya's backing on Friday.", "SUPPORT")
    assert not rec.recipient, rec


@pytest.mark.parametrize(
    ("text", "etype", "words"),
    [
        ("Kenyan authorities imposed a curfew in parts of Mombasa.", "COERCE", "Mombasa"),
        ("The army declared martial law in the northern province.", "COERCE", "province"),
        ("Farmers blocked roads in the city of Nairobi.", "PROTEST", "Nairobi"),
        ("Serbia eased emergency rules in Kosovo province.", "CONCEDE", "Kosovo"),
    ],
)
def test_place_of_a_measure(text: str, etype: str, words: str) -> None:
    rec = first(text, etype)
    assert any(words in e.text for e in rec.recipient), rec


def test_troops_in_a_threat_stay_the_target() -> None:
    rec = first("Moscow said British soldiers in Ukraine would be treated as targets.",
                "THREATEN")  # fmt: skip
    assert "GBR" in codes(rec.recipient), rec


def test_place_not_used_for_a_meeting() -> None:
    rec = first("The two ministers met in Geneva on Monday.", "CONSULT")
    assert not any("Geneva" in e.text for e in rec.recipient), rec
