"""Red lines and stances found by the real coder in articles we wrote for these tests,
and in the project's own example article on the Paris pledges."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.analysis.redlines import build_register
from redline.analysis.source import iter_mention_rows
from redline.analysis.stances import parse_issue, stance_table
from redline.records import Article
from redline.store import open_store

ROOT = Path(__file__).resolve().parents[2]
# Written for these tests; dates spread over three weeks of an imagined crisis.
TEXTS = {
    "2025-10-01": "MOSCOW - Russia warned on Monday that any British troops sent to Ukraine "
    "would be legitimate targets for its forces.\nThe United States has no plans to deploy "
    "troops in Ukraine, a Pentagon spokesperson said.\nTurkey urged both sides to show "
    "restraint and to return to dialogue.",
    "2025-10-10": "MOSCOW - The Kremlin said on Friday that British soldiers in Ukraine would "
    "be treated as legitimate targets.",
    "2025-10-21": "KYIV - Britain deployed 200 soldiers to western Ukraine on Monday to train "
    "Ukrainian units, the Ministry of Defence said.",
}


@pytest.fixture(scope="module")
def rows():  # type: ignore[no-untyped-def]
    from redline import code_articles

    arts = [Article(doc_id=f"crisis-{d}", text=t, date=d, title=f"crisis {d}")
            for d, t in TEXTS.items()]  # fmt: skip
    store = open_store("duckdb:///:memory:")
    store.add_batch(list(code_articles(arts)))
    out = list(iter_mention_rows(store))
    store.close()
    return out


def test_red_line_is_registered_restated_and_tested(rows) -> None:  # type: ignore[no-untyped-def]
    (line,) = [ln for ln in build_register(rows) if ln.drawer == "RUS"]
    d = line.to_dict()
    assert d["frame"] == "MOBILIZE by GBR into UKR"
    assert "British troops sent to Ukraine" in d["condition"]
    assert d["against"] == "GBR"
    # "on Monday" in an article of Wednesday 1 October: the event date is 29 September
    assert (d["first_stated"], d["last_stated"], d["restated"]) == ("2025-09-29", "2025-10-10", 1)
    assert [t["date"] for t in d["tests"]] == ["2025-10-20"]  # "on Monday"
    assert "deployed 200 soldiers" in d["tests"][0]["text"]


def test_a_negated_deployment_is_not_a_test(rows) -> None:  # type: ignore[no-untyped-def]
    (line,) = [ln for ln in build_register(rows) if ln.drawer == "RUS"]
    assert all("no plans" not in t["text"] for t in line.tests)


def test_stances_on_troop_deployment(rows) -> None:  # type: ignore[no-untyped-def]
    issue = parse_issue("troop deployment to Ukraine")
    assert issue.frame is not None and issue.frame.target == "UKR"
    got = {s.actor: s.position for s in stance_table([issue], rows)}
    assert got["USA"] == "opposes"
    assert got["RUS"] == "threatens"
    assert got["TUR"] == "urges restraint"
    assert got["GBR"] == "supports"


def test_keyword_issue_ties_sentences_by_words(rows) -> None:  # type: ignore[no-untyped-def]
    issue = parse_issue("Pentagon, spokesperson")
    assert issue.frame is None and issue.keywords == ("Pentagon", "spokesperson")
    assert {s.actor for s in stance_table([issue], rows)} >= {"USA"}


def test_example_article_paris_pledges() -> None:
    from redline import code_articles
    from redline.ingest import read_sources

    path = ROOT / "examples" / "2025-09-05-paris-security-guarantees.txt"
    if not path.exists():
        pytest.skip("example article not present")
    store = open_store("duckdb:///:memory:")
    store.add_batch(list(code_articles(a for a in read_sources([str(path)])
                                       if isinstance(a, Article))))  # fmt: skip
    rows = list(iter_mention_rows(store))
    store.close()
    frames = {(ln.drawer, ln.frame.describe() if ln.frame else None)
              for ln in build_register(rows)}  # fmt: skip
    assert ("RUS", "MOBILIZE by WST into UKR") in frames
    got = {s.actor: s.position for s in stance_table([parse_issue("troop deployment to UKR")],
                                                     rows)}  # fmt: skip
    assert got["USA"] == "opposes" and got["RUS"] == "threatens"
