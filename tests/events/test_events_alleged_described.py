"""What an allegation says ("amid claims that ...", "accusations of ...") and what a "who"
clause tells of a person in the simple past are background to the sentence's main act, not
news of their own; with no main act they stay. The sentences are our own."""

from __future__ import annotations

import pytest
from event_helpers import counted_types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # the content clause of an allegation noun
        (
            "Germany recalled its envoy after allegations that Russian agents poisoned a "
            "dissident.",
            {"RETREAT"},
        ),
        (
            "The interior minister resigned amid claims that police beat students in the "
            "capital.",
            {"RETREAT"},
        ),
        # the "of" phrase of an allegation noun
        ("Kenya expelled the envoy over accusations of torture by his guards.", {"SANCTION"}),
        (
            "Seoul summoned the Japanese ambassador after accusations that its coast guard "
            "rammed a fishing boat.",
            {"ACCUSE"},
        ),
        # a "who" clause in the simple past describes a party
        (
            "After the guards, who beat the inmates, were suspended, the prisoners ended "
            "their hunger strike.",
            {"CONCEDE"},
        ),
    ],
)
def test_background_dropped(text: str, types: set[str]) -> None:
    assert counted_types(text) == types


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # told on their own, the acts are news
        ("Police beat students in the capital on Tuesday.", "ASSAULT"),
        ("Russian agents poisoned a dissident in Salisbury.", "ASSAULT"),
        # a "which" clause on an event noun still reports it
        ("Rebels shelled the market, which killed nine people, and seized the bridge.",
         "ASSAULT"),
    ],
)
def test_news_kept(text: str, etype: str) -> None:
    assert etype in counted_types(text)
