"""PLOVER types, modes, contexts, descriptions and their validation errors."""

import pytest

from redline.errors import (
    DataFileError,
    RedlineError,
    UnknownEventTypeError,
    UnknownModeError,
)
from redline.ontology import (
    EVENT_TYPES,
    check_context,
    check_event_type,
    check_mode,
    contexts,
    describe,
    modes,
    quad_of_type,
)
from redline.ontology.tables import read_yaml


def test_sixteen_types_in_manual_order_match_data_file():
    assert len(EVENT_TYPES) == 16
    assert EVENT_TYPES[0] == "AGREE" and EVENT_TYPES[-1] == "ASSAULT"
    assert tuple(read_yaml("event_types.yml")) == EVENT_TYPES


def test_quad_of_each_type_follows_the_manual_headings():
    by_quad = {q: [t for t in EVENT_TYPES if quad_of_type(t) == q] for q in (1, 2, 3, 4)}
    assert by_quad[1] == ["AGREE", "CONSULT", "SUPPORT", "CONCEDE"]
    assert by_quad[2] == ["COOPERATE", "AID", "RETREAT"]
    assert by_quad[3] == ["REQUEST", "ACCUSE", "REJECT", "THREATEN"]
    assert by_quad[4] == ["PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]


def test_modes_per_type():
    assert modes("CONSULT") == ("visit", "third-party", "multilateral", "phone")
    assert modes("request") == modes("REJECT") == ("assist", "change", "yield", "meet")
    assert modes("AGREE") == ()
    assert "martial-law" in modes("COERCE")
    assert len(modes("ASSAULT")) == 15
    assert "vandalize" in modes("PROTEST")


def test_contexts_list():
    ctx = contexts()
    assert len(ctx) == 37 and len(set(ctx)) == 37
    assert ctx[0] == "military" and ctx[-1] == "trafficking"
    assert {"cbrn", "pro_democracy", "human_security", "election"} <= set(ctx)


def test_check_context_maps_crosswalk_spellings():
    assert check_context("democracy") == "pro_democracy"
    assert check_context("humanitarian") == "human_security"
    assert check_context("Human Rights") == "human_rights"
    assert check_context("astrology") is None


def test_every_type_and_mode_has_a_one_line_description():
    seen = set()
    for etype in EVENT_TYPES:
        text = describe(etype)
        assert text and "\n" not in text and len(text) < 120
        seen.add(text)
        for mode in modes(etype):
            line = describe(etype, mode)
            assert line and "\n" not in line and line != text
    assert len(seen) == 16


def test_describe_accepts_alias_mode():
    assert describe("ASSAULT", "assassinate") == describe("ASSAULT", "targeted")


def test_check_event_type_is_case_insensitive():
    assert check_event_type("assault") == "ASSAULT"
    assert check_event_type("  Consult ") == "CONSULT"


def test_unknown_type_error_suggests_synonym_and_names_location():
    with pytest.raises(UnknownEventTypeError) as info:
        check_event_type("DEMAND", where="events.yml:14")
    text = str(info.value)
    assert text.startswith(
        "[R012] Unknown event type 'DEMAND' in events.yml:14. Did you mean REQUEST?"
    )
    assert "?." not in text
    assert "ASSAULT" in info.value.fix
    assert isinstance(info.value, DataFileError) and isinstance(info.value, RedlineError)


@pytest.mark.parametrize(
    ("word", "suggestion"),
    [("attack", "ASSAULT"), ("MEET", "CONSULT"), ("ASSUALT", "ASSAULT"), ("THREATENS", "THREATEN")],
)
def test_unknown_type_suggestions(word, suggestion):
    with pytest.raises(UnknownEventTypeError, match=f"Did you mean {suggestion}\\?"):
        check_event_type(word)


def test_unknown_type_without_close_match_has_no_guess():
    with pytest.raises(UnknownEventTypeError) as info:
        check_event_type("XYZZY")
    assert "Did you mean" not in str(info.value)


def test_non_string_type_is_rejected():
    with pytest.raises(UnknownEventTypeError):
        check_event_type(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("etype", "given", "expected"),
    [
        ("ASSAULT", "assassinate", "targeted"),
        ("ASSAULT", "massacre", "targeted"),
        ("ASSAULT", "Heavy_Weapons", "heavy-weapons"),
        ("COERCE", "martial law", "martial-law"),
        ("COERCE", "ban", "restrict"),
        ("THREATEN", "political", "restrict"),
        ("RETREAT", "return", "release"),
        ("RETREAT", "ease", None),
        ("CONSULT", "VISIT", "visit"),
        ("CONSULT", None, None),
        ("CONSULT", "  ", None),
    ],
)
def test_check_mode_normalises(etype, given, expected):
    assert check_mode(etype, given) == expected


def test_unknown_mode_lists_valid_modes():
    with pytest.raises(UnknownModeError) as info:
        check_mode("CONSULT", "airmail", where="lexicon.yml:3")
    text = str(info.value)
    assert text.startswith("[R013] Unknown mode 'airmail' for CONSULT in lexicon.yml:3.")
    assert "visit, third-party, multilateral, phone" in text


def test_misspelt_mode_gets_a_suggestion():
    with pytest.raises(UnknownModeError, match="Did you mean aerial\\?"):
        check_mode("ASSAULT", "arial")


def test_mode_on_a_modeless_type_is_an_error():
    with pytest.raises(UnknownModeError, match="AGREE takes no mode"):
        check_mode("AGREE", "visit")


def test_check_mode_validates_the_type_first():
    with pytest.raises(UnknownEventTypeError):
        check_mode("BOMB", "aerial")


@pytest.mark.parametrize(
    ("etype", "given", "expected"),
    [
        ("PROTEST", "demo-spon", "demo"),
        ("PROTEST", "riot_org", "riot"),
        ("PROTEST", "strike-hun", "hunger"),
        ("THREATEN", "curfew", "restrict"),
    ],
)
def test_older_plover_mode_names_are_accepted(etype, given, expected):
    assert check_mode(etype, given) == expected


def test_older_plover_context_names_are_accepted():
    assert check_context("refugee") == "migration"
    assert check_context("political") == "political_institutions"
    assert check_context("resource") == "natural_resource"
