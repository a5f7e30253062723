"""Resolver: unknown titled people, place complements, peoples named by where they live."""

from __future__ import annotations

from functools import partial

import pytest
from actor_helpers import resolve_word

from redline.actors import ActorContext

resolve = partial(resolve_word, date="2021-06-01")


def codes(ents):
    return [(e.code, e.sector) for e in ents]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # A titled person the KB does not know takes the one state the sentence names.
        ("Deposed President Ivo Mandrek has agreed to leave Moldova, aides said.", "Mandrek",
         [("MDA", "GOV")]),
        ("Prime Minister Ana Lupu agreed to resign, Romanian media said.", "Lupu",
         [("ROU", "GOV")]),
        ("Chilean judge Marta Ruiz opened an inquiry into the contract.", "Ruiz",
         [("CHL", "JUD")]),
        # "in"/"from" complements place an unnamed group.
        ("Officials from Iran arrived in Geneva on Monday.", "Officials", [("IRN", "GOV")]),
        ("Soldiers in Mali seized the radio station.", "Soldiers", [("MLI", "MIL")]),
        ("Nurses from three French charities treated the wounded.", "Nurses", [("FRA", "MED")]),
        ("Medics from the World Health Organization reached the camp.", "Medics",
         [("WHO", "MED")]),
        # A people named by where it lives belongs to that state.
        ("Bosnian Serbs shelled the town overnight.", "Serbs", [("BIH", None)]),
        ("The Albanians of southern Serbia voted in a referendum.", "Albanians",
         [("SRB", None)]),
        # Regression guards: what already worked still works.
        ("The president of Armenia met the envoy.", "president", [("ARM", "GOV")]),
        ("Moscow's envoy walked out of the talks.", "envoy", [("RUS", "GOV")]),
        ("Russian and Chinese warships held drills.", "warships",
         [("RUS", "MIL"), ("CHN", "MIL")]),
        ("The Africa Union sent observers.", "Union", [("AU", "IGO")]),
    ],
)
def test_resolves(nlp, sentence, word, expected):
    assert codes(resolve(nlp, sentence, word)) == expected


def test_unknown_person_keeps_name(nlp):
    ents = resolve(nlp, "Prime Minister Ana Lupu agreed to resign, Romanian media said.", "Lupu")
    assert ents[0].name == "Ana Lupu"


def test_untitled_unknown_person_has_no_code(nlp):
    # A bare name is a participant, but nothing ties it to a state.
    ents = resolve(nlp, "Maria Kovacs criticised the ruling in Hungary.", "Kovacs")
    assert [(e.name, e.code) for e in ents] == [("Maria Kovacs", None)]


def test_two_states_in_sentence_give_no_guess(nlp):
    ents = resolve(nlp, "President Tomas Velka met Polish and Czech envoys.", "Velka")
    assert codes(ents) == [(None, "GOV")]


def test_unknown_person_is_remembered_for_pronouns(nlp):
    doc = nlp("Prime Minister Ana Lupu flew to Romania. She met the cabinet.")
    ctx = ActorContext("2021-06-01")
    ctx.resolve(next(t for t in doc if t.text == "Lupu"))
    she = next(t for t in doc if t.text == "She")
    assert [e.code for e in ctx.resolve(she)] == ["ROU"]


def test_sponsor_state_does_not_place_person(nlp):
    ents = resolve(nlp, "Commander Omar Haddad led Iran-backed fighters.", "Haddad")
    assert all(e.code != "IRN" for e in ents)


def test_appositive_places_unknown_person(nlp):
    sentence = "Washington sanctioned Piet Varga, a Hungarian general, on Friday."
    ents = resolve(nlp, sentence, "Varga")
    assert [(e.name, e.code, e.sector) for e in ents] == [("Piet Varga", "HUN", "MIL")]
