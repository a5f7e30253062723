"""Scoring of the label datasets: CASE 2021 snippets and IndiaPoliceEvents sentences.

case2021:
- label recall: share of snippets with a PLOVER label whose label (or one of its
  `plover_acceptable` types) is among the coded types;
- disaster violent share: share of natural/man-made disaster snippets (type_original
  contains DISASTER) that get a violent type; violent = ASSAULT or COERCE (MOBILIZE is
  not violence in itself). Lower is better;
- soft label recall: snippets with no label but a list of acceptable PLOVER types
  (weapons seizures, diplomacy, attributions, ...) where one of them is coded;
- other-negative violent share: the disaster figure for the remaining snippets with
  neither label nor acceptable types (organised crime, other), for information.
india, per sentence: precision/recall/F1 of "police used force" (gold FORCE; coded ASSAULT
with a police actor) and "police arrested" (gold ARREST; coded COERCE with a police actor).
"Police failed to act" has no coded counterpart yet: only its gold count is reported.
Only coded events with a counted modality take part (scores.COUNTED_MODALITIES).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from redline.evaluate.gold import GoldItem, accepted_types, describe
from redline.evaluate.matching import is_police
from redline.evaluate.scores import Case, Figure, Pair, Scores, counted, f1, ratio
from redline.ontology.event_types import VIOLENT_TYPES
from redline.records import EventRecord

# gold label -> PLOVER type a police actor must be coded with
INDIA_TASKS = (("police_force", "FORCE", "ASSAULT"), ("police_arrest", "ARREST", "COERCE"))


def is_disaster(item: GoldItem) -> bool:
    return any("DISASTER" in t.upper() for g in item.events for t in g.type_original)


def _tally(c: Counter[str], coded_all: list[EventRecord]) -> list[EventRecord]:
    """Count one item and its coded events; return the events that count (see scores.py)."""
    coded = counted(coded_all)
    c["items"] += 1
    c["coded_events"] += len(coded_all)
    c["coded_events_not_counted"] += len(coded_all) - len(coded)
    return coded


def score_case2021(pairs: Iterable[Pair]) -> Scores:
    s = Scores(kind="case2021")
    c: Counter[str] = Counter()
    for item, coded_all in pairs:
        coded = _tally(c, coded_all)
        coded_types = {e.event_type for e in coded}
        labelled = [g for g in item.events if g.type and not g.negated]
        gold_txt = " | ".join(describe(g) for g in item.events) or "(no events)"
        if labelled:
            c["labelled"] += 1
            tally = s.tally(labelled[0].type or "")
            tally.gold += 1
            s.confusion.setdefault(labelled[0].type or "", Counter()).update(
                sorted(coded_types) or ["(none)"]
            )
            if coded_types & accepted_types(item):
                c["label_hits"] += 1
                tally.hit += 1
            else:
                s.cases.append(Case(item.id, item.text, "miss", gold_txt, coded_all))
            continue
        acceptable = accepted_types(item)
        if acceptable and not is_disaster(item):
            # no single label, but the dataset lists PLOVER types that would be right
            c["soft_labelled"] += 1
            if coded_types & acceptable:
                c["soft_hits"] += 1
            else:
                s.cases.append(Case(item.id, item.text, "soft miss", gold_txt, coded_all))
            continue
        violent = sorted(coded_types & VIOLENT_TYPES)
        group = "disaster" if is_disaster(item) else "other_negative"
        c[group] += 1
        if violent:
            c[f"{group}_violent"] += 1
            s.cases.append(
                Case(
                    item.id,
                    item.text,
                    f"{group.replace('_', ' ')} coded violent",
                    gold_txt,
                    [e for e in coded if e.event_type in VIOLENT_TYPES],
                )
            )
    s.figures = [
        Figure(
            "label_recall",
            ratio(c["label_hits"], c["labelled"]),
            c["labelled"],
            "labelled type or an acceptable one is coded",
        ),
        Figure(
            "soft_label_recall",
            ratio(c["soft_hits"], c["soft_labelled"]),
            c["soft_labelled"],
            "unlabelled snippets with acceptable types: one is coded",
        ),
        Figure(
            "disaster_violent_share",
            ratio(c["disaster_violent"], c["disaster"]),
            c["disaster"],
            "disaster snippets coded ASSAULT/COERCE (lower is better)",
        ),
        Figure(
            "other_negative_violent_share",
            ratio(c["other_negative_violent"], c["other_negative"]),
            c["other_negative"],
            "other unlabelled snippets coded ASSAULT/COERCE (information)",
        ),
    ]
    s.counts = dict(c)
    return s


def gold_labels(item: GoldItem) -> set[str]:
    """Sentence labels plus the original labels of its events (the two can differ)."""
    labels = set(item.labels)
    for g in item.events:
        labels.update(t.upper() for t in g.type_original)
    return labels


def score_india(pairs: Iterable[Pair]) -> Scores:
    s = Scores(kind="india")
    c: Counter[str] = Counter()
    for item, coded_all in pairs:
        coded = _tally(c, coded_all)
        labels = gold_labels(item)
        c["gold_fail"] += "FAIL" in labels
        police = [e for e in coded if any(is_police(a) for a in e.actor)]
        for name, label, etype in INDIA_TASKS:
            gold = label in labels
            hits = [e for e in police if e.event_type == etype]
            c[f"{name}_gold"] += gold
            c[f"{name}_pred"] += bool(hits)
            c[f"{name}_tp"] += gold and bool(hits)
            if gold != bool(hits):
                what = "false negative" if gold else "false positive"
                s.cases.append(
                    Case(
                        item.id,
                        item.text,
                        f"{name} {what}",
                        ", ".join(sorted(labels)) or "(no labels)",
                        hits or [e for e in coded_all if e.event_type == etype],
                    )
                )
    for name, label, etype in INDIA_TASKS:
        tp, pred, gold = c[f"{name}_tp"], c[f"{name}_pred"], c[f"{name}_gold"]
        p, r = ratio(tp, pred), ratio(tp, gold)
        s.figures += [
            Figure(f"{name}_precision", p, pred, f"sentences with a police {etype}"),
            Figure(f"{name}_recall", r, gold, f"sentences labelled {label}"),
            Figure(f"{name}_f1", f1(p, r), c["items"], "sentences"),
        ]
    s.figures.append(
        Figure(
            "police_fail_gold",
            None,
            c["gold_fail"],
            "labelled FAIL; not coded yet (gold count only)",
        )
    )
    s.counts = dict(c)
    return s
