"""Constructions common in Latin American wire copy of the 1980s and in news at large:
labour strikes named by their reach, calling a strike, states of exception, orders that move
troops, responses told by their means, dynamiting, the dateline misparse of a subject, and
the army fighting the dateline state's rebels."""

from __future__ import annotations

import pytest
from event_helpers import first

import redline


def _types(text: str, day: str = "1988-05-03") -> list[str]:
    return [r.event_type for r in redline.code_text(text, date=day)]


@pytest.mark.parametrize("text", [
    "Thousands of workers joined a general strike on Tuesday.",
    "Bus drivers began a nationwide strike over wages.",
    "Merchants staged a civic strike to demand paved roads.",
])
def test_labour_strike_by_its_reach_is_protest(text):
    assert first(text, "PROTEST").mode == "strike"
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize(("text", "code"), [
    ("The FMLN called a nationwide transportation strike.", "FMLN"),
    ("The labor federation called a general strike for Monday.", None),
    ("The unions called a 48-hour strike against the price increases.", None),
])
def test_calling_a_strike_is_protest_by_the_caller(text, code):
    rec = first(text, "PROTEST", "1989-03-20")
    if code:
        assert [a.code for a in rec.actor] == [code]


def test_calling_off_a_strike_stays_a_concession():
    assert "PROTEST" not in _types("The union called off the strike on Friday.")


@pytest.mark.parametrize("text", [
    "President Alan Garcia extended the state of emergency in Ayacucho.",
    "The cabinet declared a nationwide state of emergency after two days of riots.",
    "The president suspended constitutional guarantees and imposed a curfew.",
    "The junta suspended civil liberties across the country.",
])
def test_states_of_exception_are_coerce(text):
    assert first(text, "COERCE").mode in ("martial-law", "curfew")


@pytest.mark.parametrize(("text", "recipient"), [
    ("President Bush ordered nearly 2,000 more troops to Panama.", "PAN"),
    ("Reagan ordered 3,200 troops to Honduras on Wednesday.", "HND"),
    ("The defense minister ordered reinforcements to the border with Honduras.", None),
])
def test_troops_ordered_to_a_place_are_mobilized(text, recipient):
    rec = first(text, "MOBILIZE", "1988-03-17")
    if recipient:
        assert recipient in [e.code for e in rec.recipient]


def test_troops_ordered_to_act_are_no_deployment():
    assert "MOBILIZE" not in _types("The general ordered his troops to withdraw from the town.")


@pytest.mark.parametrize(("text", "etype", "recipient"), [
    ("The United States retaliated by expelling Nicaragua's ambassador.", "SANCTION", "NIC"),
    ("China responded by imposing tariffs on American soybeans.", "SANCTION", "USA"),
    ("Israel hit back by shelling Hezbollah positions.", "ASSAULT", "HEZBOLLAH"),
])
def test_response_told_by_its_means_is_the_means(text, etype, recipient):
    recs = redline.code_text(text, date="1988-07-13")
    assert [r.event_type for r in recs] == [etype], recs
    assert recipient in [e.code for e in recs[0].recipient]


def test_dynamiting_is_a_bombing():
    rec = first("MRTA guerrillas dynamited the offices of a U.S. company.", "ASSAULT", "1988-04-14")
    assert rec.mode == "explosives"
    assert [a.code for a in rec.actor] == ["MRTA"]


def test_subject_misparsed_as_a_dateline_apposition():
    rec = first("SAN SALVADOR, El Salvador (AP) - The FMLN offered to take part in the March "
                "elections if the vote is postponed for six months.", "AGREE", "1989-01-24")
    assert [a.code for a in rec.actor] == ["FMLN"]


@pytest.mark.parametrize(("text", "day"), [
    ("MANAGUA, Nicaragua (AP) - Contra rebels ambushed an army truck near the Honduran "
     "border on Wednesday.", "1987-03-12"),
    ("LIMA, Peru (AP) - Shining Path guerrillas attacked an army patrol near Ayacucho.",
     "1988-05-03"),
])
def test_army_fighting_the_dateline_states_rebels_is_that_states(text, day):
    rec = first(text, "ASSAULT", day)
    home = {"MANAGUA": "NIC", "LIMA": "PER"}[text.split(",")[0]]
    assert [e.code for e in rec.recipient] == [home]


def test_army_default_needs_the_dateline():
    rec = first("Hezbollah guerrillas attacked an army patrol.", "ASSAULT")
    assert [e.code for e in rec.recipient] == [None]
