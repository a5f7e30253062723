"""Unidentified attackers placed where the attack happened (events.unidentified), protesters
placed in the state of the government they protest against, and country words that are
easily misread ("car", "Congolese")."""

from __future__ import annotations

import pytest

import redline


def _first(text: str, etype: str):
    return next(e for e in redline.code_text(text) if e.event_type == etype)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("A roadside bomb near the town of Kirkuk on Monday killed three police officers.",
         "IRQ"),
        ("Two Canadian soldiers were killed by a roadside bomb outside of the Afghan city of "
         "Kandahar.", "AFG"),
        ("A car bomb killed five soldiers in Kabul.", "AFG"),
    ],
)
def test_unnamed_attacker_is_unk_of_the_place(text: str, state: str) -> None:
    ev = _first(text, "ASSAULT")
    assert [(e.sector, e.country, e.code) for e in ev.actor] == [("UNK", state, None)]
    assert ev.actor[0].how and "placed" in ev.actor[0].how


def test_unknown_gunmen_get_the_place_state() -> None:
    ev = _first("Gunmen killed two villagers in Borno state.", "ASSAULT")
    assert [(e.sector, e.country) for e in ev.actor] == [("UAF", "NGA")]


def test_no_place_no_implicit_actor() -> None:
    ev = _first("Gunmen attacked a camp for Sudanese refugees.", "ASSAULT")
    assert all(e.sector != "UNK" for e in ev.actor)
    assert all(e.country is None for e in ev.actor)  # the people served are no place


def test_named_attacker_untouched() -> None:
    ev = _first("Rebels in the CAR attacked a convoy.", "ASSAULT")
    assert [e.code for e in ev.actor] == ["CAF"]  # the upper-case acronym still resolves


def test_protesters_take_the_government_they_protest_against() -> None:
    ev = _first("Dozens of farmers rallied outside parliament in protest of the Kenyan "
                "government's tax plan.", "PROTEST")
    assert [e.country for e in ev.actor] == ["KEN"]
    assert ev.actor[0].how == "protest against its government"


def test_congolese_is_the_drc_and_brazzaville_the_republic() -> None:
    ev = _first("Rwandan troops attacked a camp for Congolese refugees.", "ASSAULT")
    assert [e.country for e in ev.recipient] == ["COD"]
    ev = _first("Brazzaville said it would send troops.", "MOBILIZE")
    assert [e.code for e in ev.actor] == ["COG"]
