"""Second-round recipients and actors: indirect objects, the party contacted, conditions of a
threat, the maker of a rejected proposal, the issuer of a statement, stray passive agents."""

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
def test_recipients(text: str, etype: str, actor: str, recipient: str) -> None:
    rec = first(text, etype)
    assert actor in codes(rec.actor) | {e.country for e in rec.actor}
    assert recipient in codes(rec.recipient) | {e.country for e in rec.recipient}


def test_refusal_until_condition() -> None:
    rec = first("Washington said it will not lift the embargo until Cuba frees its prisoners.",
                "REJECT")
    assert "CUB" in codes(rec.recipient)


def test_stray_passive_agent() -> None:
    rec = first("The mayor was accused of misusing public funds by the Kenyan government.",
                "ACCUSE")
    assert "KEN" in codes(rec.actor)


def test_means_is_not_an_agent() -> None:
    rec = first("The general was accused of killing civilians by shooting them.", "ACCUSE")
    assert not rec.actor
