"""Readers for the ontology data files in ``data/`` (loaded lazily, cached once)."""

from __future__ import annotations

import csv
import logging
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from redline.errors import DataFileError

log = logging.getLogger("redline")

_PACKAGE = "redline.ontology"


def _open_text(name: str) -> str:
    try:
        return resources.files(_PACKAGE).joinpath("data", name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(
            f"Cannot read ontology data file {name}: {exc}",
            input=f"redline/ontology/data/{name}",
            fix="reinstall redline; the file ships inside the package",
        ) from exc


@lru_cache(maxsize=64)
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated file; lines starting with '#' are header comments."""
    lines = [ln for ln in _open_text(name).splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows: list[dict[str, str]] = []
    for number, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise DataFileError(
                f"Row {number} of {name} has the wrong number of columns",
                input=f"redline/ontology/data/{name}",
                fix=f"give every row the columns {', '.join(reader.fieldnames or [])}",
            )
        rows.append({k: (v or "").strip() for k, v in row.items()})
    log.debug("loaded %d rows from ontology/data/%s", len(rows), name)
    return tuple(rows)


@lru_cache(maxsize=64)
def read_yaml(name: str) -> Any:
    try:
        return yaml.safe_load(_open_text(name))
    except yaml.YAMLError as exc:
        raise DataFileError(
            f"Ontology data file {name} is not valid YAML: {exc}",
            input=f"redline/ontology/data/{name}",
            fix="repair the YAML syntax",
        ) from exc
