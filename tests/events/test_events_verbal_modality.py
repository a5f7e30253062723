"""Verbal events and modality, round three: dispatched work, stated blame, refusals by a
pronoun subject, vows, boycotts, orders in the passive, defiance, meals and honours. All
sentences are our own."""

from __future__ import annotations

import pytest

import redline
from redline.records import EventRecord

DATE = "2025-09-05"
COUNTED = ("asserted", "future", "historical")


def code(text: str) -> list[EventRecord]:
    return redline.code_text(text, date=DATE)


def of_type(recs: list[EventRecord], etype: str) -> list[EventRecord]:
    return [r for r in recs if r.event_type == etype and r.modality in COUNTED]


def codes(ents) -> set[str]:
    return {e.code for e in ents if e.code}


# -- purpose of a dispatch ------------------------------------------------------------------


def test_team_sent_to_investigate_is_an_investigation():
    recs = code("Japan sent inspectors to Ghana to investigate the collapse of the bridge.")
    acc = of_type(recs, "ACCUSE")
    assert acc and acc[0].modality == "asserted" and codes(acc[0].actor) == {"JPN"}


def test_future_dispatch_makes_the_work_future():
    recs = code("Kenya will send experts to Sudan to investigate the crash.")
    assert [r.modality for r in of_type(recs, "ACCUSE")] == ["future"]


def test_operation_launched_to_arrest_is_an_arrest():
    recs = code("The army launched an operation to arrest the rebel commanders.")
    assert of_type(recs, "COERCE")


@pytest.mark.parametrize(
    "text",
    [
        "Britain urged the UN to investigate the killings.",
        "The ministry opened talks to end the dispute over the dam.",
    ],
)
def test_an_aim_alone_stays_unreal(text):
    recs = code(text)
    assert not of_type(recs, "ACCUSE") and not of_type(recs, "CONCEDE")


def test_purpose_of_an_accused_dispatch_stays_inside_the_accusation():
    recs = code("Kinshasa accused Kigali of sending troops across the border to back the rebels.")
    assert of_type(recs, "ACCUSE")
    assert not of_type(recs, "SUPPORT")


# -- blame stated as a content clause ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi government said Islamic State fighters were behind the attack.",
        "Kabul said Taliban militants were responsible.",
        "Washington said Moscow was behind the hacking of the election.",
    ],
)
def test_stated_blame_is_an_accusation(text):
    assert of_type(code(text), "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the agency was responsible for education policy.",
        "The rebels said they were responsible for the attack.",
    ],
)
def test_duties_and_own_claims_are_not_accusations(text):
    assert not of_type(code(text), "ACCUSE")


# -- refusals, vows, boycotts ---------------------------------------------------------------


def test_refusal_by_a_pronoun_subject_is_a_rejection():
    recs = code("The nurses said that they will not end their walkout before their pay is raised.")
    assert of_type(recs, "REJECT")


def test_sworn_vow_to_fight_is_a_threat_and_its_until_clause_is_open():
    recs = code("The rebels have sworn to fight until they capture the capital.")
    assert of_type(recs, "THREATEN")
    assert not of_type(recs, "COERCE")


def test_sworn_in_is_not_a_vow():
    assert not of_type(code("The new president was sworn in on Monday."), "THREATEN")


def test_announced_boycott_by_a_government_is_a_threat():
    recs = code("Iran said it would boycott the Olympic Games.")
    assert of_type(recs, "THREATEN")
    assert not of_type(recs, "PROTEST") and not of_type(recs, "ACCUSE")


def test_boycott_by_a_government_is_a_boycott():
    recs = code("The Chinese government boycotted the ceremony.")
    assert of_type(recs, "PROTEST") and not of_type(recs, "ACCUSE")


# -- orders ----------------------------------------------------------------------------------


def test_passive_order_to_suspend_publication_is_coercion():
    recs = code("Two opposition newspapers were ordered to suspend publication on Monday.")
    assert of_type(recs, "COERCE")


def test_order_with_a_participle_is_the_coercion():
    recs = code("A judge in Madrid has ordered four former regional ministers jailed.")
    coerce = of_type(recs, "COERCE")
    assert coerce and codes(coerce[0].actor) == {"ESP"}


