"""Subjects hidden by a misparse of a long subject phrase ("The Red Cross working in X
said", "Volunteers from a French charity collected and shipped"), and a people acting on its
own state named outright ("Catalans ... calling for independence from Spain")."""

from __future__ import annotations

from event_helpers import first


def test_participle_after_the_speaker_is_no_clausal_subject():
    rec = first("The Red Cross working in Sudan said rebel forces must allow convoys through.",
                "REQUEST")  # fmt: skip
    assert [a.code for a in rec.actor] == ["ICRC"], rec


def test_operating_in_a_country_speaker_keeps_its_code():
    rec = first("The Red Cross active in Yemen said that the warring parties must spare "
                "the hospitals in Hodeidah.", "REQUEST")  # fmt: skip
    assert [a.code for a in rec.actor] == ["ICRC"], rec


def test_root_noun_is_the_doer_of_a_verb_hung_on_its_phrase():
    rec = first("Volunteers from a French charity collected and shipped blankets to a camp "
                "in Chad.", "AID")  # fmt: skip
    assert [a.code for a in rec.actor] == ["FRA"], rec


def test_people_demanding_independence_from_their_state():
    rec = first("Hundreds of Catalans rallied in the eastern city of Girona on Monday calling "
                "for independence from Spain, organisers said.", "PROTEST")  # fmt: skip
    assert [r.code for r in rec.recipient] == ["ESP"], rec


def test_a_people_of_a_state_rallying_against_it_keeps_it_as_target():
    rec = first("Thousands of Sri Lankan Tamils marched in Jaffna on Friday calling for "
                "independence from Sri Lanka.", "PROTEST")  # fmt: skip
    assert [r.code for r in rec.recipient] == ["LKA"], rec
