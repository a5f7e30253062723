"""Gold loading: one small file per dataset format, written here, plus the error paths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redline.errors import EmptyInputError, InputError, MalformedInputError
from redline.evaluate.gold import detect_kind, load_gold


def write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_plv_format(tmp_path: Path) -> None:
    row = {"id": "plv-0001", "text": "Ruritania's envoy scolded the Freedonian cabinet.",
           "events": [{"type": "ACCUSE", "type_original": "ACCUSE", "plover_acceptable": [],
                       "source": ["Ruritania's envoy"], "target": ["the Freedonian cabinet"]}],
           "origin": "snowood1/Zero-Shot-PLOVER:datasets/x.tsv"}
    gold = load_gold(write(tmp_path / "a.jsonl", [row]))
    assert gold.kind == "plv"
    ev = gold.items[0].events[0]
    assert ev.type == "ACCUSE" and ev.source == ("Ruritania's envoy",)
    assert ev.target == ("the Freedonian cabinet",) and not ev.negated


def test_gsr_format_collects_codes(tmp_path: Path) -> None:
    row = {"id": "PLOVER-GSR01-X-1", "text": "Chile and Peru signed a fishing accord.",
           "events": [{"type": "AGREE", "type_original": "AGREE", "source": ["Chile", "Peru"],
                       "target": [], "source_actors": [{"text": "Chile", "code": "CHL"},
                                                       {"text": "Peru", "code": "PER"}],
                       "target_actors": [], "source_country": "CHL", "target_country": None,
                       "source_countries": ["CHL", "PER"], "target_countries": [],
                       "reciprocal": True, "negated": None, "modality": None}],
           "origin": "openeventdata/PLOVER:gold_standard_records/x.txt"}
    gold = load_gold(write(tmp_path / "b.jsonl", [row]))
    ev = gold.items[0].events[0]
    assert gold.kind == "gsr"
    assert ev.source_codes == {"CHL", "PER"} and ev.target_codes == frozenset()
    assert ev.reciprocal and ev.target == ()


def test_case2021_format(tmp_path: Path) -> None:
    row = {"id": "case2021t2-9", "text": "A mudslide buried a mountain hamlet.",
           "events": [{"type": None, "type_original": "NATURAL_DISASTER",
                       "acled_event_type": "(unseen) Security-related",
                       "plover_acceptable": [], "source": None, "target": None}],
           "origin": "emerging-welfare/case-2021-shared-task:x.tsv"}
    gold = load_gold(write(tmp_path / "c.jsonl", [row]))
    ev = gold.items[0].events[0]
    assert gold.kind == "case2021"
    assert ev.type is None and ev.type_original == ("NATURAL_DISASTER",) and ev.source == ()


def test_india_format_keeps_labels_and_date(tmp_path: Path) -> None:
    row = {"id": "ipe-3-1", "text": "constables detained four men near the market.",
           "events": [{"source": ["constables"], "source_sector": "COP", "type": "COERCE",
                       "type_original": ["ARREST"], "negated": False}],
           "labels": ["ANY_ACTION", "ARREST"], "doc_date": "2002-04-01",
           "origin": "slanglab/IndiaPoliceEvents:data/final/sents.jsonl"}
    gold = load_gold(write(tmp_path / "d.jsonl", [row]))
    item = gold.items[0]
    assert gold.kind == "india"
    assert item.labels == ("ANY_ACTION", "ARREST") and item.date == "2002-04-01"
    assert item.events[0].type_original == ("ARREST",)


def test_negated_flag_and_modality(tmp_path: Path) -> None:
    rows = [{"id": "x1", "text": "t", "events": [{"type": "AID", "negated": True}]},
            {"id": "x2", "text": "t", "events": [{"type": "AID", "modality": "negated"}]},
            {"id": "x3", "text": "t", "events": [{"type": "AID", "negated": False}]}]
    gold = load_gold(write(tmp_path / "e.jsonl", rows), kind="gsr")
    assert [it.events[0].negated for it in gold.items] == [True, True, False]


def test_detect_kind_falls_back_to_ids_then_name() -> None:
    assert detect_kind("x.jsonl", {"id": "ipe-9-9"}) == "india"
    assert detect_kind("x.jsonl", {"id": "PLOVER-GSR02-AID-1"}) == "gsr"
    assert detect_kind("my_plv_test.jsonl", {"id": "zz"}) == "plv"
    assert detect_kind("other.jsonl", {"id": "zz"}) is None


def test_limit_reads_first_records(tmp_path: Path) -> None:
    rows = [{"id": f"plv-{i}", "text": "t", "events": []} for i in range(5)]
    gold = load_gold(write(tmp_path / "f.jsonl", rows), limit=2)
    assert [it.id for it in gold.items] == ["plv-0", "plv-1"]


def test_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        load_gold(tmp_path / "absent.jsonl")
    assert "absent.jsonl" in str(err.value) and "Fix:" in str(err.value)


def test_bad_json_line_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "plv-1", "text": "t", "events": []}\n{oops\n', encoding="utf-8")
    with pytest.raises(MalformedInputError) as err:
        load_gold(path)
    assert "bad.jsonl:2" in str(err.value)


def test_missing_events_field(tmp_path: Path) -> None:
    with pytest.raises(MalformedInputError, match="events"):
        load_gold(write(tmp_path / "g.jsonl", [{"id": "plv-1", "text": "t"}]))


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("\n", encoding="utf-8")
    with pytest.raises(EmptyInputError):
        load_gold(path)


def test_unknown_or_undetectable_kind(tmp_path: Path) -> None:
    path = write(tmp_path / "mystery.jsonl", [{"id": "q", "text": "t", "events": []}])
    with pytest.raises(InputError, match="--kind"):
        load_gold(path)
    with pytest.raises(InputError, match="unknown gold kind"):
        load_gold(path, kind="acled")
