"""PLOVER ontology: event types, modes, contexts, the CAMEO crosswalk and numeric scores.

All tables live in ``data/`` (credited in their headers) and load on first use.
"""

from redline.ontology.cameo import (
    cameo_codes,
    cameo_label,
    cameo_to_plover,
    goldstein,
    normalize_cameo,
    quad_class,
)
from redline.ontology.codes import Codes, codes_for, default_cameo, plover_score
from redline.ontology.event_types import (
    EVENT_TYPES,
    check_context,
    check_event_type,
    check_mode,
    contexts,
    describe,
    mode_aliases,
    modes,
    quad_of_type,
)

__all__ = [
    "EVENT_TYPES",
    "Codes",
    "cameo_codes",
    "cameo_label",
    "cameo_to_plover",
    "check_context",
    "check_event_type",
    "check_mode",
    "codes_for",
    "contexts",
    "default_cameo",
    "describe",
    "goldstein",
    "mode_aliases",
    "modes",
    "normalize_cameo",
    "plover_score",
    "quad_class",
    "quad_of_type",
]
