"""Constructions that look like one event type and report another or none: advisories that
are no threats, verbal attacks, courtesy calls, peacekeepers on the move, participles misread
as verbs, conversations that only carry a statement, acts stopped short of, questions and
"no comment". The sentences are our own."""

from __future__ import annotations

import pytest
from event_helpers import counted_types, first

import redline

DATE = "2025-06-01"


# (sentence, a type the coder must not give it)
NOT_THIS_TYPE: list[tuple[str, str]] = [
    # advisories: no threatener, no harm promised
    ("The Foreign Office issued a travel warning for Haiti on Monday.", "THREATEN"),
    ("Forecasters issued a storm warning for the southern coast.", "THREATEN"),
    ("Authorities issued a flood warning for three districts near the river.", "THREATEN"),
    ("Japan issued a health warning for travellers to the region.", "THREATEN"),
    ("The embassy issued a safety warning for its citizens in Beirut.", "THREATEN"),
    # attacks on texts, measures and processes are criticism
    ("The senator led the attack on the new immigration bill.", "ASSAULT"),
    ("Opposition leaders attacked the budget as reckless on Tuesday.", "ASSAULT"),
    ("Two governors launched an attack on the court's ruling.", "ASSAULT"),
    # "called on" a person with no appeal to them is a visit
    ("A delegation of the farmers' union called on the governor on Friday.", "REQUEST"),
    ("The new ambassador called on Prime Minister Sharif to discuss trade ties.", "REQUEST"),
    # peacekeepers deploying are PLOVER AID (CAMEO 074), not a buildup
    ("Dozens of Zambian peacekeepers began deploying on Tuesday.", "MOBILIZE"),
    ("Bangladeshi peacekeepers started arriving in Juba on Monday.", "MOBILIZE"),
    # a participle read by the parser as a verb with a clause
    ("Police said Saturday detained opposition leader Ana Ruiz has begun a hunger strike.",
     "COERCE"),
    # the conversation is the channel of what was said on it
    (
        "Speaking to Xi, the Kenyan president pledged that Nairobi would keep backing "
        "Beijing's position on Taiwan.",
        "CONSULT",
    ),
    # acts stopped short of were not done
    ("The minister stopped short of endorsing the peace plan.", "SUPPORT"),
    ("Washington stopped short of imposing sanctions on the firm.", "SANCTION"),
    ("The report fell short of accusing the army of war crimes.", "ACCUSE"),
    # a prepared offensive has not been launched
    ("The army is preparing a major offensive against the rebels.", "ASSAULT"),
    # questions and "no comment"
    ("The former president visited the ailing cleric and asked about his health.", "REQUEST"),
    ("When asked about the sanctions, the minister declined to comment.", "REJECT"),
    ("The embassy refused to comment on the report.", "REJECT"),
    # the other object of "received" decides its sense too
    ("The army received trucks and support from its allies.", "CONSULT"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_THIS_TYPE)
def test_not_this_type(text: str, etype: str) -> None:
    assert etype not in counted_types(text), redline.code_text(text, date=DATE)


# (sentence, the type it reports)
STILL_CODED: list[tuple[str, str]] = [
    ("Russia issued a stern warning to Kyiv over the drone strikes.", "THREATEN"),
    ("Rebels launched an attack on the town at dawn.", "ASSAULT"),
    ("Gunmen attacked a police post and a school.", "ASSAULT"),
    ("The UN called on both sides to respect the truce.", "REQUEST"),
    ("The EU called on Iran to release the tanker.", "REQUEST"),
    ("Protesters called on the president to resign.", "PROTEST"),
    ("Troops captured the town, officials said.", "COERCE"),
    ("Putin spoke to Erdogan by phone on Monday.", "CONSULT"),
    ("Rebels launched a major offensive against the army.", "ASSAULT"),
    ("Kyiv asked Berlin to send more tanks.", "REQUEST"),
    ("Iran refused to release the tanker.", "REJECT"),
    ("The premier received the Chinese foreign minister in Hanoi.", "CONSULT"),
]


@pytest.mark.parametrize(("text", "etype"), STILL_CODED)
def test_still_coded(text: str, etype: str) -> None:
    assert etype in counted_types(text), redline.code_text(text, date=DATE)


def test_verbal_attack_is_accuse() -> None:
    rec = first("The senator led the attack on the new immigration bill.", "ACCUSE", date=DATE)
    assert rec.mode == "disapprove"


def test_courtesy_call_is_visit() -> None:
    rec = first("A delegation of the farmers' union called on the governor on Friday.", "CONSULT")
    assert rec.mode == "visit"
    assert [e.text for e in rec.recipient] == ["the governor"]


def test_peacekeepers_deploying_are_aid() -> None:
    rec = first("Dozens of Zambian peacekeepers began deploying on Tuesday.", "AID")
    assert [e.code for e in rec.actor] == ["ZMB"]


def test_stopped_short_keeps_doer() -> None:
    recs = redline.code_text("Washington stopped short of imposing sanctions on the firm.",
                             date=DATE)
    rec = next(r for r in recs if r.event_type == "SANCTION")
    assert rec.modality == "negated"
    assert [e.code for e in rec.actor] == ["USA"]
