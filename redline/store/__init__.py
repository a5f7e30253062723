"""Stores: DuckDB (embedded default) and PostgreSQL, one schema, idempotent batched writes."""

from __future__ import annotations

from redline.store.base import BatchResult, EventFilter, Store
from redline.store.url import STORES, open_store, parse_db_url

__all__ = ["STORES", "BatchResult", "EventFilter", "Store", "open_store", "parse_db_url"]
