"""plv/gsr figures on hand-built gold items and coded events."""

from __future__ import annotations

import pytest

from redline.evaluate.gold import GoldEvent, GoldItem
from redline.evaluate.metrics import score, score_sentences
from redline.records import Entity, EventRecord, Span


def ev(etype: str, actor: list[Entity] | None = None, recipient: list[Entity] | None = None,
       modality: str = "asserted") -> EventRecord:
    return EventRecord(doc_id="d", event_type=etype, sentence=0, text="s", start=0, end=1,
                       trigger=Span("w", 0, 1), actor=actor or [], recipient=recipient or [],
                       modality=modality, why="test rule")


def item(*events: GoldEvent, iid: str = "i") -> GoldItem:
    return GoldItem(id=iid, text="a sentence we made up", events=events)


def test_recall_precision_f1() -> None:
    pairs = [
        (item(GoldEvent("AID"), iid="1"), [ev("AID")]),  # hit
        (item(GoldEvent("REJECT"), iid="2"), [ev("ACCUSE")]),  # miss + false type
        (item(GoldEvent("CONSULT"), iid="3"), [ev("CONSULT"), ev("CONSULT")]),  # one type
    ]
    s = score_sentences(pairs, "plv")
    assert s.value("type_recall") == pytest.approx(2 / 3)
    assert s.figure("type_precision").n == 3  # distinct types per item: AID, ACCUSE, CONSULT
    assert s.value("type_precision") == pytest.approx(2 / 3)
    assert s.value("type_f1") == pytest.approx(2 / 3)
    whats = sorted(c.what for c in s.cases)
    assert whats == ["false type ACCUSE", "miss"]
    assert s.confusion["REJECT"]["ACCUSE"] == 1


def test_negated_gold_is_excluded_and_not_a_gold_type() -> None:
    pairs = [(item(GoldEvent("SANCTION", negated=True)), [ev("SANCTION")])]
    s = score_sentences(pairs, "gsr")
    assert s.figure("type_recall").n == 0 and s.value("type_recall") is None
    assert s.value("type_precision") == 0.0  # coding a denied event as happening is false
    assert s.counts["gold_negated_excluded"] == 1


def test_coded_negated_and_hypothetical_do_not_count() -> None:
    pairs = [(item(GoldEvent("ASSAULT")), [ev("ASSAULT", modality="negated"),
                                           ev("RETREAT", modality="hypothetical"),
                                           ev("THREATEN", modality="future")])]
    s = score_sentences(pairs, "plv")
    assert s.value("type_recall") == 0.0
    assert s.figure("type_precision").n == 1  # only THREATEN (future) counts
    assert s.counts["coded_events_not_counted"] == 2


def test_null_type_counts_for_precision_only() -> None:
    pairs = [(item(GoldEvent(None)), [ev("AGREE")]),
             (item(GoldEvent(None, acceptable=("CONCEDE", "RETREAT")), iid="2"),
              [ev("RETREAT")])]
    s = score_sentences(pairs, "plv")
    assert s.figure("type_recall").n == 0
    assert s.figure("type_precision").n == 2
    assert s.value("type_precision") == 0.5  # AGREE false, RETREAT acceptable
    assert s.counts["gold_null_type"] == 2


def test_no_coded_events_gives_none_precision() -> None:
    s = score_sentences([(item(GoldEvent("AID")), [])], "plv")
    assert s.value("type_precision") is None and s.value("type_f1") is None
    assert s.value("type_recall") == 0.0


def test_plv_dyad_by_word_overlap() -> None:
    gold = GoldEvent("ACCUSE", source=("The Ruritanian foreign minister",),
                     target=("the Freedonian navy",))
    good = ev("ACCUSE", [Entity("Ruritanian minister")], [Entity("Freedonian navy")])
    swapped = ev("ACCUSE", [Entity("the navy")], [Entity("the minister")])
    only_article = ev("ACCUSE", [Entity("the mayor")], [Entity("the navy")])
    assert score_sentences([(item(gold), [good])], "plv").value("dyad_recall") == 1.0
    assert score_sentences([(item(gold), [swapped])], "plv").value("dyad_recall") == 0.0
    s = score_sentences([(item(gold), [only_article])], "plv")
    assert s.value("dyad_recall") == 0.0 and s.value("type_recall") == 1.0
    assert s.cases[0].what == "dyad miss"