# -- vocabulary ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, etype",
    [
        ("Chile has violated a UN ban on arms exports.", "REJECT"),
        ("The militia flouted the curfew imposed by the army.", "REJECT"),
        ("Merkel had dinner with Obama in Berlin.", "CONSULT"),
        ("Macron hosted a state dinner for the Indian prime minister.", "CONSULT"),
        ("Norway awarded the peace prize to the Ethiopian prime minister.", "SUPPORT"),
    ],
)
def test_cameo_vocabulary(text, etype):
    assert of_type(code(text), etype)


def test_court_awarding_damages_is_not_praise():
    assert not of_type(code("The court awarded damages to the victims."), "SUPPORT")


# -- stated and reported intentions -----------------------------------------------------------


def test_future_aid_reported_by_another_is_an_agreement_of_the_giver():
    recs = code("The Philippine government will provide aid to the flood victims, the Palace said.")
    agree = of_type(recs, "AGREE")
    assert agree and codes(agree[0].actor) == {"PHL"}


def test_future_attack_reported_by_analysts_is_not_a_threat():
    assert not of_type(code("Analysts said Russia will attack Kyiv."), "THREATEN")


def test_announced_deployment_to_an_ally_is_no_threat():
    recs = code("The Dutch minister said the Netherlands would send 200 soldiers to Lithuania.")
    assert not of_type(recs, "THREATEN")
    assert [r for r in recs if r.event_type == "MOBILIZE" and r.modality == "future"]


def test_uncoded_speaker_promising_aid_agrees():
    recs = code("The Ohio Department of Health says it will give a grant to the county hospital.")
    assert of_type(recs, "AGREE")


# -- modality traps ---------------------------------------------------------------------------


def test_past_negation_does_not_hold_back_a_before_clause():
    recs = code("The ministry said it had not been informed before troops raided the village.")
    assert of_type(recs, "COERCE")


def test_past_negation_does_not_hold_back_an_until_clause():
    recs = code("The rebels did not leave the town until the army shelled it.")
    assert of_type(recs, "ASSAULT")


def test_never_hesitated_asserts_the_act():
    recs = code("The president never hesitated to criticize Beijing.")
    assert of_type(recs, "ACCUSE")


# -- options kept open ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Ankara has not ruled out a ground operation against Kurdish militias.",
    "The Kremlin did not rule out using nuclear weapons.",
    "Washington refused to rule out new sanctions on Caracas.",
])
def test_not_excluding_force_or_sanctions_is_a_threat(text):
    recs = code(text)
    assert of_type(recs, "THREATEN")
    assert not of_type(recs, "REJECT")


def test_not_excluding_talks_is_an_offer():
    recs = code("Berlin has not ruled out talks with the junta in Niamey.")
    assert codes(of_type(recs, "AGREE")[0].actor) == {"DEU"}


def test_ruling_out_talks_stays_a_rejection():
    recs = code("The government in Kabul ruled out any talks with the kidnappers.")
    assert of_type(recs, "REJECT") and not of_type(recs, "AGREE")


@pytest.mark.parametrize("text", [
    "Any incursion into our airspace will be met with force, the general said.",
    "The marchers were met with tear gas outside parliament.",
])
def test_met_with_force_is_no_meeting(text):
    assert not of_type(code(text), "CONSULT")


def test_sides_that_exchange_fire_attack_each_other():
    recs = of_type(code("Indian and Pakistani troops traded fire across the Line of Control."),
                   "ASSAULT")
    assert recs and codes(recs[0].actor) | codes(recs[0].recipient) == {"IND", "PAK"}


def test_unnamed_sentencer_is_a_court():
    recs = of_type(code("The opposition leader was sentenced to 12 years in prison."), "COERCE")
    assert recs and recs[0].actor[0].sector == "JUD"


@pytest.mark.parametrize("text", [
    "Moscow is ready for talks with Kyiv, the Kremlin said.",
    "Tehran is prepared for negotiations with Washington.",
])
def test_ready_for_talks_is_an_offer_not_a_meeting(text):
    recs = code(text)
    assert not of_type(recs, "CONSULT")
    agree = of_type(recs, "AGREE")
    assert agree and len(codes(agree[0].actor)) == 1
