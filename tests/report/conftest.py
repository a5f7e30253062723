"""The report tests reuse the analysis builders (tests/analysis/analysis_builders.py) and
share report_store.py; importlib mode puts neither folder on sys.path, so we do."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "analysis"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
