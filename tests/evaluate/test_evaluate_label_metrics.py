"""case2021 and india figures on hand-built gold items and coded events."""

from __future__ import annotations

import pytest

from redline.evaluate.gold import GoldEvent, GoldItem
from redline.evaluate.metrics import score
from redline.evaluate.metrics_labels import score_case2021, score_india
from redline.records import Entity, EventRecord, Span


def ev(etype: str, actor: str = "someone", sector: str | None = None,
       modality: str = "asserted") -> EventRecord:
    return EventRecord(doc_id="d", event_type=etype, sentence=0, text="s", start=0, end=1,
                       trigger=Span("w", 0, 1), actor=[Entity(actor, sector=sector)],
                       modality=modality, why="test rule")


def snippet(iid: str, etype: str | None, original: str, acceptable: tuple[str, ...] = ()
            ) -> GoldItem:
    return GoldItem(id=iid, text="a snippet we made up",
                    events=(GoldEvent(etype, type_original=(original,), acceptable=acceptable),))


def test_case_label_recall_with_acceptable() -> None:
    pairs = [
        (snippet("1", "ASSAULT", "AIR_STRIKE"), [ev("ASSAULT")]),
        (snippet("2", "PROTEST", "VIOL_DEMONSTR", ("PROTEST", "ASSAULT")), [ev("ASSAULT")]),
        (snippet("3", "AGREE", "AGREEMENT"), [ev("CONSULT")]),
        (snippet("4", "AGREE", "AGREEMENT"), [ev("AGREE", modality="negated")]),
    ]
    s = score_case2021(pairs)
    assert s.figure("label_recall").n == 4
    assert s.value("label_recall") == 0.5
    assert [c.item_id for c in s.cases] == ["3", "4"]


def test_case_disaster_violent_share() -> None:
    pairs = [
        (snippet("1", None, "NATURAL_DISASTER"), [ev("ASSAULT")]),
        (snippet("2", None, "MAN_MADE_DISASTER"), [ev("AID")]),
        (snippet("3", None, "MAN_MADE_DISASTER"), []),
        (snippet("4", None, "NATURAL_DISASTER"), [ev("COERCE")]),
        (snippet("5", None, "ORG_CRIME"), [ev("ASSAULT")]),
    ]
    s = score("case2021", pairs)
    assert s.figure("disaster_violent_share").n == 4
    assert s.value("disaster_violent_share") == 0.5
    assert s.value("other_negative_violent_share") == 1.0
    assert s.value("label_recall") is None


def test_case_soft_labels() -> None:
    pairs = [(snippet("1", None, "DIPLO", ("ACCUSE", "REJECT")), [ev("REJECT")]),
             (snippet("2", None, "DIPLO", ("ACCUSE",)), [ev("ASSAULT")])]
    s = score_case2021(pairs)
    assert s.value("soft_label_recall") == 0.5
    assert s.figure("other_negative_violent_share").n == 0  # not negatives


def sentence(iid: str, *labels: str) -> GoldItem:
    return GoldItem(id=iid, text="a sentence we made up", labels=labels)


def test_india_force_and_arrest() -> None:
    pairs = [
        (sentence("1", "ANY_ACTION", "FORCE"), [ev("ASSAULT", "the police")]),  # tp
        (sentence("2", "FORCE"), [ev("ASSAULT", "rioters")]),  # fn: not police
        (sentence("3"), [ev("ASSAULT", "policemen")]),  # fp
        (sentence("4", "ARREST"), [ev("COERCE", "officers", sector="COP")]),  # tp by sector
        (sentence("5", "ARREST"), [ev("COERCE", "cops", modality="negated")]),  # fn
        (sentence("6", "FAIL"), []),
        (sentence("7"), [ev("COERCE", "a constable")]),  # arrest fp
    ]
    s = score_india(pairs)
    assert s.value("police_force_precision") == 0.5
    assert s.value("police_force_recall") == 0.5
    assert s.value("police_force_f1") == pytest.approx(0.5)
    assert s.value("police_arrest_precision") == 0.5
    assert s.value("police_arrest_recall") == 0.5
    assert s.figure("police_fail_gold").n == 1
    assert sorted(c.item_id for c in s.cases) == ["2", "3", "5", "7"]


def test_india_event_labels_join_sentence_labels() -> None:
    gold = GoldItem(id="1", text="t", labels=(),
                    events=(GoldEvent("ASSAULT", type_original=("FORCE",)),))
    s = score_india([(gold, [ev("ASSAULT", "Police")])])
    assert s.value("police_force_recall") == 1.0
    assert s.value("police_arrest_precision") is None
