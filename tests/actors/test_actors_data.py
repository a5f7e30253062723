"""The data tables: loading, coverage and errors for malformed rows."""

from __future__ import annotations

import shutil

import pytest

from redline.actors import find_aliases, load_kb, sector_for
from redline.actors.kb import build_kb
from redline.actors.loaders import DATA_DIR
from redline.errors import DataFileError


def test_every_iso_state_has_a_code():
    import pycountry

    kb = load_kb()
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        if "," in name:
            continue
        entry = kb.lookup(name.split(" (")[0])
        assert entry is not None and len(entry.country or entry.code) == 3, name


@pytest.mark.parametrize(
    ("alias", "code"),
    [("DRC", "COD"), ("North Korea", "PRK"), ("South Korea", "KOR"), ("U.K.", "GBR"),
     ("Kiev", "UKR"), ("Downing Street", "GBR"), ("the Elysee", "FRA"), ("Kosovo", "KOS"),
     ("Hong Kong", "HKG"), ("Palestinian", "PSE"), ("Falkland Islands", "GBR"),
     ("Ansar Allah", "HOUTHI"), ("Rapid Support Forces", "RSF"), ("Daesh", "ISIS"),
     ("Hizbollah", "HEZBOLLAH"), ("the West", "WST"), ("Brussels", "EU"), ("UNSC", "UN")],
)
def test_aliases(alias, code):
    assert load_kb().lookup(alias).code == code


def test_sector_for():
    assert sector_for("troop") == "MIL"
    assert sector_for("Police") == "COP"
    assert sector_for("foreign minister") == "GOV"
    assert sector_for("journalist") == "JRN"
    assert sector_for("banana") is None


def test_matcher_finds_aliases_in_lower_case(nlp):
    doc = nlp("the kremlin and the white house traded barbs over nato.")
    found = {(s.text, e.code) for s, e in find_aliases(doc)}
    assert {("kremlin", "RUS"), ("white house", "USA"), ("nato", "NATO")} <= found


@pytest.fixture
def data_copy(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def _append(path, line):
    with path.open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")


def test_bad_date_names_file_and_line(data_copy):
    path = data_copy / "people.tsv"
    n = len(path.read_text(encoding="utf-8").splitlines())
    _append(path, "Jane Doe\tDoe\tUSA\tGOV\tFM\tSecretary\t2020-13-45\t")
    with pytest.raises(DataFileError) as err:
        build_kb(data_copy)
    assert f"people.tsv:{n + 1}" in str(err.value) and "R300" in str(err.value)


def test_unknown_code_and_extra_cells(data_copy):
    _append(data_copy / "state_bodies.tsv", "Ministry of Magic\tXYZ\tGOV\tMagic")
    with pytest.raises(DataFileError, match="state_bodies.tsv"):
        build_kb(data_copy)
    shutil.copy(DATA_DIR / "state_bodies.tsv", data_copy / "state_bodies.tsv")
    _append(data_copy / "organizations.tsv", "\t".join(["X"] * 12))
    with pytest.raises(DataFileError, match="organizations.tsv"):
        build_kb(data_copy)


def test_people_table_is_consistent():
    kb = load_kb()
    rows = [e for bucket in kb.aliases.values() for a in bucket
            if (e := a.entry).kind == "person"]
    assert len({(e.name, e.start) for e in rows}) > 450
    for e in rows:
        assert e.end is None or e.start < e.end, e
