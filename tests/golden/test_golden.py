"""Golden end-to-end tests: code every article in examples/ and compare with
tests/golden/<stem>.expected.yml (format in tests/golden/README.md).

Two tiers:
- case checks (always run): every example has a well-formed expectation file whose
  quoted snippets really occur in the example, so a typo cannot make a check vacuous;
- end-to-end checks: ingest (redline.ingest.read_sources) + coder (redline.code_articles)
  must find every expected event and none of the forbidden ones. They skip, with the
  reason, while those APIs do not exist yet.

Run `python tests/golden/test_golden.py` for a per-file recall summary instead of pass/fail.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
GOLDEN = Path(__file__).resolve().parent
SUFFIXES = (".txt", ".html", ".htm", ".jsonl")

PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
    "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split()
)
MODALITIES = frozenset({"asserted", "negated", "hypothetical", "future", "historical"})
SPEC_KEYS = frozenset(
    {"type", "modality", "actor", "recipient", "participants", "trigger",
     "sentence_contains", "doc", "note"}
)
CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,11}$")
# Lines of web furniture seen in the examples: no event may come from them, whatever
# the expectation file says.
BOILERPLATE = (
    "Skip to main content", "Press Enter to skip", "Share this article",
    "Sign up for our newsletter", "Comments are closed", "All rights reserved", "cookies",
)
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def norm(text: str) -> str:
    """Compare text loosely: straight quotes, single spaces, case-folded."""
    return " ".join(text.translate(QUOTES).split()).casefold()


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def example_files() -> list[Path]:
    return sorted(p for p in EXAMPLES.iterdir() if p.suffix in SUFFIXES)


def expected_path(example: Path) -> Path:
    return GOLDEN / f"{example.stem}.expected.yml"


@cache
def load_case(example: Path) -> dict[str, Any]:
    with expected_path(example).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


# --- reading the examples without redline (for the case checks) -------------------

def source_paragraphs(example: Path) -> dict[str | None, list[str]]:
    """Paragraphs of the raw example, by document id (None for one-document files)."""
    raw = example.read_text(encoding="utf-8")
    if example.suffix == ".jsonl":
        docs = [json.loads(line) for line in raw.splitlines() if line.strip()]
        return {d["id"]: (d.get("title") or "").splitlines() + d["text"].splitlines()
                for d in docs}
    if example.suffix in (".html", ".htm"):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?i)</?(p|h[1-6]|li|div|nav|header|footer|time|title)\b[^>]*>", "\n", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return {None: [line for line in raw.splitlines() if line.strip()]}


def find_paragraph(example: Path, snippet: str, doc: str | None) -> str | None:
    paras = source_paragraphs(example)
    pools = [paras.get(doc, [])] if doc else list(paras.values())
    for pool in pools:
        for para in pool:
            if norm(snippet) in norm(para):
                return para
    return None


# --- matching coded events against a spec -------------------------------------------

def _codes(entities: Iterable[Any]) -> set[str]:
    return {e.code for e in entities if getattr(e, "code", None)}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", norm(text)) if len(w) > 2}


def trigger_matches(wanted: Any, found: str) -> bool:
    """Any alternative shares a word (up to an inflection) with the coded trigger."""
    have = _words(found)
    for alt in as_list(wanted):
        for w in _words(str(alt)):
            if any(h == w or (min(len(h), len(w)) >= 4 and (h.startswith(w) or w.startswith(h)))
                   for h in have):
                return True
    return False


def doc_matches(wanted: str | None, rec: Any, articles: dict[str, Any]) -> bool:
    if not wanted:
        return True
    art = articles.get(rec.doc_id)
    names = {rec.doc_id, getattr(art, "url", None), getattr(art, "title", None)}
    return wanted in names or str(rec.doc_id).endswith(wanted)


def matches(spec: dict[str, Any], rec: Any, default_modality: str | None) -> bool:
    """True when the coded record `rec` satisfies every key the spec gives."""
    if "type" in spec and rec.event_type not in as_list(spec["type"]):
        return False
    modality = as_list(spec.get("modality", default_modality))
    if modality and rec.modality not in modality:
        return False
    actors, recipients = _codes(rec.actor), _codes(rec.recipient)
    if not set(as_list(spec.get("actor"))) <= actors:
        return False
    if not set(as_list(spec.get("recipient"))) <= recipients:
        return False
    if not set(as_list(spec.get("participants"))) <= actors | recipients:
        return False
    if "trigger" in spec and not trigger_matches(spec["trigger"], rec.trigger.text):
        return False
    if "sentence_contains" in spec and norm(spec["sentence_contains"]) not in norm(rec.text):
        return False
    return True


def describe(rec: Any) -> str:
    quote = " (quote)" if rec.quote else ""
    return (f"{rec.event_type}/{rec.modality} actor={sorted(_codes(rec.actor))} "
            f"recipient={sorted(_codes(rec.recipient))} trigger={rec.trigger.text!r}{quote}")


def explain_missing(spec: dict[str, Any], records: list[Any]) -> str:
    near = [r for r in records
            if norm(spec.get("sentence_contains", "")) in norm(r.text)]
    shown = "; ".join(describe(r) for r in near) or "no event coded from that sentence"
    want = {k: v for k, v in spec.items() if k != "note"}
    return f"- expected {want}\n    got: {shown}"


# --- running redline ------------------------------------------------------------------

def redline_apis() -> tuple[Callable[..., Any], Callable[..., Any]]:
    """(read_sources, code_articles), or skip with the reason while they are missing."""
    ingest = pytest.importorskip("redline.ingest", exc_type=ImportError,
                                 reason="redline.ingest is not importable yet")
    read_sources = getattr(ingest, "read_sources", None)
    if read_sources is None:
        pytest.skip("redline.ingest.read_sources is not written yet")
    # The coder behind redline.code_articles; importorskip-style while it is being written.
    pytest.importorskip("redline.events.pipeline", exc_type=ImportError,
                        reason="the coder (redline.events.pipeline) is not importable yet")
    import redline

    return read_sources, redline.code_articles


@cache
def coded(example: Path) -> tuple[dict[str, Any], list[Any], list[str]]:
    """Articles by doc_id, all coded records, and ingest errors for one example file."""
    read_sources, code_articles = redline_apis()
    articles, errors = [], []
    for item in read_sources([example]):
        if isinstance(item, Exception):
            errors.append(str(item))
        else:
            articles.append(item)
    records: list[Any] = []
    for _article, recs in code_articles(articles):
        records.extend(recs)
    return {a.doc_id: a for a in articles}, records, errors


EXAMPLE_FILES = example_files()
IDS = [p.stem for p in EXAMPLE_FILES]


# --- case checks (no redline needed) ----------------------------------------------------

def test_there_are_enough_examples() -> None:
    assert len(EXAMPLE_FILES) >= 11
    assert {p.suffix for p in EXAMPLE_FILES} >= {".txt", ".html", ".jsonl"}


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=IDS)
def test_case_file_is_well_formed(example: Path) -> None:
    assert expected_path(example).exists(), f"add {expected_path(example).name}"
    case = load_case(example)
    assert case.get("source") == example.name
    events, must_not = case.get("events") or [], case.get("must_not") or []
    assert 4 <= len(events) <= 10, "give the 4-10 key events of the article"
    assert must_not, "list at least one must_not (a trap in the article)"
    for spec in events + must_not:
        assert set(spec) <= SPEC_KEYS, f"unknown keys {set(spec) - SPEC_KEYS} in {spec}"
        assert set(as_list(spec.get("type"))) <= PLOVER_TYPES, spec
        assert set(as_list(spec.get("modality"))) <= MODALITIES, spec
        for key in ("actor", "recipient", "participants"):
            assert all(CODE_RE.match(c) for c in as_list(spec.get(key))), spec
    for spec in events:
        assert {"type", "trigger", "sentence_contains"} <= set(spec), spec


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=IDS)
def test_case_snippets_occur_in_the_example(example: Path) -> None:
    """Every sentence_contains is in the example, and the trigger in the same paragraph."""
    case = load_case(example)
    for spec in (case.get("events") or []) + (case.get("must_not") or []):
        snippet = spec.get("sentence_contains")
        if snippet is None:
            continue
        para = find_paragraph(example, snippet, spec.get("doc"))
        assert para is not None, f"{snippet!r} not found in {example.name}"
        if "trigger" in spec:
            assert any(norm(str(t)) in norm(para) for t in as_list(spec["trigger"])), spec


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=IDS)
def test_example_is_dated(example: Path) -> None:
    raw = example.read_text(encoding="utf-8")
    if example.suffix == ".jsonl":
        for line in filter(str.strip, raw.splitlines()):
            item = json.loads(line)
            assert {"id", "title", "text", "date", "url"} <= set(item)
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["date"])
        return
    date = str(load_case(example)["date"])
    assert example.name.startswith(date)
    if example.suffix == ".txt":
        from datetime import date as Date

        d = Date.fromisoformat(date)
        assert f"{d:%B} {d.day}, {d.year}" in raw, "put the dateline near the top"
    else:
        assert f'property="article:published_time" content="{date}' in raw


# --- the matcher itself ------------------------------------------------------------------

def _record(**kw: Any) -> Any:
    from redline.records import Entity, EventRecord, Span

    sentence = kw.pop("sentence", "Russia warned that Western troops would be targets.")
    return EventRecord(
        doc_id="d1", event_type=kw.pop("type", "THREATEN"), sentence=0, text=sentence,
        start=0, end=len(sentence), trigger=Span(kw.pop("trigger", "warned"), 7, 13),
        modality=kw.pop("modality", "asserted"),
        actor=[Entity(text=c, code=c) for c in kw.pop("actor", ["RUS"])],
        recipient=[Entity(text=c, code=c) for c in kw.pop("recipient", ["WST"])],
    )


def test_matcher_accepts_a_faithful_record() -> None:
    spec = {"type": ["THREATEN", "ACCUSE"], "actor": ["RUS"], "recipient": ["WST"],
            "trigger": "warn", "sentence_contains": "western  troops would"}
    assert matches(spec, _record(), "asserted")
    curly = _record(sentence="Moscow\u2019s envoy warned Kyiv.")
    assert matches({"sentence_contains": "Moscow's envoy"}, curly, None)
    assert matches({"participants": ["RUS", "WST"]}, _record(), None)
    assert matches({"type": "THREATEN"}, _record(actor=["RUS", "BLR"]), "asserted")


@pytest.mark.parametrize("spec", [
    {"type": "ASSAULT"},
    {"actor": ["USA"]},
    {"recipient": ["UKR"]},
    {"participants": ["CHN"]},
    {"trigger": ["threatened", "said"]},
    {"sentence_contains": "China urged restraint"},
    {"modality": ["negated", "future"]},
])
def test_matcher_rejects_a_record_that_differs(spec: dict[str, Any]) -> None:
    assert not matches(spec, _record(), "asserted")


def test_matcher_default_modality_is_asserted_for_events_and_any_for_must_not() -> None:
    hypothetical = _record(modality="hypothetical")
    assert not matches({"type": "THREATEN"}, hypothetical, "asserted")
    assert matches({"type": "THREATEN"}, hypothetical, None)


def test_trigger_matching_tolerates_inflection_not_other_words() -> None:
    assert trigger_matches("strikes", "strike")
    assert trigger_matches(["go back", "war"], "war")
    assert not trigger_matches("met", "meeting")  # too short to stem safely
    assert not trigger_matches("rejected", "denied")


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=IDS)
def test_case_expectations_do_not_contradict_must_not(example: Path) -> None:
    """A perfect coder (one record per expected event) must pass the file's must_not."""
    case = load_case(example)
    for spec in case["events"]:
        para = find_paragraph(example, spec["sentence_contains"], spec.get("doc")) or ""
        # A rough sentence split is enough here: the record's text must be its own sentence.
        pieces = re.split(r'(?<=[.!?])["\u201d]?\s+(?=["\u201c]?[A-Z])', para)
        para = next((p for p in pieces if norm(spec["sentence_contains"]) in norm(p)), para)
        rec = _record(
            type=as_list(spec["type"])[0], trigger=as_list(spec["trigger"])[0], sentence=para,
            modality=as_list(spec.get("modality", "asserted"))[0],
            actor=as_list(spec.get("actor")) + as_list(spec.get("participants")),
            recipient=as_list(spec.get("recipient")),
        )
        assert matches(spec, rec, "asserted"), spec
        clash = [rule for rule in case["must_not"] if matches(rule, rec, None)]
        assert not clash, f"{spec} is forbidden by {clash}"


