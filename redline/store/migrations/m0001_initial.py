"""Migration 1: every table of the first schema."""

from __future__ import annotations

from redline.store.schema import TABLES, create_table_sql

VERSION = 1
NAME = "initial"


def statements(dialect: str) -> list[str]:
    out: list[str] = []
    for table in TABLES:
        out += create_table_sql(table, dialect)
    return out
