"""Events the coder used to miss entirely: causes of casualties named as nouns ("died as a
result of torture"), weapon blasts, particle verbs with an object ("called off the strike"),
and vocabulary with its CAMEO code. Sentences we wrote."""

from __future__ import annotations

import pytest

import redline
from redline.records import EventRecord

DATE = "2025-09-05"
COUNTED = ("asserted", "future", "historical")


def code(text: str) -> list[EventRecord]:
    return redline.code_text(text, date=DATE)


def counted(recs: list[EventRecord], type_: str) -> list[EventRecord]:
    return [r for r in recs if r.event_type == type_ and r.modality in COUNTED]


@pytest.mark.parametrize(
    "text",
    [
        "An opposition activist died as a result of torture in a military prison, his lawyer said.",
        "A dissident died in detention due to repeated torture and neglect.",
        "A detainee died in prison because of torture, his family said.",
    ],
)
def test_torture_named_as_the_cause_of_a_death_is_an_assault(text: str) -> None:
    recs = code(text)
    assert any(r.mode == "torture" for r in counted(recs, "ASSAULT")), recs


def test_a_disaster_named_as_the_cause_of_a_death_is_no_event() -> None:
    assert not code("Two children died as a result of the floods in the north.")


@pytest.mark.parametrize(
    "text",
    [
        "A landmine explosion killed four soldiers on patrol.",
        "Three policemen were killed in a bomb blast in the northern province.",
        "Five soldiers were killed in a roadside bomb explosion near the border.",
    ],
)
def test_the_blast_of_a_weapon_is_an_attack(text: str) -> None:
    assert counted(code(text), "ASSAULT"), code(text)


@pytest.mark.parametrize(
    "text",
    [
        "A gas explosion killed three people in the apartment block.",
        "A mine explosion killed 20 miners in the coal pit.",
    ],
)
def test_an_accidental_blast_is_no_attack(text: str) -> None:
    assert not counted(code(text), "ASSAULT"), code(text)


def test_violating_a_ceasefire_agreement_is_an_assault() -> None:
    recs = code("Both armies are guilty of violating the truce agreement, the monitors said.")
    assert any(r.cameo == "196" for r in counted(recs, "ASSAULT")), recs


def test_calling_off_a_strike_concedes_and_calling_one_does_not() -> None:
    recs = code("The teachers' union called off its national strike after talks with the ministry.")
    assert counted(recs, "CONCEDE"), recs
    assert not counted(code("The union called a general strike for Monday."), "CONCEDE")


def test_calling_off_a_visit_rejects_the_meeting() -> None:
    recs = code("The minister called off his visit to Beijing on Sunday.")
    rej = counted(recs, "REJECT")
    assert rej and rej[0].cameo == "125", recs


def test_boycotting_an_election_is_a_protest() -> None:
    recs = code("The main opposition party boycotted the election, citing fraud.")
    assert any(r.mode == "boycott" for r in counted(recs, "PROTEST")), recs


def test_a_reimposed_curfew_is_coercion() -> None:
    recs = code("The junta reimposed a curfew in the capital after fresh unrest.")
    assert any(r.mode == "curfew" for r in counted(recs, "COERCE")), recs


def test_placing_under_investigation_and_seeking_a_sentence_accuse() -> None:
    recs = code("A British tourist was placed under investigation in France over the fire.")
    assert any(r.mode == "investigate" for r in counted(recs, "ACCUSE")), recs
    recs = code("Prosecutors are seeking a life sentence for the former minister on graft charges.")
    assert counted(recs, "ACCUSE"), recs


def test_forcing_people_out_coerces_and_forcing_an_agency_out_expels() -> None:
    recs = code("The militia forced thousands of residents out of their homes.")
    assert any(r.mode == "deport" for r in counted(recs, "COERCE")), recs
    recs = code("The government forced the UN children's agency out of the country in May.")
    assert any(r.mode == "expel" for r in counted(recs, "SANCTION")), recs


def test_a_deadline_set_for_a_party_is_an_ultimatum() -> None:
    recs = code("The court set a 30-day deadline for the ministry to release the documents.")
    assert any(r.cameo == "139" for r in counted(recs, "THREATEN")), recs


def test_stopping_a_demonstration_is_coercion() -> None:
    recs = code("Riot police broke up a demonstration by teachers in the capital.")
    assert counted(recs, "COERCE"), recs


def test_defacing_websites_is_a_cyber_attack() -> None:
    recs = code("Hackers defaced dozens of government websites on Friday.")
    assert any(r.mode == "cyber" for r in counted(recs, "COERCE")), recs


def test_sharing_expertise_is_cooperation() -> None:
    recs = code("Iran has been sharing expertise with Venezuela, a report said.")
    assert counted(recs, "COOPERATE"), recs


def test_chemical_weapons_use_is_an_assault_and_cleaning_water_is_not() -> None:
    recs = code("Government forces used sarin gas against the rebel-held suburb in 2013.")
    assert any(r.cameo == "2041" for r in recs if r.event_type == "ASSAULT"), recs
    assert not code("Workers used chlorine to clean the water tanks.")


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The junta granted an amnesty to 300 political prisoners on Monday.", "CONCEDE"),
        ("A military court acquitted the two officers of all charges.", "CONCEDE"),
        ("Gunmen intimidated voters at several polling stations, observers said.", "COERCE"),
        ("Detectives interrogated the suspect for six hours.", "ACCUSE"),
        ("Venezuela nationalized the oil fields operated by foreign firms.", "COERCE"),
    ],
)
def test_new_vocabulary(text: str, type_: str) -> None:
    assert counted(code(text), type_), code(text)
