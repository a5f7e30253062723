"""Leaders, office holders and armed groups of 2022-2025: dated rows, surnames, names with a
prepositional tail, and role nouns named by an appositive."""

from __future__ import annotations

import pytest

import redline
from redline.actors import ActorContext


def codes_of(nlp, day: str, sentence: str, word: str) -> list[tuple[str | None, str | None]]:
    doc = nlp(sentence)
    head = next(t for t in doc if t.text == word)
    return [(e.code, e.sector) for e in ActorContext(day).resolve(head)]


@pytest.mark.parametrize(
    ("day", "sentence", "word", "expected"),
    [
        # Office holders the table lacked, or knew only by their full name.
        ("2025-05-08", "Dar said Pakistan had the right to respond to the strikes.", "Dar",
         [("PAK", "GOV")]),
        ("2024-03-20", "Foreign Minister Ishaq Dar met his Chinese counterpart in Beijing.",
         "Dar", [("PAK", "GOV")]),
        ("2024-09-01", "Yunus said the interim government would hold elections after reforms.",
         "Yunus", [("BGD", "GOV")]),
        ("2024-03-01", "Captain Traore expelled three French diplomats from Ouagadougou.",
         "Traore", [("BFA", "GOV")]),
        ("2022-09-29", "Damiba said the army remained united behind the transition.", "Damiba",
         [("BFA", "GOV")]),
        ("2024-05-15", "Masra said he would contest the result of the presidential vote.",
         "Masra", [("TCD", "GOV")]),
        ("2023-10-10", "Georgieva warned that the war could shake the world economy.",
         "Georgieva", [("IMF", "IGO")]),
        ("2025-03-15", "Volker Turk condemned the killings of civilians in coastal Syria.",
         "Turk", [("UN", "IGO")]),
        ("2025-08-15", "Witkoff met Putin in the Kremlin for three hours.", "Witkoff",
         [("USA", "GOV")]),
        ("2025-04-12", "Albusaidi hosted the American and Iranian delegations in Muscat.",
         "Albusaidi", [("OMN", "GOV")]),
        ("2024-08-01", "Opposition leader Machado said the tally sheets proved her camp won.",
         "Machado", [("VEN", "OPP")]),
        ("2025-06-20", "Taye Atske Selassie called for calm in the Amhara region.", "Selassie",
         [("ETH", "GOV")]),
        # The Taliban leader heads a government since August 2021.
        ("2022-11-01", "Akhundzada ordered judges to enforce corporal punishments.",
         "Akhundzada", [("TALIBAN", "GOV")]),
        # The RSF was a state paramilitary until it went to war with the army in April 2023.
        ("2022-05-10", "Sudan's Rapid Support Forces deployed more troops to the capital.",
         "Forces", [("RSF", "PRM")]),
        ("2024-11-10", "The Rapid Support Forces stormed villages in Gezira state.", "Forces",
         [("RSF", "REB")]),
        # Groups of the period.
        ("2023-11-05", "The Three Brotherhood Alliance captured a border town in Shan state.",
         "Alliance", [("BROTHERHOOD ALLIANCE", "REB")]),
        ("2024-06-02", "Oromo Liberation Army fighters abducted a dozen students.", "fighters",
         [("OLA", "REB")]),
    ],
)
def test_recent_leaders_and_groups(nlp, day, sentence, word, expected):
    assert codes_of(nlp, day, sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # A name that holds "in ...": the whole name, not the group placed in a country.
        ("The Islamic Resistance in Iraq claimed a drone attack on a US base.", "Resistance",
         [("IRI", "REB")]),
        ("Al-Qaeda in the Arabian Peninsula claimed the bombing.", "Qaeda", [("AQAP", "REB")]),
        ("The Islamic State in the Greater Sahara claimed the ambush.", "State",
         [("ISIS", "REB")]),
        # Guard: a place complement still places an unnamed group.
        ("Soldiers in Mali seized the radio station.", "Soldiers", [("MLI", "MIL")]),
    ],
)
def test_names_with_prepositional_tail(nlp, sentence, word, expected):
    assert codes_of(nlp, "2024-01-20", sentence, word) == expected


@pytest.mark.parametrize(
    ("day", "sentence", "word", "expected"),
    [
        # A role noun named by an appositive takes the named office holder's sector.
        ("2023-08-10", "Niger's junta leader, General Tchiani, rejected the ultimatum.",
         "leader", [("NER", "GOV")]),
        ("2024-03-05", "Myanmar's junta chief, Min Aung Hlaing, flew to Moscow.", "chief",
         [("MMR", "GOV")]),
        ("2023-03-01", "Burkina Faso's military ruler, Captain Ibrahim Traore, expelled the envoy.",
         "ruler", [("BFA", "GOV")]),
        # Guard: a commander stays military.
        ("2024-03-05", "Pakistan's army chief, Asim Munir, met the Saudi crown prince.", "chief",
         [("PAK", "MIL")]),
    ],
)
def test_role_noun_named_by_appositive(nlp, day, sentence, word, expected):
    assert codes_of(nlp, day, sentence, word) == expected


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("Police arrested two students in Juba.", "1988-04-02", "SDN"),
        ("Police arrested two students in Juba.", "2016-04-02", "SSD"),
        ("Police arrested two men in Salisbury.", "1979-05-01", "ZWE"),
        ("Police arrested two men in Salisbury.", "2018-03-06", "GBR"),
    ],
)
def test_event_place_takes_the_article_date(text: str, date: str, code: str) -> None:
    """The place an event happened in belongs to the state that held it on the day."""
    rec = redline.code_text(text, date=date)[0]
    assert rec.location is not None and rec.location.country == code
    assert [a.code for a in rec.actor] == [code]
