"""Resolver guards on sentences we wrote: names inside longer names, titled surnames that are
also group names, ethnic groups, "X-based" groups, followers of people and members of groups."""

from __future__ import annotations

from functools import partial

import pytest
from actor_helpers import resolve_word

resolve = partial(resolve_word, date="2015-05-01")


def codes(ents):
    return [(e.code, e.sector) for e in ents]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # A minister whose surname is also a group's name is a minister of his state.
        ("Austrian Interior Minister Wagner defended the new border checks.", "Wagner",
         [("AUT", "GOV")]),
        ("Wagner fighters withdrew from the mine.", "fighters", [("WAGNER", "PRM")]),
        # "Lee" inside another Lee's full name is not that person.
        ("Singapore's prime minister Lee Hsien Loong opened the summit.", "Loong",
         [("SGP", "GOV")]),
        # Ethnic groups are coded by the state they live in, not by their name.
        ("Police detained two ethnic Hungarians near the Romanian border town.", "Hungarians",
         [("ROU", None)]),
        ("Ethnic Russians in Latvia marched against the language law.", "Russians",
         [("LVA", None)]),
        # Where an unnamed group is based places it.
        ("The Beirut-based group denied the report.", "group", [("LBN", None)]),
        ("Iran-backed militias fired rockets at the base.", "militias", [(None, "REB")]),
        # Compatriots of a person or movement; members from a group are the group.
        ("Supporters of President Museveni rallied in the capital.", "Supporters",
         [("UGA", None)]),
        ("Israel's allies condemned the strike.", "allies", []),
        ("Activists from the ANC marched to parliament.", "Activists", [("ANC", "CVL")]),
        # "throughout"/"across" place a domestic group like "in".
        ("Teachers across Kenya walked out over pay.", "Teachers", [("KEN", "EDU")]),
    ],
)
def test_guards(nlp, sentence, word, expected):
    assert codes(resolve(nlp, sentence, word)) == expected


def test_name_with_initial_still_matches(nlp):
    ents = resolve(nlp, "Vladimir V. Putin met the envoy.", "Putin")
    assert [(e.code, e.name) for e in ents] == [("RUS", "Vladimir Putin")]


def test_other_first_name_is_not_the_office_holder(nlp):
    ents = resolve(nlp, "Jeb Bush spoke in Miami.", "Bush", date="2005-05-01")
    assert ents and ents[0].code is None


@pytest.mark.parametrize(
    ("sentence", "word", "date", "expected"),
    [
        ("President Bouteflika pardoned the prisoners.", "Bouteflika", "2005-03-01",
         ("DZA", "GOV")),
        ("President Kibaki dissolved the cabinet.", "Kibaki", "2005-11-23", ("KEN", "GOV")),
        ("Mandela addressed the rally.", "Mandela", "1992-06-01", ("ZAF", "OPP")),
        ("Mandela addressed the rally.", "Mandela", "1996-06-01", ("ZAF", "GOV")),
        ("Milosevic rejected the plan.", "Milosevic", "1998-06-01", ("SRB", "GOV")),
        ("The Yugoslav army shelled the village.", "army", "1999-04-01", ("SRB", "MIL")),
        ("UNITA rebels attacked the convoy.", "rebels", "1998-01-01", ("UNITA", "REB")),
    ],
)
def test_more_offices_and_movements(nlp, sentence, word, date, expected):
    ents = resolve(nlp, sentence, word, date=date)
    assert (ents[0].code, ents[0].sector) == expected