# --- end-to-end checks -----------------------------------------------------------------
# Two kinds. (1) Snapshots pin the full coded event list of every example (a projection of
# each record: sentence, type, mode, modality, codes, trigger, date); any change in coding
# shows up as a diff to review, then `python tests/golden/test_golden.py --update` rewrites
# them. (2) The hand-written expectations: every expected event and every must_not rule is
# its own test; the ones the coder does not meet yet are listed in known_gaps.yml and run as
# strict xfails, so fixing one fails the run until the list is updated too.

SNAPSHOTS = GOLDEN / "snapshots"
GAPS_FILE = GOLDEN / "known_gaps.yml"


def snapshot_path(example: Path) -> Path:
    return SNAPSHOTS / f"{example.stem}.events.jsonl"


def project(rec: Any) -> dict[str, Any]:
    return {
        "doc": rec.doc_id, "sentence": rec.sentence, "type": rec.event_type, "mode": rec.mode,
        "modality": rec.modality, "actor": sorted(_codes(rec.actor)),
        "recipient": sorted(_codes(rec.recipient)), "trigger": rec.trigger.text,
        "date": rec.date,
    }


def load_snapshot(example: Path) -> list[dict[str, Any]]:
    path = snapshot_path(example)
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def known_gaps() -> dict[str, dict[str, list[int]]]:
    if not GAPS_FILE.exists():
        return {}
    return yaml.safe_load(GAPS_FILE.read_text(encoding="utf-8")) or {}


