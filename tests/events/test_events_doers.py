"""Actors the tables cannot code: uncoded bodies and people, pronouns pointing back to them,
the doers behind attacks and weapons, and the state where an agentless state act happens."""

from __future__ import annotations

import redline
from redline.records import EventRecord

DATE = "2025-09-05"


def code(text: str) -> list[EventRecord]:
    return redline.code_text(text, date=DATE)


def actor_texts(recs: list[EventRecord], etype: str) -> list[str]:
    return [a.text for r in recs if r.event_type == etype for a in r.actor]


def test_uncoded_body_said_it_is_that_body():
    recs = code("The dockworkers' committee announced it will not end the strike before "
                "owners pay back wages.")  # fmt: skip
    assert any("committee" in t for t in actor_texts(recs, "REJECT")), recs


def test_uncoded_people_filing_a_lawsuit_are_its_actor():
    recs = code("Relatives of the missing miners filed a lawsuit accusing the mining company "
                "of negligence.")  # fmt: skip
    assert any(t.startswith("Relatives") for t in actor_texts(recs, "ACCUSE")), recs


def test_a_document_subject_is_no_actor():
    recs = code("The report accused the ministry of negligence.")
    assert not any("report" in t for t in actor_texts(recs, "ACCUSE")), recs


def test_majority_of_a_group_says_they():
    recs = code("A majority of the striking bus drivers say they would not end the strike "
                "before the city hires more staff.")  # fmt: skip
    assert any("drivers" in t for t in actor_texts(recs, "REJECT")), recs


def test_it_points_back_to_an_uncoded_body_of_an_earlier_sentence():
    recs = code("The strike committee met with the mayor on Monday. The next day it said it "
                "would not end the strike.")  # fmt: skip
    assert any("committee" in t for t in actor_texts(recs, "REJECT")), recs


def test_weapon_subject_stands_for_who_fired_it():
    recs = code("Rockets fired by Hamas militants hit a school in Sderot.")
    assault = [r for r in recs if r.event_type == "ASSAULT"]
    assert assault and {a.code for a in assault[0].actor} == {"HAMAS"}, recs


def test_attack_subject_without_a_doer_is_the_attack():
    recs = code("A suicide attack on a market in Kandahar killed nine people.")
    assert any("attack" in t for t in actor_texts(recs, "ASSAULT")), recs


def test_arrest_in_a_country_is_that_state_acting():
    recs = code("The opposition leader was arrested on Sunday in Uganda for inciting violence.")
    arrests = [r for r in recs if r.event_type == "COERCE"]
    assert arrests and arrests[0].actor[0].code == "UGA", recs
    assert "Uganda" in arrests[0].actor[0].text and arrests[0].actor[0].sector == "COP"


def test_expelled_from_a_country_is_that_state_acting():
    recs = code("Three journalists were expelled from Ethiopia last week.")
    expel = [r for r in recs if r.event_type == "SANCTION"]
    assert expel and expel[0].actor[0].code == "ETH", recs


def test_a_named_arrester_is_kept():
    recs = code("Two foreign reporters were arrested by soldiers in Mali.")
    arrests = [r for r in recs if r.event_type == "COERCE"]
    assert arrests and arrests[0].actor[0].sector == "MIL", recs


def test_an_untyped_name_is_the_actor():
    recs = code("Bellingcat conducted an investigation into the downing of the airliner.")
    assert "Bellingcat" in actor_texts(recs, "ACCUSE"), recs


def test_dateline_is_not_who_said_he():
    recs = code("NAIROBI -- Kenyan President William Ruto told reporters that he turned down a "
                "request from his Ugandan counterpart to extradite the activist.")  # fmt: skip
    assert any("Ruto" in t for t in actor_texts(recs, "REJECT")), recs


def test_the_speaker_takes_his_countrys_stand():
    recs = code("President Erdogan said his country would not lift the ban on Swedish imports "
                "before Stockholm extradites the suspects.")  # fmt: skip
    rejects = [r for r in recs if r.event_type == "REJECT"]
    assert rejects and "Erdogan" in rejects[0].actor[0].text, recs
    assert rejects[0].actor[0].code == "TUR"


def test_passive_deployment_mobilizes_the_forces_sent():
    recs = code("About 3,000 French soldiers were deployed to Mali last year.")
    mob = [r for r in recs if r.event_type == "MOBILIZE"]
    assert mob and mob[0].actor[0].code == "FRA", recs


def test_detained_in_a_town_is_its_state_acting():
    recs = code("The activist was detained in Bukavu for organising a protest.")
    arrests = [r for r in recs if r.event_type == "COERCE"]
    assert arrests and arrests[0].actor[0].code == "COD", recs


def test_it_points_back_to_a_union_named_by_its_sector():
    recs = code("The transport union met the minister on Monday. On Tuesday it announced it "
                "would not end the strike.")  # fmt: skip
    rejects = [r for r in recs if r.event_type == "REJECT"]
    assert rejects and rejects[0].actor and rejects[0].actor[0].sector == "LAB", recs
