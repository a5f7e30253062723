"""Versioned schema migrations, recorded in the `schema_version` table.

Each migration is a module `mNNNN_<name>.py` exposing `VERSION`, `NAME` and
`statements(dialect) -> list[str]`. A published migration never changes: a schema change
is a new module appended to MIGRATIONS.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from redline.store.migrations import m0001_initial


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: Callable[[str], list[str]]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(m0001_initial.VERSION, m0001_initial.NAME, m0001_initial.statements),
)

LATEST = MIGRATIONS[-1].version
