"""The rules the trap set (test_events_traps.py) led to, one construction each with more
than one wording: "no longer", "neither ... nor", yes/no questions about plans, a leader
naming their own state in an obligation, "our X" in a quote, and a quote whose speaker is
named in the sentence before or after it."""

from __future__ import annotations

import pytest

import redline
from redline.nlp.pipeline import load_nlp
from redline.nlp.quotes import find_quotes

DATE = "2024-05-01"


def _kinds(text: str) -> set[tuple[str, str]]:
    return {(r.event_type, r.modality) for r in redline.code_text(text, date=DATE)}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Turkey no longer supplies drones to Ethiopia.", "AID"),
        ("The EU will no longer fund the Palestinian Authority.", "AID"),
        ("Washington no longer backs the Saudi-led coalition in Yemen.", "SUPPORT"),
    ],
)
def test_no_longer_negates(text: str, etype: str) -> None:
    kinds = _kinds(text)
    assert (etype, "asserted") not in kinds and (etype, "negated") in kinds


@pytest.mark.parametrize(
    "text",
    [
        "Neither Russia nor Ukraine shelled the plant on Sunday.",
        "Neither side attacked the convoy, the monitors said.",
    ],
)
def test_neither_subject_negates(text: str) -> None:
    kinds = _kinds(text)
    assert ("ASSAULT", "asserted") not in kinds and ("ASSAULT", "negated") in kinds


@pytest.mark.parametrize(
    "text",
    [
        "Is Israel preparing to invade Rafah?",
        "Is Russia planning to attack the Baltic states?",
        "Does China intend to blockade Taiwan?",
    ],
)
def test_question_about_a_plan_is_no_threat(text: str) -> None:
    kinds = _kinds(text)
    assert not {k for k in kinds if k[1] == "asserted"}, kinds


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Erdogan said Turkey might have to send troops to Libya.", False),
        ("Netanyahu said Israel must defend itself against Hezbollah.", False),
        ("Putin said Ukraine must withdraw its troops from the four regions.", True),
        ("Biden said Congress must pass the aid package for Ukraine.", True),
    ],
)
def test_own_state_named_in_an_obligation_is_no_request(text: str, asks: bool) -> None:
    assert (("REQUEST", "asserted") in _kinds(text)) is asks


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ('"Our soldiers opened fire on the intruders," the Indian army said.', "IND", None),
        ('"Hamas fired rockets at our cities," the Israeli military said.', "HAMAS", "ISR"),
        ('"The rebels attacked my convoy," the Malian president said.', None, "MLI"),
    ],
)
def test_our_in_a_quote_is_the_speakers_side(text: str, actor: str | None,
                                             recipient: str | None) -> None:
    recs = [r for r in redline.code_text(text, date=DATE) if r.event_type == "ASSAULT"]
    assert recs, redline.code_text(text, date=DATE)
    if actor:
        assert actor in {e.code for e in recs[0].actor}, recs
    if recipient:
        assert recipient in {e.code for e in recs[0].recipient}, recs


def test_our_allies_are_not_the_speaker() -> None:
    recs = redline.code_text('"Our allies bombed the depot," the Yemeni minister said.', date=DATE)
    assert not any("YEM" in {e.code for e in r.actor} for r in recs), recs


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Erdogan was defiant on Saturday. "We will not stop."', "Erdogan"),
        ('Zelensky addressed parliament. "Russia shelled our cities again."', "Zelensky"),
        ('"We will not retreat." Netanyahu spoke to reporters in Jerusalem.', "Netanyahu"),
    ],
)
def test_quote_speaker_in_the_next_or_previous_sentence(text: str, speaker: str) -> None:
    quotes = find_quotes(load_nlp()(text))
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.text == speaker


def test_a_quote_after_an_event_sentence_has_no_speaker() -> None:
    quotes = find_quotes(load_nlp()('Russian jets bombed the market. "It was a massacre."'))
    assert quotes and quotes[0].speaker is None
