"""Towns and cities the actor tables lack ("Kharkiv", "Goma", "Jinotega"), from
data/world_cities.tsv (GeoNames, built by tools/build_world_cities.py): a place stands for
its country.

A name shared by several places ("San Jose", "Rosario") is settled by the countries the
article has named; without such a hint only a place far larger than its namesakes counts.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from redline.nlp.sentences import ents_of

# Without a hint from the article, the largest namesake must be this many times the next.
DOMINANCE = 4


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    lat: float
    lon: float
    population: int


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'")


@lru_cache(maxsize=1)
def _rows() -> dict[str, list[str]]:
    """Folded name -> its raw rows (read once per process; parsed on lookup)."""
    table: dict[str, list[str]] = {}
    text = resources.files("redline.actors").joinpath("data/world_cities.tsv").read_text("utf-8")
    for line in text.splitlines()[3:]:
        table.setdefault(line[: line.index("\t")], []).append(line)
    return table


@lru_cache(maxsize=4096)
def places(name: str) -> tuple[Place, ...]:
    """The places called `name`, most populous first."""
    found = []
    for line in _rows().get(name, ()):
        _, place, country, lat, lon, pop = line.split("\t")
        found.append(Place(place, country, float(lat), float(lon), int(pop)))
    return tuple(sorted(found, key=lambda p: -p.population))


def find_place(name: str, hints: Iterable[str] = ()) -> Place | None:
    """The place a capitalised name stands for, or None when it is unknown or ambiguous."""
    name = fold(name.strip())
    if name.lower().startswith("the "):
        name = name[4:]
    found = places(name)
    if not found:
        return None
    hinted = [p for p in found if p.country in set(hints)]
    if hinted:
        return hinted[0]
    if len(found) == 1 or found[0].population >= DOMINANCE * found[1].population:
        return found[0]
    return None


def town_in_phrase(tokens: list[Token], hint: str | None, after_in: bool = False) -> Place | None:
    """The town a phrase names by a place entity the actor tables did not match ("Kharkiv",
    "Jinotega residents"); `hint` is the one state the sentence names, if any. After "in" a
    proper name is a place whatever label NER gave it ("in Jinotega" is often a PERSON)."""
    if not tokens:
        return None
    ids = {t.i for t in tokens}
    labels = ("GPE", "LOC", "PERSON", "ORG", "NORP", "FAC") if after_in else ("GPE", "LOC")
    for ent in ents_of(tokens[0]):
        if ent.label_ in labels and ids.issuperset(range(ent.start, ent.end)):
            place = find_place(ent.text, [hint] if hint else ())
            if place is not None:
                return place
    return None
