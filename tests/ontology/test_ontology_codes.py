"""Numeric codes per event: defaults per type/mode, PLOVER scores, the Codes record."""

import dataclasses

import pytest

from redline.errors import UnknownCameoCodeError, UnknownModeError
from redline.ontology import (
    EVENT_TYPES,
    Codes,
    cameo_label,
    cameo_to_plover,
    codes_for,
    default_cameo,
    modes,
    plover_score,
)


def _check(codes: Codes) -> None:
    assert isinstance(codes.cameo, str) and codes.cameo.isdigit()
    assert cameo_label(codes.cameo) is not None
    assert -10.0 <= codes.goldstein <= 10.0
    assert -10.0 <= codes.plover_score <= 10.0
    assert codes.quad_class in (1, 2, 3, 4)


@pytest.mark.parametrize("etype", EVENT_TYPES)
def test_every_type_and_mode_has_codes(etype):
    _check(codes_for(etype))
    for mode in modes(etype):
        _check(codes_for(etype, mode))


@pytest.mark.parametrize("etype", EVENT_TYPES)
def test_type_default_maps_back_to_the_type(etype):
    assert cameo_to_plover(default_cameo(etype))[0] == etype


def test_mode_defaults_map_back_except_documented_borrowings():
    # Chosen on purpose (see default_cameo.tsv): CAMEO has no code of its own for convict and
    # resign, and 163 (embargo, sanctions) is what SANCTION/discontinue mostly reports, though
    # the crosswalk files 163 under COERCE.
    borrowed = {("SANCTION", "convict"), ("RETREAT", "resign"), ("SANCTION", "discontinue")}
    for etype in EVENT_TYPES:
        for mode in modes(etype):
            if (etype, mode) not in borrowed:
                assert cameo_to_plover(default_cameo(etype, mode))[0] == etype, (etype, mode)


@pytest.mark.parametrize(
    ("etype", "mode", "cameo"),
    [
        ("THREATEN", None, "130"),
        ("THREATEN", "violence", "138"),
        ("ASSAULT", "aerial", "195"),
        ("COERCE", "arrest", "173"),
        ("CONSULT", "visit", "042"),
        ("CONSULT", "phone", "041"),
        ("AGREE", None, "030"),
    ],
)
def test_default_cameo(etype, mode, cameo):
    assert default_cameo(etype, mode) == cameo
    assert codes_for(etype, mode).cameo == cameo


@pytest.mark.parametrize(
    ("etype", "mode", "score"),
    [
        ("CONSULT", "visit", 4.0),
        ("CONSULT", None, 2.5),
        ("RETREAT", "disarm", 10.0),
        ("AID", None, 10.0),
        ("REQUEST", "change", -1.0),
        ("THREATEN", "territory", -4.0),
        ("PROTEST", "riot", -7.0),
        ("COERCE", "martial-law", -7.5),
        ("ASSAULT", "unconventional", -10.0),
        ("ASSAULT", "crowd-control", -7.5),
        ("ACCUSE", None, -3.0),
    ],
)
def test_plover_scores_from_manual_table(etype, mode, score):
    assert plover_score(etype, mode) == score
    assert codes_for(etype, mode).plover_score == score


def test_mode_without_score_uses_type_score():
    assert plover_score("PROTEST", "vandalize") == plover_score("PROTEST") == -5.0


def test_alias_mode_scores_like_its_target():
    assert plover_score("ASSAULT", "assassinate") == plover_score("ASSAULT", "targeted") == -9.5


def test_named_cameo_overrides_default_but_not_plover_score():
    codes = codes_for("assault", "aerial", cameo="190")
    assert codes == Codes(cameo="190", goldstein=-10.0, plover_score=-9.5, quad_class=4)
    visit = codes_for("CONSULT", "visit", cameo="043")
    assert visit.cameo == "043" and visit.goldstein == 2.8 and visit.quad_class == 1


def test_quad_comes_from_the_cameo_root():
    # SANCTION/convict borrows 116 (root 11), so its quad is verbal conflict.
    assert codes_for("SANCTION", "convict").quad_class == 3
    assert codes_for("SANCTION").quad_class == 4


def test_codes_is_frozen():
    codes = codes_for("AID")
    with pytest.raises(dataclasses.FrozenInstanceError):
        codes.cameo = "071"  # type: ignore[misc]


def test_bad_inputs_raise_clear_errors():
    with pytest.raises(UnknownCameoCodeError):
        codes_for("AID", cameo="7")
    with pytest.raises(UnknownModeError):
        codes_for("AID", "visit")
