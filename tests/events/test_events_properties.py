"""The coder never crashes, whatever text it is given, and its offsets always hold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import redline

WORDS = st.sampled_from(
    'Russia Ukraine said warned that troops would be targets not if " “ ” . , \n \n\n he she '
    "the Kremlin attacked sanctions on police arrested protesters Hamas 2024 Friday no plans to "
    "deploy denied shelled ( ) ' ; : - —".split(" ")
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=40).map(" ".join))
def test_word_salad_never_crashes(text: str) -> None:
    for rec in redline.code_text(text, date="2025-01-01"):
        assert text[rec.start : rec.end] == rec.text
        assert (
            text[rec.trigger.start : rec.trigger.end] == rec.trigger.text or " " in rec.trigger.text
        )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_unicode_never_crashes(text: str) -> None:
    records = redline.code_text(text)
    assert isinstance(records, list)
