"""Word senses that are not the event a trigger names ("released a statement", "demands were
met", "received a letter"), the types PLOVER/CAMEO give some verb + object pairs, and conditions
of acts that have not happened. The sentences are our own, about 2022-2025 actors."""

from __future__ import annotations

import pytest
from event_helpers import counted_types

import redline

DATE = "2025-06-01"


# (sentence, a type the coder must not give it)
NOT_THIS_TYPE: list[tuple[str, str]] = [
    ("The Kremlin released a statement on the talks in Istanbul.", "RETREAT"),
    ("Data released by the Ukrainian defence ministry showed heavy losses.", "RETREAT"),
    ("Hungary withdrew its nomination for the post on Monday.", "RETREAT"),
    ("The ministry said Kenya met the deadline for the census.", "CONSULT"),
    ("The proposal was met with criticism in Warsaw.", "CONSULT"),
    ("Zelensky received a letter from the Japanese prime minister.", "CONSULT"),
    ("Moldova received 40 million euros in budget support last year.", "CONSULT"),
    ("A film festival hosted by the university drew large crowds.", "CONSULT"),
    ("Macron signed a decree dissolving the National Assembly.", "SUPPORT"),
    ("The report demonstrates the government's commitment to reform.", "PROTEST"),
    ("Iranian oil exports were hit by sanctions in 2023.", "ASSAULT"),
    ("A fire that killed 12 people and injured nine others broke out in a market.", "ASSAULT"),
    ("The opposition will not end its boycott until the government meets its demands.", "CONCEDE"),
    ("Beijing said Taipei must drop its claims before it can receive any support.", "CONSULT"),
    ("North Korea again violated a ban by the UN Security Council on missile tests.", "COERCE"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_THIS_TYPE)
def test_other_sense_is_not_the_event(text: str, etype: str) -> None:
    assert etype not in counted_types(text)


# (sentence, a type the coder must give it)
THIS_TYPE: list[tuple[str, str]] = [
    ("Hamas released three Israeli hostages on Saturday.", "RETREAT"),
    ("Russia withdrew its troops from the city of Kherson.", "RETREAT"),
    ("Erdogan received the Ukrainian delegation in Ankara.", "CONSULT"),
    ("Blinken met Wang Yi in Beijing on Friday.", "CONSULT"),
    ("Nigeria signed an agreement with Morocco on a gas pipeline.", "SUPPORT"),
    ("Thousands of people demonstrated against the election result in Tbilisi.", "PROTEST"),
    ("Russian missiles hit a power plant near Kharkiv.", "ASSAULT"),
    # CAMEO 1661: withdrawing peacekeepers reduces relations
    ("Chad withdrew its peacekeepers from the Central African Republic.", "SANCTION"),
    # CAMEO 083: accepting demands accedes to them
    ("The Kenyan government accepted the demands of the striking doctors.", "CONCEDE"),
    ("Hungary withdrew its objections to the new sanctions package.", "CONCEDE"),
    # CAMEO 144: civilians blocking a road protest; a state blocking it coerces
    ("Hundreds of angry farmers blocked the main highway into Warsaw.", "PROTEST"),
    ("Israeli troops blocked the road to the village.", "COERCE"),
    ("Russia blocked a resolution on Ukraine at the UN Security Council.", "REJECT"),
    ("Protesters burned the Israeli flag outside the embassy in Amman.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "etype"), THIS_TYPE)
def test_event_sense_is_kept(text: str, etype: str) -> None:
    assert etype in counted_types(text)


def test_announced_withdrawal_is_one_agree() -> None:
    """CAMEO 035 (intent to yield) is AGREE in PLOVER's conversion table: "said it will
    withdraw its troops" is one AGREE, not also a future RETREAT or a CONCEDE."""
    types = counted_types("France said on Monday it will withdraw its troops from Niger.")
    assert types == {"AGREE"}


def test_offer_to_free_captives_is_agree() -> None:
    types = counted_types("The militia said it was willing to free the kidnapped engineers.")
    assert "AGREE" in types and "CONCEDE" not in types


def test_until_clause_of_a_refusal_has_not_happened() -> None:
    recs = redline.code_text(
        "The rebels will not free the hostages until the army releases their commanders.",
        date=DATE,
    )
    army = [e for e in recs if e.trigger.text.startswith("releases")]
    assert army and all(e.modality == "hypothetical" for e in army)
