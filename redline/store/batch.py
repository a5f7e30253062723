"""Writing one batch: identities, stories, mentions and happening upserts, in few statements.

Called by SQLStore.add_batch inside its transaction. Per batch (not per article) we run one
lookup of known texts, one of taken ids and URL versions, one of LSH candidates, one
article insert (which reports what it really inserted, so a concurrent writer that stored
the same text first wins cleanly), then bulk inserts of bands, mentions, entities and one
upsert per happening, in a fixed order so concurrent writers lock rows alike.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

import numpy as np

from redline.records import Article, EventRecord
from redline.store import dedup
from redline.store.base import BatchResult, codes_of, happening_id, parse_date
from redline.store.schema import EVENTS, column_names

EVENT_COLUMNS = column_names(EVENTS)
_CHUNK = 500  # parameters per IN (...) lookup


class _Conn(Protocol):
    def _q(self, sql: str, params: Any = ()) -> list[tuple[Any, ...]]: ...
    def _xmany(self, sql: str, rows: list[Any]) -> None: ...
    def _insert_returning(self, sql: str, rows: list[tuple[Any, ...]]) -> set[Any]: ...
    def known_hashes(self, hashes: Any) -> set[str]: ...


@dataclass
class _Pending:
    chash: str
    article: Article
    records: list[EventRecord]
    doc_id: str
    story_id: str
    joined: bool
    sig: np.ndarray | None
    row: tuple[Any, ...]
    seen_at: datetime


def write_batch(db: _Conn, items: list[tuple[str, Article, list[EventRecord]]]) -> BatchResult:
    result = BatchResult()
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    known = db.known_hashes(chash for chash, _, _ in items)
    fresh = []
    for chash, article, records in items:
        if chash in known:
            result.articles_present += 1
            continue
        known.add(chash)
        fresh.append((chash, article, records))
    versions, taken = _identities(db, [a for _, a, _ in fresh])
    sigs = [dedup.signature(a.text, a.title) for _, a, _ in fresh]
    candidates = _candidates(db, [s for s in sigs if s is not None])
    pending: list[_Pending] = []
    for (chash, article, records), sig in zip(fresh, sigs, strict=True):
        doc_id = article.doc_id or Article.content_id(article.text)
        if doc_id in taken:
            doc_id = f"{doc_id}@{chash[:12]}"  # same id, new text: keep both versions
        taken.add(doc_id)
        version = 1
        if article.url:
            version = versions.get(article.url, 0) + 1
            versions[article.url] = version
        story_id, joined = _find_story(sig, chash, candidates)
        if sig is not None:  # later copies in this batch can join this one's story
            for _, h in dedup.band_hashes(sig):
                candidates.setdefault(h, []).append((story_id, sig))
        published = parse_date(article.date)
        seen_at = datetime.combine(published, datetime.min.time()) if published else now
        row = (
            doc_id, chash, article.url, version, article.title, article.source, article.lang,
            published, article.date, now, article.text, story_id,
            dedup.to_bytes(sig) if sig is not None else None, len(records),
        )  # fmt: skip
        pending.append(_Pending(chash, article, records, doc_id, story_id, joined, sig, row,
                                seen_at))  # fmt: skip
    if not pending:
        return result
    marks = ", ".join("?" * len(pending[0].row))
    inserted = db._insert_returning(
        f"INSERT INTO articles VALUES ({marks}) ON CONFLICT DO NOTHING RETURNING content_hash",
        [p.row for p in pending],
    )
    bands: list[tuple[Any, ...]] = []
    mentions: list[tuple[Any, ...]] = []
    entities: list[tuple[Any, ...]] = []
    happenings: dict[str, dict[str, Any]] = {}
    for p in pending:
        if p.chash not in inserted:  # another writer stored the same text a moment ago
            result.articles_present += 1
            continue
        result.articles_stored += 1
        result.joined_story += int(p.joined)
        if p.sig is not None:
            bands += [(band, h, p.doc_id) for band, h in dedup.band_hashes(p.sig)]
        used: set[str] = set()
        for record in p.records:
            m_row, e_rows, hrow = _mention_rows(record, p, used)
            mentions.append(m_row)
            entities += e_rows
            _merge_happening(happenings, hrow)
            result.mentions += 1
            result.event_ids.add(hrow["event_id"])
    db._xmany(
        "INSERT INTO story_bands (band, hash, doc_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        bands,
    )
    if mentions:
        marks = ", ".join("?" * len(mentions[0]))
        db._xmany(f"INSERT INTO mentions VALUES ({marks}) ON CONFLICT DO NOTHING", mentions)
    if entities:
        marks = ", ".join("?" * len(entities[0]))
        db._xmany(f"INSERT INTO entities VALUES ({marks}) ON CONFLICT DO NOTHING", entities)
    if happenings:
        _upsert_happenings(db, [happenings[k] for k in sorted(happenings)])
    return result


def _in_chunks(db: _Conn, sql: str, values: list[Any]) -> list[tuple[Any, ...]]:
    """Run `sql` (with one `{marks}` slot) over `values` in chunks of IN (...)."""
    rows: list[tuple[Any, ...]] = []
    for i in range(0, len(values), _CHUNK):
        chunk = values[i : i + _CHUNK]
        rows += db._q(sql.format(marks=", ".join("?" * len(chunk))), chunk)
    return rows


def _identities(db: _Conn, articles: list[Article]) -> tuple[dict[str, int], set[str]]:
    """Latest stored version per URL, and which of these doc ids are already used."""
    urls = sorted({a.url for a in articles if a.url})
    ids = sorted({a.doc_id for a in articles if a.doc_id})
    versions = dict(_in_chunks(
        db, "SELECT url, MAX(version) FROM articles WHERE url IN ({marks}) GROUP BY url", urls
    ))  # fmt: skip
    taken = {r[0] for r in _in_chunks(db, "SELECT doc_id FROM articles WHERE doc_id IN ({marks})",
                                      ids)}  # fmt: skip
    return versions, taken


def _candidates(db: _Conn, sigs: list[np.ndarray]) -> dict[int, list[tuple[str, np.ndarray]]]:
    """Stored articles sharing an LSH band with any of `sigs`: band hash -> (story, sig)."""
    hashes = sorted({h for sig in sigs for _, h in dedup.band_hashes(sig)})
    rows = _in_chunks(
        db,
        "SELECT b.hash, a.story_id, a.minhash FROM story_bands b "
        "JOIN articles a ON a.doc_id = b.doc_id WHERE b.hash IN ({marks})",
        hashes,
    )
    out: dict[int, list[tuple[str, np.ndarray]]] = {}
    for h, story, blob in rows:
        if blob is not None:
            out.setdefault(int(h), []).append((story, dedup.from_bytes(blob)))
    return out


def _find_story(
    sig: np.ndarray | None, chash: str, candidates: dict[int, list[tuple[str, np.ndarray]]]
) -> tuple[str, bool]:
    """The story of the most similar earlier article, or a new story named after this one."""
    new_story = "s" + chash[:19]
    if sig is None:
        return new_story, False
    best, best_sim = None, 0.0
    for _, h in dedup.band_hashes(sig):
        for story, other in candidates.get(h, ()):
            sim = dedup.similarity(sig, other)
            if sim > best_sim or (sim == best_sim and best is not None and story < best):
                best, best_sim = story, sim
    if best is not None and best_sim >= dedup.THRESHOLD:
        return best, True
    return new_story, False


def _mention_rows(
    record: EventRecord, p: _Pending, used: set[str]
) -> tuple[tuple[Any, ...], list[tuple[Any, ...]], dict[str, Any]]:
    data = record.to_dict()
    mention_id = record.event_id
    if p.doc_id != record.doc_id or mention_id in used:
        key = f"{p.doc_id}|{record.event_id}|{len(used)}"
        mention_id = hashlib.sha1(key.encode()).hexdigest()[:20]
    used.add(mention_id)
    data["doc_id"], data["event_id"] = p.doc_id, mention_id
    event_date = parse_date(record.date) or parse_date(p.article.date)
    hid = happening_id(record, event_date, p.story_id)
    trig, quote = record.trigger, record.quote
    m_row = (
        mention_id, hid, p.doc_id, record.sentence, record.start, record.end, record.text,
        trig.text, trig.start, trig.end, quote.speaker if quote else None,
        quote.text if quote else None, parse_date(record.date), record.confidence,
        record.why, json.dumps(data, ensure_ascii=False),
    )  # fmt: skip
    e_rows = [
        (mention_id, role, i, e.text, e.name, e.code, e.country, e.sector, e.start, e.end)
        for role, ents in (("actor", record.actor), ("recipient", record.recipient))
        for i, e in enumerate(ents)
    ]
    hrow = {
        "event_id": hid, "event_type": record.event_type, "mode": record.mode,
        "modality": record.modality, "actor_codes": codes_of(record.actor),
        "recipient_codes": codes_of(record.recipient), "date": event_date,
        "story_id": p.story_id, "mentions": 1, "first_seen": p.seen_at,
        "last_seen": p.seen_at, "cameo": record.cameo, "goldstein": record.goldstein,
        "plover_score": record.plover_score, "quad_class": record.quad_class,
        "confidence": record.confidence, "evidence": record.text,
    }  # fmt: skip
    return m_row, e_rows, hrow


def _merge_happening(acc: dict[str, dict[str, Any]], row: dict[str, Any]) -> None:
    """Several mentions of one happening in a batch become one upsert row."""
    cur = acc.get(row["event_id"])
    if cur is None:
        acc[row["event_id"]] = row
        return
    cur["mentions"] += 1
    cur["first_seen"] = min(cur["first_seen"], row["first_seen"])
    cur["last_seen"] = max(cur["last_seen"], row["last_seen"])
    cur["confidence"] = max(cur["confidence"] or 0.0, row["confidence"] or 0.0)


def _upsert_happenings(db: _Conn, rows: list[dict[str, Any]]) -> None:
    cols = ", ".join(EVENT_COLUMNS)
    marks = ", ".join("?" * len(EVENT_COLUMNS))
    db._xmany(
        f"INSERT INTO events ({cols}) VALUES ({marks}) ON CONFLICT (event_id) DO UPDATE SET "
        "mentions = events.mentions + excluded.mentions, "
        "first_seen = LEAST(events.first_seen, excluded.first_seen), "
        "last_seen = GREATEST(events.last_seen, excluded.last_seen), "
        "confidence = GREATEST(events.confidence, excluded.confidence)",
        [tuple(r[c] for c in EVENT_COLUMNS) for r in rows],
    )
