"""Recipients the trigger's own slots leave empty: joint acts, the party acted on, who is
asked, who undergoes an event (events.recipients and the verb+object rules)."""

from __future__ import annotations

import pytest

import redline

DATE = "2025-09-05"


def first(text: str, etype: str):
    recs = [r for r in redline.code_text(text, date=DATE) if r.event_type == etype]
    assert recs, redline.code_text(text, date=DATE)
    return recs[0]


def codes(ents) -> set[str]:
    return {e.code for e in ents if e.code}


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
    rec = first("Ukrainian forces have begun their assault on the occupied town.", "ASSAULT")
    assert codes(rec.actor) == {"UKR"}


def test_undergoing_without_a_doer_adds_no_event():
    recs = redline.code_text("The dissidents say they face imprisonment at home.", date=DATE)
    assert not [r for r in recs if r.event_type == "COERCE"]


def test_two_people_of_one_government_are_actor_and_recipient():
    rec = first("President Zelensky met Prime Minister Denys Shmyhal in Kyiv on Monday.",
                "CONSULT")  # fmt: skip
    assert [e.name for e in rec.recipient] == ["Denys Shmyhal"], rec

