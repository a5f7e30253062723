"""The red-line register: conditions for retaliation, who drew them, and their tests.

A red line is a THREATEN event whose sentence carries a red-line cue (data/redlines.yml:
"legitimate targets", "will respond with all available means", ...). Its condition is the
if-clause of the cue's clause, else the clause subject ("any Western troops sent to
Ukraine"), read into a frame (frames.py). Statements of one drawer with one frame are one
line; every later *asserted* event that meets the frame is a test of that line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from redline.analysis.frames import Frame, condition_frame, find_cue, group_members

DRAWN_MODALITIES = ("asserted", "future")
NO_CONDITION = "(no condition stated)"


@dataclass
class Statement:
    day: date | None
    doc_id: str
    sentence: int
    text: str
    title: str | None
    condition: str

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.day.isoformat() if self.day else None, "doc_id": self.doc_id,
                "title": self.title, "text": self.text, "condition": self.condition}  # fmt: skip


@dataclass
class RedLine:
    drawer: str
    against: list[str]
    condition: str
    frame: Frame | None
    statements: list[Statement] = field(default_factory=list)
    tests: list[dict[str, Any]] = field(default_factory=list)

    @property
    def first_stated(self) -> date | None:
        days = [s.day for s in self.statements if s.day]
        return min(days) if days else None

    @property
    def last_stated(self) -> date | None:
        days = [s.day for s in self.statements if s.day]
        return max(days) if days else None

    @property
    def restated(self) -> int:
        return max(0, len(self.statements) - 1)

    def to_dict(self) -> dict[str, Any]:
        first, last = self.first_stated, self.last_stated
        return {
            "drawer": self.drawer, "against": "|".join(self.against) or "-",
            "condition": self.condition,
            "frame": self.frame.describe() if self.frame else None,
            "issue": self.frame.label if self.frame else None,
            "first_stated": first.isoformat() if first else None,
            "last_stated": last.isoformat() if last else None,
            "restated": self.restated, "tested": len(self.tests),
            "statements": [s.to_dict() for s in self.statements], "tests": self.tests,
        }  # fmt: skip


def _codes(entities: list[dict[str, Any]] | None) -> list[str]:
    return [e.get("code") for e in entities or [] if e.get("code")]


def _refine(frame: Frame, recs: list[dict[str, Any]]) -> Frame:
    """Use a hypothetical event of the same type in the sentence (the coded if-clause)
    to name the condition's actor and target when the words alone did not."""
    for r in recs:
        if r["event_type"] != frame.event_type or r.get("modality") != "hypothetical":
            continue
        actors = frame.actors or tuple(_codes(r.get("actor")))
        loc = (r.get("location") or {}).get("country")
        target = frame.target or (_codes(r.get("recipient")) or [loc])[0]
        return replace(frame, actors=actors, target=target)
    return frame


def _statements(rows: Iterable[dict[str, Any]]) -> list[tuple[dict[str, Any], list[dict]]]:
    by_sentence: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for row in rows:
        rec = row["record"]
        by_sentence.setdefault((rec["doc_id"], rec["sentence"]), []).append(row)
    return [(group[0], [g["record"] for g in group]) for group in by_sentence.values()]


