"""Event types told without the usual verb: attacks made in words and name-calling (ACCUSE),
critics' charges (ACCUSE), aid told through donors, funding increases and arriving donations
(AID), permission to return or enter (RETREAT; promised, AGREE), and refusals stated as a
judgement or a court quashing an order (REJECT). The sentences are our own."""

from __future__ import annotations

import pytest
from event_helpers import counted_types, first

# (sentence, a type it must be coded with, a type it must not be coded with or None)
CASES: list[tuple[str, str, str | None]] = [
    # an attack on a text, a measure or a proceeding is criticism
    ("The opposition leader launched an attack on the government's pension reform.", "ACCUSE",
     "ASSAULT"),
    ("Senator Warren attacked the central bank's decision on interest rates.", "ACCUSE",
     "ASSAULT"),
    ("The party's chairman led the attack on the election commission's report.", "ACCUSE",
     "ASSAULT"),
    # critics speaking accuse the one they speak of
    ("Critics say the governor used the emergency to silence local newspapers.", "ACCUSE", None),
    ("Opponents of the reform argue that the minister misled parliament.", "ACCUSE", None),
    # name-calling
    ("The Brazilian president called the central bank governor a traitor.", "ACCUSE", None),
    ("Milei called the union leaders a bunch of crooks and a disgrace.", "ACCUSE", None),
    ("The senator called the new law unconstitutional.", "ACCUSE", None),
    ("The governor branded the strike illegal.", "ACCUSE", None),
    # aid told through a giver noun, a funding increase, arriving donations, fund-raising
    ("Japan is the largest donor of food aid to Myanmar.", "AID", None),
    ("Norway remains one of the biggest donors to the Palestinian Authority.", "AID", None),
    ("Britain announced a sharp increase in funding for vaccination programmes in Nigeria.",
     "AID", None),
    ("Donations poured in from Ireland after the earthquake in eastern Turkey.", "AID",
     "CONSULT"),
    ("The singer is raising money for families displaced by the floods in Pakistan.", "AID",
     None),
    # a promised permission to return is AGREE (CAMEO 035), a granted one RETREAT (086)
    ("Pakistan will allow Afghan refugees to return to their villages.", "AGREE", "RETREAT"),
    ("Israel allowed the inspectors to visit the reactor site.", "RETREAT", None),
    # refusals stated as a judgement; a court quashing an order
    ("The Hungarian prime minister said the EU delegation would not be welcome in Budapest.",
     "REJECT", None),
    ("The defence minister said a ceasefire with the militants was out of the question.",
     "REJECT", "RETREAT"),
    ("Kenya's Supreme Court quashed the detention orders against the activists.", "REJECT",
     None),
    ("The appeals court overturned the ban on opposition rallies.", "REJECT", None),
    # "on Thursday" is a date, not a target: weapons sent to a party are aid
    ("Germany on Thursday sent weapons to Kyiv.", "AID", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "etype", "not_type"), CASES)
def test_type_is_coded(text: str, etype: str, not_type: str | None) -> None:
    types = counted_types(text)
    assert etype in types, (text, types)
    if not_type:
        assert not_type not in types, (text, types)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Rebels launched an attack on an army base near Goma.", "ACCUSE"),
        ("The mayor called the festival a great success.", "ACCUSE"),
        ("The startup raised 40 million dollars from investors.", "AID"),
        ("Rioters overturned police cars in the capital.", "REJECT"),
        ("The minister said tourists were always welcome in the region.", "REJECT"),
    ],
)
def test_other_senses_are_not_these_types(text: str, etype: str) -> None:
    assert etype not in counted_types(text)


def test_critics_accuse_the_clause_subject() -> None:
    rec = first("Critics say the governor used the emergency to silence local newspapers.",
                "ACCUSE")
    assert [e.text for e in rec.recipient] == ["the governor"]


def test_donor_is_the_subject_and_aid_goes_to_the_named_party() -> None:
    rec = first("Japan is the largest donor of food aid to Myanmar.", "AID")
    assert [e.code for e in rec.actor] == ["JPN"]
    assert [e.code for e in rec.recipient] == ["MMR"]


def test_arriving_donations_come_from_the_giver() -> None:
    rec = first("Donations poured in from Ireland after the earthquake in eastern Turkey.", "AID")
    assert [e.code for e in rec.actor] == ["IRL"]


def test_rejected_act_lends_its_recipient() -> None:
    rec = first("The defence minister said talks with the rebels were out of the question.",
                "REJECT")
    assert [e.text for e in rec.recipient] == ["the rebels"]