def event_found(example: Path, index: int) -> bool:
    articles, records, _ = coded(example)
    spec = load_case(example)["events"][index]
    return any(matches(spec, r, "asserted") and doc_matches(spec.get("doc"), r, articles)
               for r in records)


def rule_violations(example: Path, index: int) -> list[str]:
    articles, records, _ = coded(example)
    rule = load_case(example)["must_not"][index]
    return [f"{describe(r)} in {r.text!r}" for r in records
            if matches(rule, r, None) and doc_matches(rule.get("doc"), r, articles)]


def _cases(section: str) -> list[Any]:
    gaps = known_gaps()
    params = []
    for example in EXAMPLE_FILES:
        for i, _spec in enumerate(load_case(example)[section]):
            known = i in (gaps.get(example.stem, {}).get(section) or [])
            marks = [pytest.mark.xfail(strict=True, reason="known gap (known_gaps.yml)")] \
                if known else []
            params.append(pytest.param(example, i, marks=marks, id=f"{example.stem}#{i}"))
    return params


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=IDS)
def test_golden_snapshot(example: Path) -> None:
    articles, records, errors = coded(example)
    assert not errors, f"ingest failed on {example.name}: {errors}"
    got = [project(r) for r in records]
    want = load_snapshot(example)
    assert got == want, (
        f"{example.name}: coded events differ from {snapshot_path(example).name}; review the "
        "change and run `python tests/golden/test_golden.py --update`"
    )


