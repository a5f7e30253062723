"""Long names glossed by a bracketed acronym (actors.acronym_names) and structures named
after a place (actors.facilities)."""

from __future__ import annotations

from functools import partial

import pytest
from actor_helpers import resolve_word

resolve = partial(resolve_word, date="1995-03-01")


@pytest.mark.parametrize(
    ("sentence", "word", "code"),
    [
        # the parser cuts the name at "for"; the acronym says what the whole name is
        ("Fighters of the Democratic Forces for the Liberation of Rwanda (FDLR) ambushed a "
         "supply column near Rutshuru.", "Fighters", "FDLR"),
        ("Army units clashed with the Democratic Forces for the Liberation of Rwanda (FDLR) "
         "near Masisi.", "Forces", "FDLR"),
        # a place inside the name is not a party of its own
        ("Army units clashed with the Democratic Forces for the Liberation of Rwanda (FDLR) "
         "near Masisi.", "Rwanda", "FDLR"),
        ("Congolese soldiers shelled camps of the Democratic Forces for the Liberation of "
         "Rwanda (FDLR) in the hills.", "camps", "FDLR"),
    ],
)
def test_glossed_long_name(nlp, sentence: str, word: str, code: str) -> None:
    ents = resolve(nlp, sentence, word)
    assert [e.code for e in ents] == [code], ents


def test_glossed_name_span_runs_to_bracket(nlp) -> None:
    ents = resolve(nlp, "Army units clashed with the Democratic Forces for the Liberation "
                   "of Rwanda (FDLR) near Masisi.", "Forces")
    assert ents[0].text.endswith("(FDLR)")


@pytest.mark.parametrize(
    ("sentence", "word", "code", "sector"),
    [
        ("Ukrainian sea drones struck the Kerch Bridge overnight.", "Bridge", "UKR", None),
        ("Rebel artillery hit Goma airport on Sunday.", "airport", "COD", None),
        # a capital in a structure's name is a place, not the government
        ("Gunmen stormed a Kabul hotel popular with foreigners.", "hotel", "AFG", None),
        ("Taliban fighters attacked Hamid Karzai International Airport.", "Airport", "AFG",
         None),
        ("Israeli troops entered Gaza's Shifa hospital.", "hospital", "PSE", "MED"),
        # owned premises keep their owner
        ("Demonstrators threw stones at the Russian embassy in Vilnius.", "embassy", "RUS",
         "GOV"),
    ],
)
def test_structure_named_after_place(nlp, sentence: str, word: str, code: str,
                                     sector: str | None) -> None:
    ents = resolve(nlp, sentence, word, date="2024-05-01")
    assert [(e.code, e.sector) for e in ents] == [(code, sector)], ents
