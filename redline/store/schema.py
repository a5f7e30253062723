"""One schema for every store, written once and rendered per SQL dialect.

Tables:
- `articles`: one row per distinct article text (content hash), with its story.
- `story_bands`: MinHash LSH band hashes of each article, so near-duplicate lookup
  is a plain indexed SQL query that works across runs and across processes.
- `events`: one row per *happening* (several reports of one event are one row).
- `mentions`: one row per EventRecord (its evidence), pointing to its happening.
- `entities`: actor/recipient entities of each mention.
Foreign keys are logical (documented here, checked by tests), not declared: DuckDB's
FK checks forbid the in-place counter updates the happening upsert relies on.
"""

from __future__ import annotations

from dataclasses import dataclass

DIALECTS = ("duckdb", "postgres")

# generic type -> (duckdb, postgres)
_TYPES: dict[str, tuple[str, str]] = {
    "text": ("VARCHAR", "TEXT"),
    "int": ("INTEGER", "INTEGER"),
    "bigint": ("BIGINT", "BIGINT"),
    "float": ("DOUBLE", "DOUBLE PRECISION"),
    "date": ("DATE", "DATE"),
    "timestamp": ("TIMESTAMP", "TIMESTAMP"),
    # JSON kept as text in DuckDB: its JSON type lives in an extension we must not fetch.
    "json": ("VARCHAR", "JSONB"),
    "blob": ("BLOB", "BYTEA"),
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    extra: str = ""


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    unique: tuple[tuple[str, ...], ...] = ()
    indexes: tuple[tuple[str, ...], ...] = ()


def _c(name: str, type_: str, extra: str = "") -> Column:
    return Column(name, type_, extra)


ARTICLES = Table(
    "articles",
    (
        _c("doc_id", "text", "NOT NULL"),
        _c("content_hash", "text", "NOT NULL"),
        _c("url", "text"),
        _c("version", "int", "NOT NULL"),
        _c("title", "text"),
        _c("source", "text"),
        _c("lang", "text"),
        _c("published", "date"),
        _c("published_raw", "text"),
        _c("ingested_at", "timestamp", "NOT NULL"),
        _c("text", "text", "NOT NULL"),
        _c("story_id", "text", "NOT NULL"),
        _c("minhash", "blob"),
        _c("n_mentions", "int", "NOT NULL"),
    ),
    primary_key=("doc_id",),
    unique=(("content_hash",),),
    indexes=(("url",), ("story_id",)),
)

STORY_BANDS = Table(
    "story_bands",
    (
        _c("band", "int", "NOT NULL"),
        _c("hash", "bigint", "NOT NULL"),
        _c("doc_id", "text", "NOT NULL"),
    ),
    # `hash` already folds in the band number, so a lookup is one `hash IN (...)`.
    primary_key=("hash", "doc_id"),
)

EVENTS = Table(
    "events",
    (
        _c("event_id", "text", "NOT NULL"),
        _c("event_type", "text", "NOT NULL"),
        _c("mode", "text"),
        _c("modality", "text", "NOT NULL"),
        _c("actor_codes", "text", "NOT NULL"),
        _c("recipient_codes", "text", "NOT NULL"),
        _c("date", "date"),
        _c("story_id", "text", "NOT NULL"),
        _c("mentions", "int", "NOT NULL"),
        _c("first_seen", "timestamp", "NOT NULL"),
        _c("last_seen", "timestamp", "NOT NULL"),
        _c("cameo", "text"),
        _c("goldstein", "float"),
        _c("plover_score", "float"),
        _c("quad_class", "int"),
        _c("confidence", "float"),
        _c("evidence", "text"),
    ),
    primary_key=("event_id",),
    indexes=(("date",), ("event_type",), ("story_id",)),
)

MENTIONS = Table(
    "mentions",
    (
        _c("mention_id", "text", "NOT NULL"),
        _c("event_id", "text", "NOT NULL"),
        _c("doc_id", "text", "NOT NULL"),
        _c("sentence", "int", "NOT NULL"),
        _c("start_char", "int", "NOT NULL"),
        _c("end_char", "int", "NOT NULL"),
        _c("text", "text", "NOT NULL"),
        _c("trigger_text", "text"),
        _c("trigger_start", "int"),
        _c("trigger_end", "int"),
        _c("quote_speaker", "text"),
        _c("quote_text", "text"),
        _c("date", "date"),
        _c("confidence", "float"),
        _c("why", "text"),
        _c("record", "json", "NOT NULL"),
    ),
    primary_key=("mention_id",),
    indexes=(("event_id",), ("doc_id",)),
)

ENTITIES = Table(
    "entities",
    (
        _c("mention_id", "text", "NOT NULL"),
        _c("role", "text", "NOT NULL"),  # 'actor' or 'recipient'
        _c("idx", "int", "NOT NULL"),
        _c("text", "text"),
        _c("name", "text"),
        _c("code", "text"),
        _c("country", "text"),
        _c("sector", "text"),
        _c("start_char", "int"),
        _c("end_char", "int"),
    ),
    primary_key=("mention_id", "role", "idx"),
    indexes=(("code",),),
)

SCHEMA_VERSION = Table(
    "schema_version",
    (
        _c("version", "int", "NOT NULL"),
        _c("name", "text", "NOT NULL"),
        _c("applied_at", "timestamp", "NOT NULL"),
    ),
    primary_key=("version",),
)

TABLES: tuple[Table, ...] = (ARTICLES, STORY_BANDS, EVENTS, MENTIONS, ENTITIES)


def sql_type(generic: str, dialect: str) -> str:
    duck, pg = _TYPES[generic]
    return duck if dialect == "duckdb" else pg


def create_table_sql(table: Table, dialect: str) -> list[str]:
    """CREATE TABLE plus its indexes, idempotent (IF NOT EXISTS)."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}")
    cols = [f"{c.name} {sql_type(c.type, dialect)} {c.extra}".rstrip() for c in table.columns]
    cols.append(f"PRIMARY KEY ({', '.join(table.primary_key)})")
    cols += [f"UNIQUE ({', '.join(u)})" for u in table.unique]
    out = [f"CREATE TABLE IF NOT EXISTS {table.name} (\n  " + ",\n  ".join(cols) + "\n)"]
    for idx in table.indexes:
        name = f"ix_{table.name}_{'_'.join(idx)}"
        out.append(f"CREATE INDEX IF NOT EXISTS {name} ON {table.name} ({', '.join(idx)})")
    return out


def column_names(table: Table) -> list[str]:
    return [c.name for c in table.columns]
