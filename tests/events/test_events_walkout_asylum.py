"""Leaving negotiations (REJECT meet) and opening borders to a people (AID, asylum), on
sentences we wrote."""

from __future__ import annotations

import redline
from redline.records import EventRecord

DATE = "2025-09-05"
COUNTED = ("asserted", "future", "historical")


def code(text: str) -> list[EventRecord]:
    return redline.code_text(text, date=DATE)


def types(recs: list[EventRecord]) -> set[str]:
    return {r.event_type for r in recs if r.modality in COUNTED}


def test_walking_out_of_talks_is_a_rejection_of_the_meeting():
    recs = code("The Serbian delegation walked out of the talks in Brussels on Monday.")
    rej = [r for r in recs if r.event_type == "REJECT"]
    assert rej and rej[0].mode == "meet" and rej[0].cameo == "125", recs
    assert "PROTEST" not in types(recs), recs


def test_pulling_out_of_negotiations_is_a_rejection_not_a_retreat():
    recs = code("Venezuela pulled out of the negotiations with the opposition on Friday.")
    assert "REJECT" in types(recs) and "RETREAT" not in types(recs), recs


def test_pulling_troops_out_of_a_region_stays_a_retreat():
    recs = code("Russia pulled its troops out of the Kherson region in November.")
    assert "RETREAT" in types(recs) and "REJECT" not in types(recs), recs


def test_opening_borders_to_refugees_is_asylum_aid():
    recs = code("In 2015 Germany opened its borders to refugees fleeing the war in Syria.")
    aid = [r for r in recs if r.event_type == "AID"]
    assert aid and aid[0].cameo == "075", recs


def test_opening_borders_with_no_one_admitted_is_not_aid():
    recs = code("Poland opened its borders on Monday morning.")
    assert "AID" not in types(recs), recs


def test_withholding_approval_is_a_refusal():
    recs = code("The interior ministry withheld approval for the opposition rally.")
    assert "REJECT" in types(recs), recs
