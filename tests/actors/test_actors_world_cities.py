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


def test_town_in_a_groups_phrase_places_the_group():
    import redline

    recs = redline.code_text("Protesters in Rosario clashed with police on Friday.",
                             date="1989-05-26")
    actor = recs[0].actor[0]
    assert (actor.code, actor.how) == ("ARG", "place in its phrase: Rosario")


def test_town_gives_the_event_place_its_country_and_position():
    import redline

    recs = redline.code_text("Contra rebels attacked a cooperative in Jinotega.",
                             date="1988-03-03")
    loc = recs[0].location
    assert loc.country == "NIC" and loc.lat is not None


def test_country_misspelt_by_one_letter_is_still_that_country():
    from redline.actors.kb import load_kb
    from redline.actors.misspellings import misspelt_country

    kb = load_kb()
    assert misspelt_country("Afganistan", kb) == "AFG"
    assert misspelt_country("Venezuala", kb) == "VEN"
    assert misspelt_country("Pakistan", kb) is None  # spelt right: the tables have it
    assert misspelt_country("Austria", kb) is None  # a real name, not Australia misspelt
    assert misspelt_country("Chad", kb) is None  # too short to guess
