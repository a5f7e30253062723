"""Actors the coder used to miss: state justice acting in a place with no one named, a "by"
phrase that the parser hung deep in a passive's complement, uncoded groups of people named by
what they are, and a misspelt country as the subject."""

from __future__ import annotations

from event_helpers import first

import redline


def test_charged_in_a_country_is_that_states_prosecutors():
    rec = first("Two Belgian climbers were charged in Nepal with scaling a closed peak.", "ACCUSE")
    assert [a.code for a in rec.actor] == ["NPL"], rec


def test_indicted_in_a_country_is_that_states_prosecutors():
    rec = first("Four bank managers were indicted in Chile over a bribery scheme.", "ACCUSE")
    assert [a.code for a in rec.actor] == ["CHL"], rec


def test_put_under_investigation_in_a_country_is_its_authorities():
    rec = first("An Australian yachtsman has been put under investigation in Greece after "
                "the collision.", "ACCUSE")  # fmt: skip
    assert [a.code for a in rec.actor] == ["GRC"], rec


def test_placed_under_investigation_place_on_the_noun():
    rec = first("A Dutch journalist was placed under investigation in Turkey.", "ACCUSE")
    assert [a.code for a in rec.actor] == ["TUR"], rec


def test_an_allegation_in_a_country_is_not_its_state():
    rec = first("The singer was accused in Kenya of copying a rival's song.", "ACCUSE")
    assert not any(a.code == "KEN" for a in rec.actor), rec


def test_by_phrase_deep_in_the_complement_is_the_passive_agent():
    rec = first("The former governor has been accused of hiding assets worth millions by "
                "officials of the new administration.", "ACCUSE")  # fmt: skip
    assert any("officials" in a.text for a in rec.actor), rec


def test_by_force_is_a_means_not_an_agent():
    rec = first("The mayor was accused of seizing farmland by force.", "ACCUSE")
    assert not rec.actor, rec


def test_by_phrase_of_an_embedded_participle_is_not_the_agent():
    rec = first("The editor was accused of publishing letters written by hackers.", "ACCUSE")
    assert not any("hackers" in a.text for a in rec.actor), rec


def test_hackers_are_a_doer():
    rec = first("Hackers have defaced the websites of two ministries.", "COERCE")
    assert any("Hackers" in a.text for a in rec.actor), rec


def test_fundamentalists_keep_their_hunger_strike():
    rec = first("Jailed fundamentalists continued their hunger strike for a fourth week.",
                "PROTEST")
    assert any("fundamentalists" in a.text for a in rec.actor), rec


def test_misspelt_country_subject_is_that_country():
    rec = first("Ethopia has agreed to reopen its embassy in Cairo.", "AGREE")
    assert [a.code for a in rec.actor] == ["ETH"], rec
    rec = first("Venezeula has expelled the Spanish ambassador.", "SANCTION")
    assert [a.code for a in rec.actor] == ["VEN"], rec


def test_known_names_one_letter_off_a_country_stay_themselves():
    for text in ("Cameron rejected the offer of talks.", "Columbia rejected the offer of talks.",
                 "Granada rejected the offer of talks.", "Siberia rejected the offer of talks."):
        for rec in redline.code_text(text, date="2025-09-05"):
            assert not any(a.code in ("CMR", "COL", "GRD", "LBR") for a in rec.actor), rec


def test_agent_of_a_participle_modifying_a_noun_is_the_actor():
    rec = first("The number of civilians evacuated from Sudan by Britain rose to 2,000.", "AID")
    assert [a.code for a in rec.actor] == ["GBR"], rec


def test_a_thing_after_by_is_no_actor_of_a_participle():
    for rec in redline.code_text("Leaders discussed a loan to Kyiv backed by frozen Russian "
                                 "state assets.", date="2025-09-05"):  # fmt: skip
        assert not any(a.code == "RUS" for a in rec.actor), rec