def test_plv_dyad_needs_same_type_event() -> None:
    gold = GoldEvent("AID", source=("Ruritania",), target=("Freedonia",))
    coded = [ev("AID", [Entity("flood victims")], []),
             ev("PROTEST", [Entity("Ruritania")], [Entity("Freedonia")])]
    assert score_sentences([(item(gold), coded)], "plv").value("dyad_recall") == 0.0


def test_gsr_dyad_by_codes_and_empty_target() -> None:
    gold = GoldEvent("THREATEN", source=("Ruritanian troops",), target=(),
                     source_codes=frozenset({"FRA"}))
    by_code = ev("THREATEN", [Entity("troops", code="FRA", sector="MIL")], [Entity("x")])
    by_country = ev("THREATEN", [Entity("army", code="ARMY", country="FRA")])
    wrong = ev("THREATEN", [Entity("Ruritanian troops", code="DEU")])
    assert score_sentences([(item(gold), [by_code])], "gsr").value("dyad_recall") == 1.0
    assert score_sentences([(item(gold), [by_country])], "gsr").value("dyad_recall") == 1.0
    # words overlap but codes differ: gsr goes by codes when the gold names a country
    assert score_sentences([(item(gold), [wrong])], "gsr").value("dyad_recall") == 0.0


def test_gsr_group_code_accepts_sector_or_words() -> None:
    gold = GoldEvent("REQUEST", source=("the U.N. envoy",), target=("Peru",),
                     source_codes=frozenset({"IGO"}), target_codes=frozenset({"PER"}))
    by_sector = ev("REQUEST", [Entity("UN", code="UN", sector="IGO")], [Entity("Lima", code="PER")])
    by_words = ev("REQUEST", [Entity("U.N. envoy", code="UN")], [Entity("Peru", code="PER")])
    miss = ev("REQUEST", [Entity("Chile", code="CHL")], [Entity("Peru", code="PER")])
    assert score_sentences([(item(gold), [by_sector])], "gsr").value("dyad_recall") == 1.0
    assert score_sentences([(item(gold), [by_words])], "gsr").value("dyad_recall") == 1.0
    assert score_sentences([(item(gold), [miss])], "gsr").value("dyad_recall") == 0.0


def test_gsr_reciprocal_accepts_either_direction() -> None:
    gold = GoldEvent("CONSULT", source=("Chile",), target=("Peru",),
                     source_codes=frozenset({"CHL"}), target_codes=frozenset({"PER"}),
                     reciprocal=True)
    back = ev("CONSULT", [Entity("Peru", code="PER")], [Entity("Chile", code="CHL")])
    assert score_sentences([(item(gold), [back])], "gsr").value("dyad_recall") == 1.0
    one_way = GoldEvent("CONSULT", source=("Chile",), target=("Peru",),
                        source_codes=frozenset({"CHL"}), target_codes=frozenset({"PER"}))
    assert score_sentences([(item(one_way), [back])], "gsr").value("dyad_recall") == 0.0


def test_multi_members_match_codes() -> None:
    gold = GoldEvent("AGREE", source=("Chile and Peru",), source_codes=frozenset({"PER"}))
    multi = ev("AGREE", [Entity("the two states", code="MULTI", members=["CHL", "PER"])])
    assert score_sentences([(item(gold), [multi])], "gsr").value("dyad_recall") == 1.0


def test_by_type_tallies_and_dispatch() -> None:
    pairs = [(item(GoldEvent("AID"), GoldEvent("AID")), [ev("AID"), ev("MOBILIZE")])]
    s = score("gsr", pairs)
    assert (s.by_type["AID"].gold, s.by_type["AID"].hit) == (2, 2)
    assert (s.by_type["MOBILIZE"].coded, s.by_type["MOBILIZE"].correct) == (1, 0)
    with pytest.raises(ValueError):
        score("acled", pairs)
