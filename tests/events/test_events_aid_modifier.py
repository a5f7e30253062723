"""A noun modifier the tagger reads as a verb ("Aid agencies fear ...") is no act."""

from __future__ import annotations

import pytest
from event_helpers import DATE

import redline


@pytest.mark.parametrize(
    "text",
    [
        "Aid agencies fear a famine in the north of the country.",
        "Aid agencies operating along the border said the crossing stayed shut.",
        "Aid agencies, which have warned of cholera for weeks, said the camps were full.",
    ],
)
def test_aid_modifier_is_no_aid_event(text: str) -> None:
    types = [r.event_type for r in redline.code_text(text, date=DATE)]
    assert "AID" not in types, types


def test_aid_as_verb_still_codes() -> None:
    recs = redline.code_text("Japan pledged to aid flood victims in Pakistan.", date=DATE)
    assert "AID" in [r.event_type for r in recs]
