"""Appeals stated as obligations, orders, and general vocabulary of the weaker types (REQUEST,
AID, COOPERATE, MOBILIZE, COERCE, SUPPORT), on sentences we wrote."""

from __future__ import annotations

import pytest

import redline
from redline.records import EventRecord

DATE = "2025-09-05"


def code(text: str) -> list[EventRecord]:
    return redline.code_text(text, date=DATE)


def types(recs: list[EventRecord], counted: bool = True) -> set[str]:
    ok = ("asserted", "future", "historical")
    return {r.event_type for r in recs if not counted or r.modality in ok}


def codes(ents) -> set[str]:
    return {e.code for e in ents if e.code}


def test_obligation_in_reported_speech_is_a_request_to_its_subject():
    recs = code("Moscow said Kyiv must withdraw its forces from the border.")
    req = [r for r in recs if r.event_type == "REQUEST" and r.modality == "asserted"]
    assert req, recs
    assert codes(req[0].actor) == {"RUS"} and codes(req[0].recipient) == {"UKR"}
    assert "RETREAT" not in types(recs)  # the withdrawal itself has not happened


@pytest.mark.parametrize(
    "text",
    [
        "Israel must halt the strikes, the French president said.",
        "The minister said that the government should release the detained journalists.",
        "Tehran said the United States needs to lift its sanctions first.",
        "The European Union says a military escalation must be avoided.",
    ],
)
def test_obligation_variants_are_requests(text):
    assert "REQUEST" in types(code(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Russia said it must defend its citizens abroad.",  # the speaker's own duty
        "The general said the raid must have been planned for weeks.",  # an inference
        "The envoy said the talks should be difficult.",  # an expectation
    ],
)
def test_own_duty_and_inference_are_not_requests(text):
    assert "REQUEST" not in types(code(text)), text


def test_an_appeal_does_not_swallow_what_else_the_sentence_reports():
    recs = code("Angry at the arrest of two activists by police, the minister said officials "
                "must answer for it.")  # fmt: skip
    assert {"COERCE", "REQUEST"} <= types(recs)


def test_order_to_a_party_is_a_request_and_censorship_order_is_coercion():
    assert "REQUEST" in types(code("The court ordered the two editors to appear for questioning."))
    recs = code("The junta ordered the opposition daily to suspend publication for a month.")
    assert "COERCE" in types(recs) and "REQUEST" not in types(recs)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Police pressured the striking workers to return to their jobs.", "REQUEST"),
        ("Thousands of Sudanese families have sought refuge in Chad.", "REQUEST"),
        ("Canadian troops remained on high alert along the border.", "MOBILIZE"),
        ("Seoul reinforced its troop presence on the frontier.", "MOBILIZE"),
        ("Police tightened security around the parliament.", "MOBILIZE"),
        ("The militants used villagers as human shields.", "ASSAULT"),
        ("The army declared martial law in the capital.", "COERCE"),
        ("The president declared a state of siege in two provinces.", "COERCE"),
        ("The two governments reached an agreement on fishing rights.", "SUPPORT"),
        ("Britain and Norway agreed to a new energy deal.", "SUPPORT"),
        ("French prosecutors shared evidence with their Belgian counterparts.", "COOPERATE"),
        ("The armies of Chile and Peru performed joint war games.", "COOPERATE"),
        ("Japan lent $2 billion to Sri Lanka.", "AID"),
        ("The charity flew 20 tons of medicine into Gaza.", "AID"),
        ("Ankara began a new military operation against the militants.", "ASSAULT"),
    ],
)
def test_general_vocabulary(text, etype):
    assert etype in types(code(text)), (text, code(text))


def test_relief_flown_into_a_place_is_not_an_attack():
    assert "ASSAULT" not in types(code("The charity flew 20 tons of medicine into Gaza."))


def test_reinforcing_a_commitment_is_no_mobilization():
    assert "MOBILIZE" not in types(code("Germany reinforced its commitment to the refugees."))


def test_struggling_to_reach_a_deal_is_no_deal():
    recs = code("Diplomats struggled to reach a deal on the border dispute.")
    assert "SUPPORT" not in types(recs) and "AGREE" not in types(recs)


def test_phone_call_purpose_is_what_was_said():
    # the call is how the support was expressed: one SUPPORT, not a CONSULT besides
    recs = code("The minister phoned his Indian counterpart to express support after the floods.")
    assert "SUPPORT" in types(recs) and "CONSULT" not in types(recs)


def test_a_promised_attack_is_one_threat_not_a_future_attack():
    recs = code("Ankara will start a fresh military operation against the militants.")
    assert {(r.event_type, r.modality) for r in recs} == {("THREATEN", "asserted")}, recs

