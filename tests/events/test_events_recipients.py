"""Recipients the trigger's own slots leave empty (events.recipients and the verb+object
rules): joint acts, the party acted on, who is asked, who undergoes an event; indirect
objects, the party contacted, a threat's condition, a proposal's maker, a statement's issuer,
stray passive agents; a protest's target, parties "between" A and B, coordinated modifiers
of a joint act, the body a complaint goes to."""

from __future__ import annotations

import pytest
from event_helpers import DATE, first

import redline


def codes(ents) -> set[str]:
    return {e.code for e in ents if e.code}


def codes_or_country(ents) -> set[str]:
    return {c for e in ents for c in (e.code, e.country) if c}


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    [
        ("Chile and Peru agreed to resume trade talks.", "AGREE", "CHL", "PER"),
        ("Egypt and Jordan signed a water-sharing accord on Monday.", "SUPPORT", "EGY", "JOR"),
        ("Norway signed a security treaty with Sweden.", "SUPPORT", "NOR", "SWE"),
        ("Finland closed its border with Russia.", "SANCTION", "FIN", "RUS"),
        ("Estonia expelled a Russian diplomat on Monday.", "SANCTION", "EST", "RUS"),
        ("Japan summoned the South Korean envoy over the drills.", "ACCUSE", "JPN", "KOR"),
        ("China demanded that the United States cancel the arms sale.", "REQUEST", "CHN",
         "USA"),
        ("Hungary drew sharp criticism from the European Commission over the media law.",
         "ACCUSE", "EU", "HUN"),
        # the threatened act's target, not its instrument
        ("ECOWAS threatened to use force against the junta in Niamey.", "THREATEN", "ECOWAS",
         "NER"),
    ],
)
def test_recipient_found(text, etype, actor, recipient):
    rec = first(text, etype)
    assert codes(rec.actor) == {actor}, rec
    assert recipient in codes(rec.recipient), rec


def test_agreement_topic_is_not_the_counterpart():
    rec = first("India and Pakistan agreed to a ceasefire along the frontier.", "AGREE")
    assert codes(rec.actor) == {"IND"} and "PAK" in codes(rec.recipient)


def test_named_counterpart_keeps_both_subjects_as_actors():
    rec = first("France and Germany agreed with Italy to share the costs.", "AGREE")
    assert codes(rec.actor) == {"FRA", "DEU"} and codes(rec.recipient) == {"ITA"}


def test_investigation_against_a_person():
    rec = first("The prosecutor ordered an investigation against the former mayor.", "ACCUSE")
    assert "mayor" in rec.recipient[0].text


def test_possessive_pronoun_bound_by_light_verb_subject():
    rec = first("Ukrainian forces began their assault against the occupied town.", "ASSAULT")
    assert codes(rec.actor) == {"UKR"}


def test_undergoing_without_a_doer_adds_no_event():
    recs = redline.code_text("The dissidents say they face imprisonment at home.", date=DATE)
    assert not [r for r in recs if r.event_type == "COERCE"]


def test_two_people_of_one_government_are_actor_and_recipient():
    rec = first("President Zelensky met Prime Minister Denys Shmyhal in Kyiv on Monday.",
                "CONSULT")  # fmt: skip
    assert [e.name for e in rec.recipient] == ["Denys Shmyhal"], rec


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    [
        # dative: the one given something
        ("Turkey gave Sweden a deadline to act on the extradition requests.", "THREATEN",
         "TUR", "SWE"),
        # what is said on a call is said to the one called
        ("Scholz called Zelensky on Tuesday to congratulate him on the vote.", "SUPPORT",
         "DEU", "UKR"),
        # a threat's condition names whom it is aimed at
        ("Iran threatened to leave the talks if Israel strikes its reactor.", "THREATEN",
         "IRN", "ISR"),
        # rejecting an offer is rejecting whoever made it
        ("Serbia rejected an offer from Kosovo to hold talks in Brussels.", "REJECT", "SRB",
         "KOS"),
        ("Armenia rejected Azerbaijan's proposal for a new border commission.", "REJECT", "ARM",
         "AZE"),
        # a statement condemning X: the issuer condemns
        ("Human Rights Watch released a report accusing the Ethiopian army of abuses.",
         "ACCUSE", "HRW", "ETH"),
    ],
)
def test_recipients_given_contacted_or_conditioned(
    text: str, etype: str, actor: str, recipient: str
) -> None:
    rec = first(text, etype)
    assert actor in codes(rec.actor) | {e.country for e in rec.actor}
    assert recipient in codes(rec.recipient) | {e.country for e in rec.recipient}


def test_refusal_until_condition() -> None:
    rec = first("Washington said it will not ease the embargo until Cuba frees its prisoners.",
                "REJECT")
    assert "CUB" in codes(rec.recipient)


def test_stray_passive_agent() -> None:
    rec = first("The mayor was accused of misusing public funds by the Kenyan government.",
                "ACCUSE")
    assert "KEN" in codes(rec.actor)


def test_means_is_not_an_agent() -> None:
    rec = first("The general was accused of killing civilians by shooting them.", "ACCUSE")
    assert not rec.actor


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    [
        # a protest's purpose names its target, or the maker of what is protested
        ("Nurses in Kenya went on strike in protest against the government's new pay policy.",
         "PROTEST", "KEN", "KEN"),
        # mediation and talks between two parties
        ("Qatar hosted talks between the United States and the Taliban.", "CONSULT", "QAT",
         "USA"),
        ("Norway offered mediation between Colombia and the ELN rebels.", "AGREE", "NOR", "COL"),
        # coordinated modifiers: one side acts, the other is its counterpart
        ("UK and EU negotiators failed to reach a deal.", "REJECT", "GBR", "EU"),
        # a complaint naming no accused goes to the body it is lodged with
        ("Iran filed a complaint to the Security Council over the drone strike.", "ACCUSE",
         "IRN", "UN"),
    ],
)
def test_recipients_of_protests_and_joint_acts(
    text: str, etype: str, actor: str, recipient: str
) -> None:
    rec = first(text, etype)
    assert actor in codes_or_country(rec.actor)
    assert recipient in codes_or_country(rec.recipient)


def test_protest_against_decision_maker() -> None:
    rec = first("Hundreds of inmates began a hunger strike to protest Turkey's decision.",
                "PROTEST")
    assert "TUR" in codes_or_country(rec.recipient)


def test_accused_before_addressee() -> None:
    rec = first("Ukraine filed a complaint with the International Court of Justice against "
                "Russia.", "ACCUSE")
    assert codes_or_country(rec.recipient) == {"RUS"}


def test_legislative_chambers_split() -> None:
    rec = first("House and Senate negotiators reached a deal on the budget.", "SUPPORT")
    assert [e.text for e in rec.actor] == ["House"]
    assert [e.text for e in rec.recipient] == ["Senate negotiators"]


def test_one_side_not_split() -> None:
    rec = first("Senior and junior officials met in Geneva.", "CONSULT")
    assert not rec.recipient
