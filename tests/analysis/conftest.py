"""Fixtures for the analysis tests. Builders live in analysis_builders.py (importable
from tests because this conftest puts its folder on sys.path; importlib mode does not)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from analysis_builders import drop_pg, fresh_pg_url, pg_skip_reason  # noqa: E402


@pytest.fixture
def pg_url() -> Iterator[str]:
    reason = pg_skip_reason()
    if reason:
        pytest.skip(reason)
    url = fresh_pg_url()
    yield url
    drop_pg(url)


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from redline.nlp import load_nlp

    return load_nlp()
