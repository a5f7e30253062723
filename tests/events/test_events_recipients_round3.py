"""Third-round recipients: the target of a protest named in its purpose, parties named by
"between", coordinated modifiers of a joint act's actor, and the body a complaint goes to."""

from __future__ import annotations

import pytest

import redline

DATE = "2025-09-05"


def first(text: str, etype: str):
    recs = [r for r in redline.code_text(text, date=DATE) if r.event_type == etype]
    assert recs, redline.code_text(text, date=DATE)
    return recs[0]


def codes(ents) -> set[str]:
    return {c for e in ents for c in (e.code, e.country) if c}


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
def test_recipients(text: str, etype: str, actor: str, recipient: str) -> None:
    rec = first(text, etype)
    assert actor in codes(rec.actor)
    assert recipient in codes(rec.recipient)


def test_protest_against_decision_maker() -> None:
    rec = first("Hundreds of inmates began a hunger strike to protest Turkey's decision.",
                "PROTEST")
    assert "TUR" in codes(rec.recipient)


def test_accused_before_addressee() -> None:
    rec = first("Ukraine filed a complaint with the International Court of Justice against "
                "Russia.", "ACCUSE")
    assert codes(rec.recipient) == {"RUS"}


def test_legislative_chambers_split() -> None:
    rec = first("House and Senate negotiators reached a deal on the budget.", "SUPPORT")
    assert [e.text for e in rec.actor] == ["House"]
    assert [e.text for e in rec.recipient] == ["Senate negotiators"]


def test_one_side_not_split() -> None:
    rec = first("Senior and junior officials met in Geneva.", "CONSULT")
    assert not rec.recipient
