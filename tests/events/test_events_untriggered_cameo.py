"""CAMEO codes that had no trigger: aid cuts by kind (1621-1623), halted negotiations (164),
raised alert status (151/152), rallying support or opposition (053/113), violent repression
(175), car and roadside bombs (1832/1833), mass expulsion and ethnic cleansing (201/203), and
attempted violence (185: an attempt is the attack; events.attempts)."""

from __future__ import annotations

import pytest
from event_helpers import DATE

import redline


def coded(text: str) -> list[tuple[str, str | None, str]]:
    return [(r.event_type, r.cameo, r.modality) for r in redline.code_text(text, date=DATE)]


@pytest.mark.parametrize(
    ("text", "etype", "cameo"),
    [
        ("Washington froze military aid to the junta in Niamey.", "SANCTION", "1622"),
        ("The European Union withheld budget support from Kigali.", "SANCTION", "1621"),
        ("Germany paused humanitarian aid to the northern provinces.", "SANCTION", "1623"),
        ("The Nordic donors slashed aid to Malawi last month.", "SANCTION", "162"),
        ("The government suspended peace talks with the rebel alliance.", "SANCTION", "164"),
        ("Britain raised the terror threat level to severe.", "MOBILIZE", "151"),
        ("Pyongyang raised the combat readiness of its artillery units.", "MOBILIZE", "152"),
        ("The senator rallied support for the farm bill.", "SUPPORT", "053"),
        ("The unions rallied opposition to the pension reform.", "ACCUSE", "113"),
        ("Security forces crushed the uprising in the capital.", "ASSAULT", "175"),
        ("The army put down the revolt in the northern garrison.", "ASSAULT", "175"),
        ("An assassination attempt on the mayor failed on Sunday.", "ASSAULT", "185"),
        ("Militias carried out ethnic cleansing of villagers.", "ASSAULT", "203"),
    ],
)
def test_untriggered_code_now_coded(text: str, etype: str, cameo: str) -> None:
    assert (etype, cameo) in [(t, c) for t, c, _ in coded(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen tried to assassinate the provincial governor on Monday.",
        "Rioters attempted to storm the parliament building.",
    ],
)
def test_attempted_attack_is_asserted_assault(text: str) -> None:
    assert ("ASSAULT", "asserted") in [(t, m) for t, _, m in coded(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Vulcanologists raised the alert level for the volcano to orange.",
        "The two leaders ended the talks in Geneva with a joint statement.",
        "The company crushed its rivals in the smartphone market.",
    ],
)
def test_other_senses_not_coded(text: str) -> None:
    assert not {"MOBILIZE", "SANCTION", "ASSAULT"} & {t for t, _, _ in coded(text)}


def test_untried_attack_stays_unreal() -> None:
    text = "The envoy tried to negotiate a truce, and the rebels did not try to attack."
    assert ("ASSAULT", "asserted") not in [(t, m) for t, _, m in coded(text)]


def test_rallying_alone_stays_protest() -> None:
    assert "PROTEST" in {t for t, _, _ in coded("Thousands rallied outside parliament in Lima.")}