def build_register(rows: list[dict[str, Any]]) -> list[RedLine]:
    """Red lines found in mention rows (from source.iter_mention_rows), with their tests."""
    from redline.nlp import load_nlp

    nlp = load_nlp()
    found: list[tuple[str, list[str], str, Frame | None, Statement]] = []
    for first, recs in _statements(rows):
        threats = [r for r in recs if r["event_type"] == "THREATEN"
                   and r.get("modality") in DRAWN_MODALITIES]  # fmt: skip
        text = recs[0]["text"]
        cue = find_cue(text) if threats else None
        if cue is None:
            continue
        cond, frame = condition_frame(nlp(text), cue.start(), cue.end())
        drawer = (_codes(threats[0].get("actor")) or ["-"])[0]
        if frame is None and len(cond.split()) < 2:
            cond = NO_CONDITION  # "Sudan will respond by all means": a warning, no condition
        frame = _refine(frame, recs) if frame else None
        stmt = Statement(first["day"], recs[0]["doc_id"], recs[0]["sentence"], text,
                         first.get("title"), cond)  # fmt: skip
        against = [c for t in threats for c in _codes(t.get("recipient"))]
        found.append((drawer, list(dict.fromkeys(against)), cond, frame, stmt))
    found = _fill_from_article(found)
    lines: dict[tuple[str, str], RedLine] = {}
    for drawer, against, cond, frame, stmt in _by_group(found):
        key = (drawer, frame.key() if frame else "text:" + cond.lower())
        line = lines.setdefault(key, RedLine(drawer, [], cond, frame))
        line.against = list(dict.fromkeys(line.against + against))
        line.statements.append(stmt)
    register = sorted(lines.values(), key=lambda ln: (ln.first_stated or date.max, ln.drawer))
    for line in register:
        line.statements.sort(key=lambda s: (s.day or date.max, s.doc_id, s.sentence))
        if not line.against and line.frame:
            line.against = list(line.frame.actors)
        line.tests = find_tests(line, rows)
    return register


def _by_group(found: list[tuple]) -> list[tuple]:
    """A condition on members of a group already named by the same drawer ("British and
    French officers in Kyiv" after "Western troops in Ukraine") restates the group's line."""
    groups = [(d, f) for d, _a, _c, f, _s in found if f and f.actors]
    out = []
    for drawer, against, cond, frame, stmt in found:
        if frame and frame.actors:
            for d2, f2 in groups:
                members = set().union(*(group_members(a) for a in f2.actors))
                if (
                    d2 == drawer
                    and f2 is not frame
                    and f2.event_type == frame.event_type
                    and f2.target == frame.target
                    and set(frame.actors) <= members
                ):
                    frame = f2
                    break
        out.append((drawer, against, cond, frame, stmt))
    return out


def _fill_from_article(found: list[tuple]) -> list[tuple]:
    """A restatement in the same article ("we will treat them as targets") inherits the
    actor/target of the fuller statement of the same drawer and frame type."""
    out = []
    for drawer, against, cond, frame, stmt in found:
        if frame and (not frame.actors or not frame.target):
            for d2, a2, _c2, f2, s2 in found:
                if (
                    d2 == drawer
                    and f2
                    and s2.doc_id == stmt.doc_id
                    and f2.event_type == frame.event_type
                    and f2 is not frame
                ):
                    frame = replace(
                        frame,
                        actors=frame.actors or f2.actors,
                        target=frame.target or f2.target,
                        label=f2.label,
                    )
                    against = against or a2
                    break
        out.append((drawer, against, cond, frame, stmt))
    return out


def find_tests(line: RedLine, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Later asserted happenings that meet the line's condition (one entry each)."""
    if line.frame is None or line.first_stated is None:
        return []
    own = {(s.doc_id, s.sentence) for s in line.statements}
    seen: set[str] = set()
    tests = []
    for row in rows:
        rec, day = row["record"], row["day"]
        if rec.get("modality") != "asserted" or day is None or day < line.first_stated:
            continue
        if (rec["doc_id"], rec["sentence"]) in own or row["happening_id"] in seen:
            continue
        if line.frame.matches(rec, exclude={line.drawer}):
            seen.add(row["happening_id"])
            tests.append({
                "date": day.isoformat(), "event_id": row["happening_id"],
                "event_type": rec["event_type"], "actor": "|".join(_codes(rec.get("actor"))),
                "recipient": "|".join(_codes(rec.get("recipient"))),
                "text": rec["text"], "title": row.get("title"), "doc_id": rec["doc_id"],
            })  # fmt: skip
    return tests