@pytest.mark.parametrize(("example", "index"), _cases("events"))
def test_golden_expected_event(example: Path, index: int) -> None:
    _, records, _ = coded(example)
    spec = load_case(example)["events"][index]
    assert event_found(example, index), explain_missing(spec, records)


@pytest.mark.parametrize(("example", "index"), _cases("must_not"))
def test_golden_must_not(example: Path, index: int) -> None:
    bad = rule_violations(example, index)
    rule = load_case(example)["must_not"][index]
    assert not bad, f"{example.name}: {rule} is violated by\n" + "\n".join(bad)


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=IDS)
def test_golden_boilerplate_yields_nothing(example: Path) -> None:
    _, records, _ = coded(example)
    bad = [describe(r) for r in records for line in BOILERPLATE if norm(line) in norm(r.text)]
    assert not bad, f"{example.name}: events from boilerplate lines: {bad}"


def update() -> int:
    """Rewrite snapshots and known_gaps.yml from the current coder (review the git diff)."""
    SNAPSHOTS.mkdir(exist_ok=True)
    gaps: dict[str, dict[str, list[int]]] = {}
    for example in EXAMPLE_FILES:
        _, records, _ = coded(example)
        lines = [json.dumps(project(r), ensure_ascii=False) for r in records]
        snapshot_path(example).write_text("\n".join(lines) + "\n", encoding="utf-8")
        case = load_case(example)
        missing = [i for i in range(len(case["events"])) if not event_found(example, i)]
        broken = [i for i in range(len(case["must_not"])) if rule_violations(example, i)]
        if missing or broken:
            gaps[example.stem] = {"events": missing, "must_not": broken}
    header = ("# Expected events (by index in <stem>.expected.yml) the coder misses today, and\n"
              "# must_not rules it breaks. Written by `python tests/golden/test_golden.py "
              "--update`.\n")
    GAPS_FILE.write_text(header + yaml.safe_dump(gaps, sort_keys=True), encoding="utf-8")
    return summary()


def summary() -> int:
    """Print recall and must_not violations per example (for coder development)."""
    total = found = 0
    for example in EXAMPLE_FILES:
        articles, records, errors = coded(example)
        case = load_case(example)
        hits = sum(any(matches(s, r, "asserted") and doc_matches(s.get("doc"), r, articles)
                       for r in records) for s in case["events"])
        bad = sum(any(matches(m, r, None) for r in records) for m in case["must_not"])
        total, found = total + len(case["events"]), found + hits
        print(f"{example.stem:48} {hits:2}/{len(case['events']):2} found, "
              f"{bad} must_not hit, {len(records):3} events, {len(errors)} ingest errors")
    print(f"{'overall recall':48} {found}/{total} = {found / max(total, 1):.0%}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(update() if "--update" in sys.argv else summary())
    except pytest.skip.Exception as exc:
        sys.exit(f"skipped: {exc}")
