"""Run the coder over gold items and score them: the only evaluate module that codes text."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from redline.evaluate.gold import GoldItem, GoldSet, load_gold
from redline.evaluate.metrics import score
from redline.evaluate.scores import Pair, Scores
from redline.records import Article, EventRecord

log = logging.getLogger("redline")

Coder = Callable[[Iterable[Article]], Iterator[tuple[Article, list[EventRecord]]]]


@dataclass
class FileResult:
    path: str
    kind: str
    n_items: int
    seconds: float
    scores: Scores


def _default_coder(batch_size: int) -> Coder:
    import redline

    def run(articles: Iterable[Article]) -> Iterator[tuple[Article, list[EventRecord]]]:
        return redline.code_articles(articles, batch_size=batch_size)

    return run


def code_items(items: Sequence[GoldItem], coder: Coder | None = None, batch_size: int = 32,
               on_done: Callable[[int], None] | None = None) -> list[Pair]:
    """Code every gold item's text as one article (one nlp.pipe pass); pair it with its
    events. `on_done(n)` is called as articles come back (for a progress bar)."""
    run = coder or _default_coder(batch_size)
    articles = [Article(doc_id=it.id, text=it.text, date=it.date, source="gold")
                for it in items]
    coded: dict[str, list[EventRecord]] = {}
    for article, events in run(articles):
        coded.setdefault(article.doc_id, []).extend(events)
        if on_done:
            on_done(1)
    missing = sum(1 for it in items if it.id not in coded)
    if missing:
        log.warning("coder returned nothing for %d of %d gold items", missing, len(items))
    return [(it, coded.get(it.id, [])) for it in items]


def evaluate_gold(gold: GoldSet, coder: Coder | None = None, progress: bool = False,
                  batch_size: int = 32) -> FileResult:
    """Code a loaded gold set's texts and score them."""
    t0 = time.perf_counter()
    if progress:
        from rich.console import Console
        from rich.progress import Progress

        with Progress(console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task(f"coding {Path(gold.path).name}", total=len(gold.items))
            pairs = code_items(gold.items, coder, batch_size,
                               on_done=lambda n: bar.advance(task, n))
    else:
        pairs = code_items(gold.items, coder, batch_size)
    scores = score(gold.kind, pairs)
    return FileResult(path=gold.path, kind=gold.kind, n_items=len(gold.items),
                      seconds=time.perf_counter() - t0, scores=scores)


def evaluate_files(paths: Iterable[str | Path], kind: str | None = None,
                   limit: int | None = None, coder: Coder | None = None,
                   progress: bool = False) -> list[FileResult]:
    """Load every gold file first (a bad one fails before any coding), then score each."""
    golds = [load_gold(p, kind=kind, limit=limit) for p in paths]
    return [evaluate_gold(g, coder=coder, progress=progress) for g in golds]
