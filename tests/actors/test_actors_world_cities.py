"""Towns and cities from the GeoNames table: a place stands for its country."""

from __future__ import annotations

from redline.actors.world_cities import find_place


def test_city_missing_from_the_actor_tables_has_its_country():
    assert find_place("Kharkiv").country == "UKR"
    assert find_place("Jinotega").country == "NIC"


def test_accents_and_older_spellings_fold_to_the_same_place():
    assert find_place("Goražde") == find_place("Gorazde")
    assert find_place("Kiev").name == "Kyiv"


def test_shared_name_needs_a_hint_unless_one_place_dominates():
    assert find_place("San Jose") is None  # California and Costa Rica are both large
    assert find_place("San Jose", hints=["CRI"]).country == "CRI"
    assert find_place("Rosario").country == "ARG"


def test_unknown_name_is_none():
    assert find_place("Qwertyville") is None
