"""Stances: per issue, where each actor stands (supports, opposes, threatens, urges
restraint), read from its coded events, with the evidence sentences.

An issue is a frame ("troop deployment to UKR" -> MOBILIZE with target UKR) or a keyword
set ("sanctions, Hungary"). A sentence is *tied* to a frame issue when it has the frame's
words and names the target (or codes an event that meets the frame); to a keyword issue
when it has one of the keywords. Rules (data/stances.yml):
- an event meeting the frame: asserted/future -> supports, negated -> opposes;
- THREATEN in a tied sentence -> threatens; REJECT/PROTEST/SANCTION -> opposes;
  AGREE/SUPPORT/AID/CONSULT -> supports, unless the same actor's stance in that sentence
  is already given by an event meeting the frame ("no plans to deploy ..., but supports");
- a negated cooperative or deployment event in a tied sentence -> opposes;
- REQUEST with restraint words anywhere in an article with a tied sentence -> urges restraint.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from redline.analysis.frames import (
    Frame,
    frame_kind,
    issue_label,
    load_rules,
    target_regex,
    words_regex,
)

POSITIONS = ("supports", "opposes", "threatens", "urges restraint")


@dataclass(frozen=True)
class Issue:
    name: str
    frame: Frame | None = None
    keywords: tuple[str, ...] = ()

    def tied(self, text: str, recs: list[dict[str, Any]]) -> bool:
        if self.frame is None:
            return bool(self.keywords) and bool(words_regex(list(self.keywords)).search(text))
        if any(self.frame.matches(r) for r in recs if r.get("modality") != "hypothetical"):
            return True
        spec = frame_kind(text)
        if spec is None or spec["type"] != self.frame.event_type:
            return False
        return self.frame.target is None or bool(target_regex(self.frame.target).search(text))


def parse_issue(text: str) -> Issue:
    """'troop deployment to UKR' -> a frame issue; anything else -> a keyword issue."""
    from redline.actors.kb import load_kb

    spec = frame_kind(text)
    m = re.search(r"\b(?:to|in|into|on|against|for)\s+(.+)$", text.strip(), re.IGNORECASE)
    if spec and m:
        kb = load_kb()
        where = m.group(1).strip()
        entry = kb.countries.get(where.upper()) or kb.lookup(where)
        if entry is not None:
            target = entry.country or entry.code
            frame = Frame(spec["type"], (), target, issue_label(spec, target))
            return Issue(frame.label, frame)
    if spec and not m:
        return Issue(spec["label"], Frame(spec["type"], (), None, spec["label"]))
    parts = [p.strip() for p in (text.split(",") if "," in text else text.split()) if p.strip()]
    return Issue(text.strip(), None, tuple(parts))


@dataclass
class Stance:
    issue: str
    actor: str
    counts: Counter[str] = field(default_factory=Counter)
    evidence: list[dict[str, Any]] = field(default_factory=list)

    @property
    def position(self) -> str:
        order = load_rules("stances.yml")["priority"]
        return min(self.counts, key=lambda p: (-self.counts[p], order.index(p)))

    def to_dict(self) -> dict[str, Any]:
        return {"issue": self.issue, "actor": self.actor, "position": self.position,
                **{p: self.counts.get(p, 0) for p in POSITIONS},
                "evidence": self.evidence}  # fmt: skip


def _actors(rec: dict[str, Any]) -> list[str]:
    return [e["code"] for e in rec.get("actor") or [] if e.get("code")]


def _positions(issue: Issue, recs: list[dict[str, Any]], tied: bool,
               article_tied: bool) -> list[tuple[dict[str, Any], str]]:  # fmt: skip
    rules = load_rules("stances.yml")
    restraint = words_regex(rules["restraint_words"])
    out: list[tuple[dict[str, Any], str]] = []
    direct: set[str] = set()
    for r in recs:
        if (
            issue.frame
            and r["event_type"] == issue.frame.event_type
            and (tied or issue.frame.matches(r))
        ):
            pos = {"asserted": "supports", "future": "supports", "negated": "opposes"}
            if r.get("modality") in pos:
                out.append((r, pos[r["modality"]]))
                direct |= set(_actors(r))
    for r in recs:
        t, mod = r["event_type"], r.get("modality")
        if any(r is o for o, _ in out) or mod in ("hypothetical", "historical"):
            continue
        if t == "REQUEST" and article_tied and restraint.search(r["text"]):
            out.append((r, "urges restraint"))
        elif not tied:
            continue
        elif t in rules["threatens"]:
            out.append((r, "threatens"))
        elif mod == "negated":
            if t in rules["negated_opposes"]:
                out.append((r, "opposes"))
        elif t in rules["opposes"]:
            out.append((r, "opposes"))
        elif t in rules["supports"] and not (set(_actors(r)) & direct):
            out.append((r, "supports"))
    return out


def stance_table(issues: list[Issue], rows: list[dict[str, Any]]) -> list[Stance]:
    """Stances per issue and actor from mention rows (source.iter_mention_rows)."""
    sentences: dict[tuple[str, int], list[dict[str, Any]]] = {}
    meta: dict[tuple[str, int], dict[str, Any]] = {}
    for row in rows:
        rec = row["record"]
        key = (rec["doc_id"], rec["sentence"])
        sentences.setdefault(key, []).append(rec)
        meta.setdefault(key, row)
    out: list[Stance] = []
    for issue in issues:
        tied = {k: issue.tied(recs[0]["text"], recs) for k, recs in sentences.items()}
        docs = {k[0] for k, v in tied.items() if v}
        table: dict[str, Stance] = {}
        for key, recs in sentences.items():
            if key[0] not in docs:
                continue
            for rec, pos in _positions(issue, recs, tied[key], True):
                for code in dict.fromkeys(_actors(rec)):
                    st = table.setdefault(code, Stance(issue.name, code))
                    st.counts[pos] += 1
                    day = meta[key]["day"]
                    st.evidence.append({
                        "position": pos, "date": day.isoformat() if day else None,
                        "event_type": rec["event_type"], "modality": rec.get("modality"),
                        "text": rec["text"], "title": meta[key].get("title"),
                        "doc_id": rec["doc_id"],
                    })  # fmt: skip
        out += sorted(table.values(), key=lambda s: (-sum(s.counts.values()), s.actor))
    return out


def default_issues(register: list[Any], rows: list[dict[str, Any]], top: int = 3) -> list[Issue]:
    """Issues worth a stance table when none is given: red-line conditions first, then the
    most frequent deployment/aid/sanction frames with a target."""
    issues: dict[str, Issue] = {}
    for line in register:
        f = line.frame
        if f is not None and f.target:
            frame = Frame(f.event_type, (), f.target, f.label)
            issues.setdefault(f.label, Issue(f.label, frame))
    if len(issues) < top:
        from redline.analysis.frames import _frame_specs

        specs = {s["type"]: s for s, _ in reversed(_frame_specs())}
        seen: Counter[tuple[str, str]] = Counter()
        for row in rows:
            rec = row["record"]
            if rec["event_type"] in ("MOBILIZE", "AID", "SANCTION"):
                for e in rec.get("recipient") or []:
                    if e.get("code"):
                        seen[(rec["event_type"], e["code"])] += 1
        for (etype, code), _n in seen.most_common():
            label = issue_label(specs[etype], code)
            issues.setdefault(label, Issue(label, Frame(etype, (), code, label)))
            if len(issues) >= top:
                break
    return list(issues.values())
