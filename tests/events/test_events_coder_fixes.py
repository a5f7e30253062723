"""Known coder confusions: a market as a place, arms sent to a state or at a foe, forecasts
that are no threats, weighing a measure, conjoined verbs after a passive, wars on no party,
"they" after a sentence's subject, and threats that someone "would face" coercion. The
sentences are our own."""

from __future__ import annotations

import pytest

import redline
from redline.records import EventRecord

DATE = "2025-06-01"


def events(text: str) -> list[EventRecord]:
    return redline.code_text(text, date=DATE)


def asserted(text: str, etype: str) -> list[EventRecord]:
    return [e for e in events(text) if e.event_type == etype and e.modality == "asserted"]


def codes(ents: list) -> set[str | None]:
    return {e.code for e in ents}


@pytest.mark.parametrize("text", [
    "Syrian jets bombed a crowded market in Idlib province.",
    "Artillery shelled the central market of Kherson on Sunday.",
    "Gunmen stormed a livestock market near Maiduguri.",
])
def test_market_as_place_is_attacked(text: str) -> None:
    assert asserted(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "The new smartphone hit the market in March.",
    "Chinese carmakers captured the market with cheap models.",
])
def test_market_as_economy_is_no_attack(text: str) -> None:
    assert not [e for e in events(text) if e.event_type in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize("text", [
    "Spain sent Leopard tanks to Ukraine last month.",
    "The Netherlands sent F-16 jets to Ukraine in May.",
])
def test_weapons_sent_to_a_state_are_aid(text: str) -> None:
    recs = events(text)
    assert {e.event_type for e in recs} == {"AID"}
    assert "UKR" in codes(recs[0].recipient)


@pytest.mark.parametrize("text", [
    "Russia sent tanks to the border with Finland.",
    "Britain sent 500 troops to Estonia.",
])
def test_troops_and_arms_moved_to_a_place_stay_mobilize(text: str) -> None:
    assert {e.event_type for e in events(text)} == {"MOBILIZE"}


def test_drones_sent_towards_a_state_are_an_attack() -> None:
    recs = asserted("The Houthis sent a swarm of drones towards Eilat on Friday.", "ASSAULT")
    assert recs and codes(recs[0].actor) == {"HOUTHI"}
    sent = events("The Houthis sent drones towards Eilat.")
    assert not [e for e in sent if e.event_type == "AID"]


@pytest.mark.parametrize("text", [
    "Pakistan may hit back, analysts say.",
    "Observers warned that fighting could flare up again.",
    "The UN envoy warned that the conflict could spread to Lebanon.",
])
def test_forecasts_are_no_threats(text: str) -> None:
    assert not [e for e in events(text) if e.event_type == "THREATEN"]


def test_own_warning_is_still_a_threat() -> None:
    assert asserted("Iran warned that it would strike back if attacked.", "THREATEN")


@pytest.mark.parametrize(("text", "actor"), [
    ("Canada is weighing sanctions on Venezuelan officials.", "CAN"),
    ("France is considering a ban on the group.", "FRA"),
])
def test_the_one_weighing_a_measure_is_its_actor(text: str, actor: str) -> None:
    recs = [e for e in events(text) if e.event_type in ("SANCTION", "COERCE")]
    assert recs and codes(recs[0].actor) == {actor}


def test_active_conjunct_of_a_passive_takes_its_subject() -> None:
    recs = [e for e in events("The governor was charged by prosecutors and will resign.")
            if e.event_type == "RETREAT"]
    assert recs and [a.text for a in recs[0].actor] == ["The governor"]


@pytest.mark.parametrize("text", [
    "The president declared war on corruption.",
    "The new government declared war on drugs and poverty.",
])
def test_war_on_no_party_is_figurative(text: str) -> None:
    assert not [e for e in events(text) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Ecuador declared war on the drug gangs.",
    "The army launched an offensive against the rebels.",
])
def test_war_on_a_party_is_an_attack(text: str) -> None:
    assert asserted(text, "ASSAULT")


def test_they_continues_the_previous_subject() -> None:
    text = ("Russian forces killed three civilians in Sumy. "
            "They are shelling the water plant, the governor said.")
    recs = [e for e in events(text) if e.event_type == "ASSAULT" and "shelling" in e.text]
    assert recs and codes(recs[0].actor) == {"RUS"}


def test_facing_an_attack_is_a_threat_by_the_teller() -> None:
    text = "Rubio told Maduro that Venezuela would face a military attack unless he stepped down."
    recs = asserted(text, "THREATEN")
    assert recs and codes(recs[0].actor) == {"USA"} and "VEN" in codes(recs[0].recipient)
