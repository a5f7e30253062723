"""Pure scoring of (gold item, coded events) pairs. Definitions follow the eval README.

Sentence sets (plv, gsr):
- type recall: share of gold events (type not null, not negated) whose type is among the
  types coded in the item;
- type precision: share of distinct coded types per item that are a gold type of that item
  (a gold event's `plover_acceptable` types count as gold; items whose only gold type is
  null therefore make every coded type false unless it is acceptable there);
- type F1 from the two;
- dyad recall: share of the same gold events where a coded event of the gold type also has
  a matching actor and recipient (gsr: codes, plv: content-word overlap; a side the gold
  leaves empty is not required; see matching.py).
Only coded events with a counted modality take part (scores.COUNTED_MODALITIES).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from redline.evaluate.gold import accepted_types, describe
from redline.evaluate.matching import dyad_match
from redline.evaluate.metrics_labels import score_case2021, score_india
from redline.evaluate.scores import Case, Figure, Pair, Scores, counted, f1, ratio


def score_sentences(pairs: Iterable[Pair], kind: str = "plv") -> Scores:
    """Type recall/precision/F1 and dyad recall for plv or gsr."""
    s = Scores(kind=kind)
    c: Counter[str] = Counter()
    n_rec = hit = dyad_hit = n_prec = correct = 0
    for item, coded_all in pairs:
        coded = counted(coded_all)
        c["items"] += 1
        c["coded_events"] += len(coded_all)
        c["coded_events_not_counted"] += len(coded_all) - len(coded)
        coded_types = {e.event_type for e in coded}
        ok = accepted_types(item)
        for t in sorted(coded_types):
            n_prec += 1
            tally = s.tally(t)
            tally.coded += 1
            if t in ok:
                correct += 1
                tally.correct += 1
            else:
                gold_txt = " | ".join(describe(g) for g in item.events) or "(no events)"
                s.cases.append(Case(item.id, item.text, f"false type {t}", gold_txt,
                                    [e for e in coded if e.event_type == t]))
        for g in item.events:
            c["gold_events"] += 1
            if g.negated:
                c["gold_negated_excluded"] += 1
                continue
            row = s.confusion.setdefault(g.type or "(null)", Counter())
            row.update(sorted(coded_types) or ["(none)"])
            if g.type is None:
                c["gold_null_type"] += 1
                continue
            n_rec += 1
            tally = s.tally(g.type)
            tally.gold += 1
            if g.type not in coded_types:
                s.cases.append(Case(item.id, item.text, "miss", describe(g), coded_all))
                continue
            hit += 1
            tally.hit += 1
            same = [e for e in coded if e.event_type == g.type]
            if any(dyad_match(g, e, kind) for e in same):
                dyad_hit += 1
            else:
                s.cases.append(Case(item.id, item.text, "dyad miss", describe(g), same))
    rec, prec = ratio(hit, n_rec), ratio(correct, n_prec)
    s.figures = [
        Figure("type_recall", rec, n_rec, "gold events (type not null, not negated)"),
        Figure("type_precision", prec, n_prec, "distinct coded types per item"),
        Figure("type_f1", f1(prec, rec), c["items"], "items"),
        Figure("dyad_recall", ratio(dyad_hit, n_rec), n_rec,
               "type and actor/recipient match " + ("gold codes" if kind == "gsr"
                                                    else "gold text (word overlap)")),
    ]
    c.update(gold_scored=n_rec, type_hits=hit, dyad_hits=dyad_hit, coded_types=n_prec,
             coded_types_correct=correct)
    s.counts = dict(c)
    return s


def score(kind: str, pairs: Iterable[Pair]) -> Scores:
    """Dispatch on the gold kind."""
    if kind in ("plv", "gsr"):
        return score_sentences(pairs, kind)
    if kind == "case2021":
        return score_case2021(pairs)
    if kind == "india":
        return score_india(pairs)
    raise ValueError(f"unknown gold kind {kind!r}")
