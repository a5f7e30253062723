"""Canonical event frames: "MOBILIZE by WST into UKR", read from a condition or an issue.

A frame is (event type, actor codes, target code). Conditions of red lines and stance
issues both become frames, so "later events that meet the condition" is one test:
`Frame.matches(record)`. Cue words and frame words live in data/redlines.yml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=4)
def load_rules(name: str) -> dict[str, Any]:
    from redline.errors import DataFileError

    path = DATA / name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(
            f"cannot read analysis rules: {exc}", input=str(path),
            fix="restore the file from the redline package",
        ) from exc  # fmt: skip
    if not isinstance(data, dict):
        raise DataFileError("rules file is not a mapping", input=str(path),
                            fix="restore the file from the redline package")  # fmt: skip
    return data


def words_regex(words: list[str]) -> re.Pattern[str]:
    alts = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(alts) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def cue_regexes() -> list[re.Pattern[str]]:
    return [re.compile(c, re.IGNORECASE) for c in load_rules("redlines.yml")["cues"]]


def find_cue(text: str) -> re.Match[str] | None:
    hits = [m for rx in cue_regexes() if (m := rx.search(text))]
    return min(hits, key=lambda m: m.start()) if hits else None


@lru_cache(maxsize=1)
def _frame_specs() -> list[tuple[dict[str, Any], re.Pattern[str]]]:
    return [(f, words_regex(f["words"])) for f in load_rules("redlines.yml")["frames"]]


def group_members(code: str) -> set[str]:
    return set(load_rules("redlines.yml")["groups"].get(code, []))


@lru_cache(maxsize=64)
def target_regex(code: str) -> re.Pattern[str]:
    """Names, demonyms and capitals that stand for `code` in text."""
    from redline.actors.kb import load_kb

    kb = load_kb()
    names = {code}
    for alias_key, items in kb.aliases.items():
        if any(a.entry.code == code or a.entry.country == code for a in items):
            if a_ok(alias_key):
                names.add(alias_key)
    return words_regex(sorted(names))


def a_ok(alias_key: str) -> bool:
    return len(alias_key) > 2 and not alias_key.isdigit()


@dataclass(frozen=True)
class Frame:
    event_type: str
    actors: tuple[str, ...] = ()
    target: str | None = None
    label: str = ""

    def key(self) -> str:
        return f"{self.event_type}|{'+'.join(self.actors) or '*'}|{self.target or '*'}"

    def describe(self) -> str:
        who = "+".join(self.actors) or "anyone"
        where = f" into {self.target}" if self.target else ""
        return f"{self.event_type} by {who}{where}"

    def actor_ok(self, codes: list[str], exclude: set[str]) -> bool:
        codes = [c for c in codes if c]
        if not self.actors:
            return any(c not in exclude for c in codes)
        allowed = set(self.actors)
        for a in self.actors:
            allowed |= group_members(a)
        return any(c in allowed for c in codes)

    def target_ok(self, record: dict[str, Any]) -> bool:
        if not self.target:
            return True
        places = {e.get("code") for e in record.get("recipient") or []}
        places |= {e.get("country") for e in record.get("recipient") or []}
        loc = record.get("location") or {}
        places.add(loc.get("country"))
        # the coder may leave the place unattached ("deployed soldiers to western Ukraine")
        return self.target in places or bool(target_regex(self.target).search(record["text"]))

    def matches(self, record: dict[str, Any], exclude: set[str] | None = None) -> bool:
        """Does a coded event (record dict) meet this frame? `exclude`: codes that cannot be
        the actor when the frame names none (the one who drew the line)."""
        if record.get("event_type") != self.event_type:
            return False
        codes = [e.get("code") or "" for e in record.get("actor") or []]
        return self.actor_ok(codes, exclude or set()) and self.target_ok(record)


def issue_label(spec: dict[str, Any], target: str | None) -> str:
    """'troop deployment to UKR', 'sanctions on RUS' (the frame's own preposition)."""
    return spec["label"] + (f" {spec.get('prep', 'to')} {target}" if target else "")


def frame_kind(text: str) -> dict[str, Any] | None:
    """The first frame spec (data/redlines.yml order) whose words occur in `text`."""
    for spec, rx in _frame_specs():
        if rx.search(text):
            return spec
    return None


def _condition_tokens(doc: Any, cue_start: int, cue_end: int) -> list[Any]:
    """Tokens of the condition: the if-clause of the cue's clause, else its subject."""
    marks = {m.lower() for m in load_rules("redlines.yml")["condition_marks"]}
    cue_toks = [t for t in doc if t.idx >= cue_start and t.idx < cue_end]
    if not cue_toks:
        return []
    head = cue_toks[0]
    # climb to the clause (verb/aux) that governs the cue words
    while head.pos_ not in ("VERB", "AUX") and head.head is not head:
        head = head.head
    for clause in (head, head.head):
        for child in clause.children:
            if child.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in marks for g in child.children
            ):
                return [t for t in child.subtree if t.dep_ != "mark"]
    # The cue clause's own subject ("any troops sent to X would be targets"); the subject
    # of the clause above is the speaker ("Russia said ..."), never the condition.
    for child in head.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ != "PRON":
            return list(child.subtree)
    return []


def condition_frame(doc: Any, cue_start: int, cue_end: int) -> tuple[str, Frame | None]:
    """(condition text, frame) for the cue at [cue_start, cue_end) of a parsed sentence."""
    from redline.actors.matcher import find_aliases

    toks = _condition_tokens(doc, cue_start, cue_end)
    if not toks:
        return "", None
    text = doc.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)].strip(" ,.\"'")
    spec = frame_kind(text)
    if spec is None:
        return text, None
    preps = {p.lower() for p in load_rules("redlines.yml")["target_preps"]}
    ids = {t.i for t in toks}
    actors: list[str] = []
    target: str | None = None
    for span, entry in find_aliases(doc):
        if span.root.i not in ids or entry.kind == "person":
            continue
        under_prep = any(a.i in ids and a.lower_ in preps for a in span.root.ancestors)
        if under_prep and target is None:
            target = entry.country or entry.code
        elif not under_prep and entry.code not in actors:
            actors.append(entry.code)
    label = issue_label(spec, target)
    return text, Frame(spec["type"], tuple(actors), target, label)
