"""The result types every scorer returns: figures, error cases, counts, confusion."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from redline.evaluate.gold import GoldItem
from redline.records import EventRecord

# Coded events whose modality is in this set count as "coded types". A negated event says
# the thing did not happen and a hypothetical one that it might; gold sentences annotate
# neither, so counting them would only add false types. Future and historical events are
# still claims that the event happens/happened, and gold annotates them.
COUNTED_MODALITIES = frozenset({"asserted", "future", "historical"})

# What every scorer consumes: one gold item and the events coded for its text.
Pair = tuple[GoldItem, list[EventRecord]]


def counted(events: list[EventRecord]) -> list[EventRecord]:
    """The coded events that count for scoring (see COUNTED_MODALITIES)."""
    return [e for e in events if e.modality in COUNTED_MODALITIES]


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Figure:
    """One score: `value` is None when its denominator `n` is zero."""

    name: str
    value: float | None
    n: int
    note: str = ""


@dataclass
class Case:
    """One scoring error, kept for `redline eval --errors`."""

    item_id: str
    text: str
    what: str  # "miss", "dyad miss", "false type", "false positive", "false negative", ...
    gold: str
    coded: list[EventRecord] = field(default_factory=list)


@dataclass
class TypeTally:
    """Per-type counts behind recall and precision."""

    gold: int = 0
    hit: int = 0
    coded: int = 0
    correct: int = 0


@dataclass
class Scores:
    kind: str
    figures: list[Figure] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    cases: list[Case] = field(default_factory=list)
    confusion: dict[str, Counter[str]] = field(default_factory=dict)
    by_type: dict[str, TypeTally] = field(default_factory=dict)

    def figure(self, name: str) -> Figure:
        for fig in self.figures:
            if fig.name == name:
                return fig
        raise KeyError(name)

    def value(self, name: str) -> float | None:
        return self.figure(name).value

    def tally(self, etype: str) -> TypeTally:
        return self.by_type.setdefault(etype, TypeTally())
