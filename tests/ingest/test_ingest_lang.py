"""The cheap language guess: English news, short English lines full of names, other languages."""

from __future__ import annotations

import pytest

from redline.ingest.lang import _stopwords, guess_lang


@pytest.mark.parametrize(
    "text",
    [
        "President Zelensky met Prime Minister Denys Shmyhal in Kyiv on Monday.",
        "No talks are planned on Friday, the ministry said.",
        "Russian drones struck the port of Odesa overnight, officials said.",
    ],
)
def test_short_english_lines_are_english(text: str) -> None:
    assert guess_lang(text) == "en"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("De regering heeft vandaag een nieuw pakket maatregelen aangekondigd voor de "
         "grensregio en de oppositie is daar niet blij mee.", "nl"),
        ("El gobierno anunció hoy un nuevo paquete de medidas para la región fronteriza y "
         "la oposición no está contenta con ello.", "es"),
    ],
)  # fmt: skip
def test_other_languages_are_named(text: str, lang: str) -> None:
    assert guess_lang(text) == lang


def test_every_stopword_is_a_word() -> None:
    """YAML reads bare on/no/off as booleans: the lists must hold strings only."""
    lists = _stopwords()
    assert "on" in lists["en"] and "no" in lists["en"] and "no" in lists["es"]
