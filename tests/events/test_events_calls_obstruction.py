"""Phone calls, road blockades, symbolic damage, withdrawn peacekeepers, mediation, deadlines,
prison sentences and refusals by unnamed groups, on sentences we wrote."""

from __future__ import annotations

import pytest

import redline
from redline.records import EventRecord

DATE = "2025-09-05"
COUNTED = ("asserted", "future", "historical")


def code(text: str) -> list[EventRecord]:
    return redline.code_text(text, date=DATE)


def counted(recs: list[EventRecord], etype: str) -> list[EventRecord]:
    return [r for r in recs if r.event_type == etype and r.modality in COUNTED]


def codes(ents) -> set[str]:
    return {e.code for e in ents if e.code}


def test_a_call_to_a_leader_is_a_phone_consultation():
    recs = code("Emmanuel Macron called Volodymyr Zelensky on Tuesday about the front.")
    call = [r for r in counted(recs, "CONSULT") if r.mode == "phone"]
    assert call, recs
    assert codes(call[0].actor) == {"FRA"} and codes(call[0].recipient) == {"UKR"}


def test_a_call_made_to_express_solidarity_is_the_support_said_on_it():
    recs = code("Emmanuel Macron called Volodymyr Zelensky on Tuesday to express his solidarity.")
    assert not counted(recs, "CONSULT"), recs  # the call is only how it was said
    support = counted(recs, "SUPPORT")
    assert support and codes(support[0].actor) == {"FRA"}  # the caller, not the one called
    assert codes(support[0].recipient) == {"UKR"}


@pytest.mark.parametrize(
    "text",
    [
        "Biden called Putin a killer.",
        "The prime minister called elections for May.",
        "The foreign minister called on Russia to withdraw its troops.",
        "A group called Hamas claimed the attack.",
        "The union called off the strike.",
    ],
)
def test_other_uses_of_call_are_not_phone_calls(text):
    assert not [r for r in code(text) if r.mode == "phone"]


def test_protesters_blocking_a_road_protest_police_blocking_it_coerce():
    recs = code("Hundreds of farmers blocked the main highway to the capital on Monday.")
    assert [r.mode for r in counted(recs, "PROTEST")] == ["obstruct"]
    recs = code("Police blocked the roads leading to parliament.")
    assert counted(recs, "COERCE") and not counted(recs, "PROTEST")
    recs = code("Rebels blocked the highway to the capital on Sunday.")  # armed, not a protest
    assert counted(recs, "COERCE") and not counted(recs, "PROTEST")
    recs = code("Striking workers blockaded the port.")  # a blockade by civilians
    assert [r.mode for r in counted(recs, "PROTEST")] == ["obstruct"], recs
    assert not code("A landslide blocked the road to the village.")


def test_burning_a_flag_is_a_symbolic_protest_not_an_assault():
    recs = code("Protesters burned an effigy of the prime minister outside the embassy.")
    assert [r.mode for r in counted(recs, "PROTEST")] == ["vandalize"]
    assert not counted(recs, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations withdrew its peacekeepers from the border zone.",
        "The OSCE pulled its observers out of the region.",
        "Norway ended its mediation effort between the government and the rebels.",
    ],
)
def test_withdrawing_peacekeepers_observers_or_mediation_is_a_sanction(text):
    recs = code(text)
    assert [r.mode for r in counted(recs, "SANCTION")] == ["withdraw"], recs
    assert not counted(recs, "RETREAT")


def test_launching_a_mediation_effort_is_a_consultation():
    recs = code("Qatar launched a mediation effort between Kenya and Somalia.")
    consult = counted(recs, "CONSULT")
    assert consult and codes(consult[0].recipient) == {"KEN", "SOM"}


def test_a_deadline_given_to_a_party_is_an_ultimatum():
    recs = code("London gave Moscow a deadline to explain the poisoning.")
    threat = counted(recs, "THREATEN")
    assert threat and threat[0].cameo == "139"


def test_a_prison_sentence_is_coerce_arrest_other_sentences_stay_sanction():
    recs = code("The court sentenced the journalist to five years in prison.")
    assert [r.mode for r in counted(recs, "COERCE")] == ["arrest"]
    recs = code("The court sentenced the former minister to a heavy fine.")
    assert counted(recs, "SANCTION") and not counted(recs, "COERCE")


def test_training_soldiers_is_military_aid():
    recs = code("British instructors trained Ukrainian soldiers in Poland.")
    assert [r.cameo for r in counted(recs, "AID")] == ["072"]


def test_a_union_that_will_not_end_its_strike_rejects():
    recs = code("The teachers' union said it will not end its strike before wages rise.")
    assert counted(recs, "REJECT")
