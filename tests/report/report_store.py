"""A small crisis store for the report tests: two dyads over five weeks, one spike."""

from __future__ import annotations

from datetime import date, timedelta

from analysis_builders import article, record

from redline.store import open_store


def crisis_store(path: str):  # type: ignore[no-untyped-def]
    store = open_store(path)
    batch, start = [], date(2025, 9, 1)
    for i in range(35):
        day = (start + timedelta(days=i)).isoformat()
        art = article(i, day)
        recs = [record(art, 1, "AGREE", "FRA", "UKR")]
        if i % 6 == 0:
            recs.append(record(art, 2, "THREATEN", "RUS", "FRA"))
        if i >= 28:  # the last week escalates
            recs += [record(art, 3, "ASSAULT", "RUS", "UKR"), record(art, 4, "MOBILIZE", "RUS",
                                                                     "UKR")]  # fmt: skip
        batch.append((art, recs))
    store.add_batch(batch)
    return store
