"""Attacks told through their weapon or their noun (events.attack_happenings): a munition or
an attack noun that went off or hit, an attack survived, escaped or foiled."""

from __future__ import annotations

import pytest
from event_helpers import DATE

import redline


def _assaults(text: str) -> list:
    return [r for r in redline.code_text(text, date=DATE) if r.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "mode", "cameo", "state"),
    [
        ("A car bomb exploded outside a government building in Mosul on Sunday.",
         "explosives", "1832", "IRQ"),
        ("A roadside bomb went off beside a military convoy in Kunar province.",
         "explosives", "1833", "AFG"),
        ("A powerful bomb blast rocked a crowded bazaar in Quetta.", "explosives", "183", "PAK"),
        ("An explosive device went off beside a crowded taxi rank in Maiduguri.",
         "explosives", "183", "NGA"),
        ("Three rockets landed near the airport in Erbil late on Friday.",
         "heavy-weapons", "194", "IRQ"),
    ],
)
def test_weapon_that_went_off_is_an_attack(text: str, mode: str, cameo: str, state: str) -> None:
    evs = _assaults(text)
    assert len(evs) == 1, evs
    ev = evs[0]
    assert (ev.mode, ev.cameo, ev.modality) == (mode, cameo, "asserted")
    assert [(e.sector, e.country) for e in ev.actor] == [("UNK", state)]


def test_named_doer_of_a_munition() -> None:
    ev = _assaults("A bomb planted by Boko Haram fighters exploded at a mosque in Kano.")[0]
    assert ev.actor and ev.actor[0].sector != "UNK"


@pytest.mark.parametrize(
    ("text", "survivor"),
    [
        ("The governor of Kandahar survived an assassination attempt on Thursday.", "governor"),
        ("The Colombian senator escaped an ambush on a mountain road.", "senator"),
        ("A Somali lawmaker escaped unhurt from a bomb attack in Mogadishu.", "lawmaker"),
    ],
)
def test_survived_attack_has_the_survivor_as_recipient(text: str, survivor: str) -> None:
    ev = _assaults(text)[0]
    assert ev.modality == "asserted"
    assert [e for e in ev.recipient if survivor in e.text], ev.recipient


@pytest.mark.parametrize(
    "text",
    [
        "French police foiled a bomb attack on a synagogue in Lyon.",
        "Kenyan security forces thwarted a suicide bombing at a stadium in Nairobi.",
        "The attack on the parliament was foiled by Indian intelligence agencies.",
    ],
)
def test_foiled_attack_is_negated(text: str) -> None:
    evs = _assaults(text)
    assert evs and all(e.modality == "negated" for e in evs), evs


@pytest.mark.parametrize(
    "text",
    [
        "A gas cylinder exploded in a restaurant kitchen in Lahore.",
        "A transformer exploded at a substation in Chennai, cutting power to thousands.",
        "A grenade exploded in the hands of a robber during a jewellery store robbery.",
        "Fireworks went off over the harbour in Sydney at midnight.",
    ],
)
def test_accidents_and_crime_stay_out(text: str) -> None:
    assert _assaults(text) == []
