"""CAMEO side of the ontology: code format, labels, crosswalk, Goldstein, quad class."""

import pytest

from redline.errors import UnknownCameoCodeError
from redline.ontology import (
    cameo_codes,
    cameo_label,
    cameo_to_plover,
    contexts,
    goldstein,
    modes,
    normalize_cameo,
    quad_class,
)


def test_codes_are_strings_with_leading_zeros():
    codes = cameo_codes()
    assert len(codes) > 300
    assert all(isinstance(c, str) and c.isdigit() and 2 <= len(c) <= 4 for c in codes)
    assert {"010", "043", "0874", "01", "20", "2042"} <= set(codes)


@pytest.mark.parametrize("bad", [43, "43", "21", "00", "7", "12345", "04a", "", None])
def test_malformed_codes_are_refused(bad):
    with pytest.raises(UnknownCameoCodeError):
        normalize_cameo(bad)


def test_normalize_keeps_zeros_and_strips_space():
    assert normalize_cameo(" 043 ") == "043"
    assert normalize_cameo("0874") == "0874"


def test_labels():
    assert cameo_label("043") == "Host a visit"
    assert cameo_label("173") == "Arrest, detain, or charge with legal action"
    assert cameo_label("19") == "FIGHT"
    assert cameo_label("175") == "Use violent repression"  # first label wins
    assert cameo_label("999") is None
    assert cameo_label("2049") is None


@pytest.mark.parametrize(
    ("code", "etype", "mode"),
    [
        ("173", "COERCE", "arrest"),
        ("0874", "RETREAT", "disarm"),
        ("0871", "RETREAT", "ceasefire"),
        ("042", "CONSULT", "visit"),
        ("043", "CONSULT", "visit"),
        ("041", "CONSULT", "phone"),
        ("163", "COERCE", "restrict"),
        ("1712", "ASSAULT", "destroy"),
        ("186", "ASSAULT", "targeted"),
        ("1382", "THREATEN", "territory"),
        ("138", "THREATEN", "violence"),
        ("1322", "THREATEN", "restrict"),
        ("0811", "CONCEDE", None),
        ("0842", "RETREAT", "release"),
        ("0813", "RETREAT", None),
        ("2042", "ASSAULT", "unconventional"),
        ("112", "ACCUSE", "disapprove"),
        ("090", "ACCUSE", "investigate"),
    ],
)
def test_crosswalk_facts(code, etype, mode):
    got_type, got_mode, _ = cameo_to_plover(code)
    assert (got_type, got_mode) == (etype, mode)


def test_crosswalk_contexts_use_manual_names():
    assert cameo_to_plover("0811")[2] == ["pro_democracy"]
    assert cameo_to_plover("1121")[2] == ["crime", "corruption"]
    assert cameo_to_plover("175") == ("ASSAULT", None, ["military", "pro_autocracy"])
    assert cameo_to_plover("0333")[2] == ["human_security"]


def test_assault_and_fight_codes_are_assault_except_blockade_and_occupation():
    # The crosswalk moves 191 (blockade) and 192 (occupy territory) to COERCE.
    assert cameo_to_plover("191")[:2] == ("COERCE", "restrict")
    assert cameo_to_plover("192")[:2] == ("COERCE", "seize")
    for code in cameo_codes():
        if code.startswith(("18", "19", "20")) and code not in ("191", "192"):
            assert cameo_to_plover(code)[0] == "ASSAULT", code


def test_statements_and_appeals_have_no_plover_type():
    assert cameo_to_plover("010") == (None, None, [])
    assert cameo_to_plover("0234") == (None, None, [])


def test_unlisted_code_takes_parent_mapping():
    assert cameo_to_plover("1952") == cameo_to_plover("195")
    assert cameo_to_plover("1952")[0] == "ASSAULT"


def test_every_crosswalk_row_resolves_to_valid_names():
    valid_contexts = set(contexts())
    for code in cameo_codes():
        etype, mode, ctx = cameo_to_plover(code)
        if etype is None:
            assert code.startswith(("01", "02")), code
            continue
        assert mode is None or mode in modes(etype), code
        assert set(ctx) <= valid_contexts, code


def test_goldstein_range_and_known_values():
    for code in cameo_codes():
        assert -10.0 <= goldstein(code) <= 10.0, code
    assert goldstein("0874") == 10.0
    assert goldstein("043") == 2.8
    assert goldstein("130") == -4.4
    assert goldstein("195") == -10.0
    assert goldstein("057") == 8.0


def test_goldstein_falls_back_to_parent():
    assert goldstein("1213") == goldstein("121") == -4.0


@pytest.mark.parametrize(
    ("root", "quad"),
    [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3), ("14", 4), ("20", 4)],
)
def test_quad_class_by_root(root, quad):
    for code in cameo_codes():
        if code[:2] == root:
            assert quad_class(code) == quad, code


def test_quad_class_examples():
    assert quad_class("043") == 1
    assert quad_class("0874") == 2
    assert quad_class("1123") == 3
    assert quad_class("195") == 4
