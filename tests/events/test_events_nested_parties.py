"""Recipients nested in the object's phrase (events.nested_parties): a party in a modifier of
what is acted on, a stranded preposition, the tail of a list, a mission's host state."""

from __future__ import annotations

import pytest
from event_helpers import first

import redline


def codes(ents) -> set[str]:
    return {c for e in ents for c in (e.code, e.country) if c}


@pytest.mark.parametrize(
    ("text", "etype", "recipient"),
    [
        # the party is in a modifier of the thing acted on, one or two steps down
        ("President Ruto reneged on his commitment to the Kenyan people.", "REJECT", "KEN"),
        ("Tehran promised it will permit the return of UN monitors.", "AGREE", "UN"),
        (
            "Austria intends to impose curbs on its job market for workers from EU states.",
            "THREATEN",
            "EU",
        ),
        # a place inside the object's phrase ("the conflict in X")
        (
            "The envoy urged the warring parties to the conflict in Yemen to open the roads.",
            "REQUEST",
            "YEM",
        ),
    ],
)
def test_party_inside_object_phrase(text: str, etype: str, recipient: str) -> None:
    rec = first(text, etype)
    assert recipient in codes(rec.recipient), rec


def test_list_member_after_an_aside() -> None:
    rec = first(
        "Washington eased the embargo on medicine sales to Iran, Sudan, and with strings "
        "attached, Cuba.",
        "RETREAT",
    )
    assert {"IRN", "SDN", "CUB"} <= codes(rec.recipient), rec


def test_mission_named_by_its_place() -> None:
    rec = first(
        "The Security Council agreed to a one-year extension of the mandate for the UN mission "
        "in Mali (MINUSMA).",
        "AGREE",
    )
    assert "MLI" in codes(rec.recipient), rec



@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan signed a peace agreement in Washington on Friday.",
        "Kenya and Uganda signed a trade accord in Geneva.",
        "Sudan's rival generals agreed to a truce in Jeddah.",
    ],
)
def test_place_of_a_deal_is_no_counterpart(text: str) -> None:
    """ "in X" under a deal says where it was made; only under strife is X a party."""
    ev = [e for e in redline.code_text(text, date="2025-06-01")
          if e.event_type in ("SUPPORT", "AGREE")]
    assert ev and not ({"USA", "CHE", "SAU"} & {c for e in ev for c in codes(e.recipient)})
