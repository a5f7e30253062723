"""Country attribution for actors the tables leave without one (actors.attribution)."""

from __future__ import annotations

from functools import partial

import pytest
from actor_helpers import resolve_word

import redline

resolve = partial(resolve_word, date="2021-06-01")


@pytest.mark.parametrize(
    ("sentence", "word", "code"),
    [
        # A place inside the phrase, also inside its clause, places the group.
        ("Aid workers handed blankets to villagers escaping the drought in Somalia.", "villagers",
         "SOM"),
        ("Journalists based in Istanbul signed the petition.", "Journalists", "TUR"),
        # A city or region of the gazetteer, and a region's people.
        ("Mosul police detained four men overnight.", "police", "IRQ"),
        ("Chechen fighters crossed the mountains.", "fighters", "RUS"),
    ],
)
def test_place_in_phrase(nlp, sentence: str, word: str, code: str) -> None:
    ents = resolve(nlp, sentence, word)
    assert [e.code for e in ents] == [code]


def test_reason_is_recorded(nlp) -> None:
    ents = resolve(nlp, "Aid workers handed blankets to villagers escaping the drought in "
                   "Somalia.", "villagers")
    assert ents[0].how and "Somalia" in ents[0].how
    assert "how" in ents[0].to_dict()


def test_exiles_are_not_placed_where_they_live(nlp) -> None:
    ents = resolve(nlp, "Dissidents in exile in Paris issued a statement.", "Dissidents")
    assert all(e.code != "FRA" for e in ents)


@pytest.mark.parametrize(("date", "state"), [("2005-03-01", "SDN"), ("2015-03-01", "SSD")])
def test_city_that_changed_state(nlp, date: str, state: str) -> None:
    ents = resolve(nlp, "Artillery shells landed in Juba on Sunday.", "Juba", date=date)
    assert [e.country for e in ents] == [state]


def _sides(text: str) -> list[tuple[list, list]]:
    return [([(e.code, e.sector) for e in r.actor], [(e.code, e.sector) for e in r.recipient])
            for r in redline.code_text(text)]


def test_domestic_group_takes_counterpart_state() -> None:
    sides = _sides("The Colombian government signed a ceasefire with rebels on Friday.")
    assert (("COL", "REB")) in sides[0][1]


def test_no_default_when_two_states_are_in_play() -> None:
    sides = _sides("The Sudanese government accused rebels of receiving weapons from Chad.")
    assert all(code is None for code, sector in sides[0][1] if sector == "REB")


def test_refugees_get_no_default() -> None:
    sides = _sides("Turkish police detained refugees at the border.")
    assert (None, "REF") in sides[0][1]


def test_name_with_particles_is_one_actor() -> None:
    sides = _sides("Sheikh Hamad bin Jassim al-Thani hosted envoys of both factions in Doha on "
                   "Tuesday.")
    assert sides[0][0] == [("QAT", "GOV")]
