"""ACLED-style conflict reports: chemical agents named without a plain "used X" object, weapons
finds, joining in a spree or a strike, a blast caused by a weapon, and an apposition after the
object (events.weapon_use, frames, casualty_causes)."""

from __future__ import annotations

import pytest
from event_helpers import DATE, first

import redline


def types(text: str) -> set[str]:
    return {r.event_type for r in redline.code_text(text, date=DATE)}


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors said chlorine was used as a weapon in the town of Douma in April.",
        "Government helicopters dropped barrels of chlorine on the besieged suburb.",
        "Doctors treated dozens of villagers for exposure to toxic gas used by the militants.",
    ],
)
def test_chemical_agent_use_is_assault(text: str) -> None:
    assert first(text, "ASSAULT").trigger.text


def test_industrial_chlorine_is_no_attack() -> None:
    assert "ASSAULT" not in types("The water plant uses chlorine to treat drinking water.")


@pytest.mark.parametrize(
    "text",
    [
        "Troops discovered a large arms cache in a forest near Kunduz.",
        "A stash of rifles and ammunition was found in an abandoned house in Mosul.",
        "An improvised explosive device was found near the airport in Colombo and defused.",
    ],
)
def test_weapons_found_are_a_seizure(text: str) -> None:
    assert first(text, "COERCE").trigger.text


def test_bodies_found_are_no_seizure() -> None:
    assert "COERCE" not in types("Rescuers found the bodies of three climbers in the Alps.")


def test_going_on_a_spree_is_the_violence() -> None:
    rec = first("A gunman went on a shooting spree in a shopping mall in Texas.", "ASSAULT")
    assert rec.actor


def test_taking_part_in_a_strike_is_a_protest() -> None:
    found = types("Nurses participated in a strike over unpaid wages in Nairobi.")
    assert "PROTEST" in found and "ASSAULT" not in found


def test_blast_caused_by_a_weapon_is_an_attack() -> None:
    first("A powerful blast caused by a car bomb killed twelve people outside a mosque in Kabul.",
          "ASSAULT")


def test_apposition_after_the_object_keeps_the_killing() -> None:
    text = ("Gunmen killed nine worshippers on Friday in the town of Kano, the heart of the "
            "country's north, police said.")
    first(text, "ASSAULT")
