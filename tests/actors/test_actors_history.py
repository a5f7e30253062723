"""Late-1980s groups and states, and resolving 1980s actors in context (the dated offices
of that era are checked in test_actors_dates.py)."""

from __future__ import annotations

from datetime import date

import pytest

import redline
from redline.actors import ActorContext, load_kb


@pytest.mark.parametrize(
    ("alias", "day", "code", "sector"),
    [
        ("Sandinistas", "1986-05-01", "FSLN", "GOV"),
        ("Sandinistas", "1993-05-01", "FSLN", "OPP"),
        ("FMLN", "1989-11-11", "FMLN", "REB"),
        ("FMLN", "2012-01-01", "FMLN", "GOV"),
        ("M-19", "1985-11-06", "M-19", "REB"),
        ("Sendero Luminoso", "1990-01-01", "SENDERO", "REB"),
        ("Tupac Amaru Revolutionary Movement", "1996-12-17", "MRTA", "REB"),
        ("Nicaraguan Resistance", "1988-01-01", "CONTRAS", "REB"),
        ("Medellin cartel", "1989-08-18", "MEDELLIN", "CRM"),
        ("Soviet Union", "1985-01-01", "RUS", None),
        ("East Germany", "1985-01-01", "DDR", None),
    ],
)
def test_groups_and_former_states(alias, day, code, sector):
    entry = load_kb().lookup(alias, date.fromisoformat(day))
    assert (entry.code, entry.sector) == (code, sector)


def _resolve(nlp, sentence: str, word: str, day: str):
    doc = nlp(sentence)
    head = next(t for t in doc if t.text == word)
    return [(e.code, e.country, e.sector) for e in ActorContext(day).resolve(head)]


def test_titled_president_in_1989(nlp):
    assert _resolve(nlp, "President Cristiani met the archbishop on Tuesday.", "Cristiani",
                    "1989-11-20") == [("SLV", "SLV", "GOV")]


def test_contras_and_sandinista_troops(nlp):
    assert _resolve(nlp, "The Contras ambushed a truck near the border.", "Contras",
                    "1987-03-10") == [("CONTRAS", "NIC", "REB")]
    assert _resolve(nlp, "Sandinista army units shelled the camps.", "units",
                    "1987-03-10") == [("NIC", "NIC", "MIL")]


def test_possessed_troops_belong_to_the_commander(nlp):
    assert _resolve(nlp, "Noriega's troops fired on the marchers.", "troops",
                    "1989-05-10") == [("PAN", "PAN", "MIL")]


def test_code_text_uses_1980s_offices():
    records = redline.code_text(
        "Nicaraguan President Daniel Ortega accused the Contras of attacking a farm cooperative.",
        date="1987-06-01",
    )
    accuse = [r for r in records if r.event_type == "ACCUSE"]
    assert accuse, records
    assert [(a.country, a.sector) for a in accuse[0].actor] == [("NIC", "GOV")]
    assert [a.code for a in accuse[0].recipient] == ["CONTRAS"]
