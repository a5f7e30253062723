"""The trigger lexicon: data/triggers.yml read once and checked against the ontology."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Token

from redline.errors import DataFileError

DATA = Path(__file__).parent / "data" / "triggers.yml"

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@dataclass(frozen=True)
class Trigger:
    """What one lexicon entry says about a word."""

    key: str
    type: str | None
    mode: str | None = None
    cameo: str | None = None
    recip: tuple[str, ...] = ()
    speech: bool = False
    intent: bool = False
    negates: bool = False
    needs_recip: bool = False
    unreal_type: str | None = None
    needs_unreal: bool = False
    needs_actor: bool = False
    object_party: bool = False  # verb+object: the object is the party acted on
    not_objects: tuple[str, ...] = ()  # objects that give the word another sense
    intransitive: bool = False  # only this event without an object or clause


# Plain word lists of the lexicon file (see its comments); each becomes a frozenset field.
WORD_LISTS = (
    "light_verbs", "threat_predicates", "speech_verbs", "intent_adjectives", "hostile_preps",
    "quantity_nouns", "non_agents", "verbal_attack_modifiers", "not_participants",
    "non_event_objects", "crowd_actors", "victim_nouns", "attacker_nouns",
    "instrument_objects", "place_nouns", "body_nouns",
    "people_nouns", "weapon_nouns", "verbal_targets", "insult_words",
)  # fmt: skip

# What an entry may say: the Trigger fields, plus the lists of a verb+object entry.
ENTRY_FIELDS = {f.name for f in fields(Trigger)} - {"key"} | {"verbs", "objects"}


@dataclass
class Lexicon:
    verbs: dict[str, Trigger] = field(default_factory=dict)
    phrasal: dict[str, Trigger] = field(default_factory=dict)  # "pull out", "call for"
    nouns: dict[str, Trigger] = field(default_factory=dict)
    noun_compounds: dict[str, Trigger] = field(default_factory=dict)  # "air strike"
    verb_objects: dict[tuple[str, str], Trigger] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()
    threat_predicates: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    intent_adjectives: frozenset[str] = frozenset()
    hostile_preps: frozenset[str] = frozenset()
    quantity_nouns: frozenset[str] = frozenset()
    non_agents: frozenset[str] = frozenset()
    verbal_attack_modifiers: frozenset[str] = frozenset()
    not_participants: frozenset[str] = frozenset()
    non_event_objects: frozenset[str] = frozenset()
    crowd_actors: frozenset[str] = frozenset()
    victim_nouns: frozenset[str] = frozenset()
    attacker_nouns: frozenset[str] = frozenset()
    instrument_objects: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    body_nouns: frozenset[str] = frozenset()
    people_nouns: frozenset[str] = frozenset()
    weapon_nouns: frozenset[str] = frozenset()
    verbal_targets: frozenset[str] = frozenset()
    insult_words: frozenset[str] = frozenset()


def _check_type(name: str | None, where: str) -> str | None:
    if name is None:
        return None
    try:
        from redline.ontology import check_event_type
    except ImportError:  # ontology tables not built: fall back to the bare list
        if name not in PLOVER_TYPES:
            raise DataFileError(f"Unknown event type '{name}'", input=where) from None
        return name
    return check_event_type(name, where=where)


def _word(value: object) -> str:
    """YAML 1.1 reads a bare `on`/`off` as a boolean; in this file they are prepositions."""
    if value is True:
        return "on"
    if value is False:
        return "off"
    return str(value)


def _entry(key: str, raw: dict, where: str) -> Trigger:
    if not isinstance(raw, dict):
        raise DataFileError(
            f"entry '{key}' must be a mapping like {{type: ASSAULT, cameo: \"190\"}}", input=where
        )
    unknown = set(raw) - ENTRY_FIELDS
    if unknown:
        raise DataFileError(
            f"entry '{key}' has unknown field(s) {', '.join(sorted(unknown))}",
            input=where,
            fix="use " + ", ".join(sorted(ENTRY_FIELDS)),
        )
    cameo = raw.get("cameo")
    if cameo is not None and not (isinstance(cameo, str) and cameo.isdigit()):
        raise DataFileError(
            f"entry '{key}': cameo must be a quoted digit string, got {cameo!r}",
            input=where,
            fix='quote it so leading zeros survive: cameo: "043"',
        )
    etype = _check_type(raw.get("type"), where)
    if etype is None and not (raw.get("speech") or raw.get("intent")):
        raise DataFileError(
            f"entry '{key}' has no type", input=where, fix="add type: <PLOVER type>"
        )
    return Trigger(
        key=key,
        type=etype,
        mode=raw.get("mode"),
        cameo=cameo,
        recip=tuple(_word(w) for w in raw.get("recip") or ()),
        speech=bool(raw.get("speech")),
        intent=bool(raw.get("intent")),
        negates=bool(raw.get("negates")),
        needs_recip=bool(raw.get("needs_recip")),
        unreal_type=_check_type(raw.get("unreal_type"), where),
        needs_unreal=bool(raw.get("needs_unreal")),
        needs_actor=bool(raw.get("needs_actor")),
        object_party=bool(raw.get("object_party")),
        not_objects=tuple(_word(w) for w in raw.get("not_objects") or ()),
        intransitive=bool(raw.get("intransitive")),
    )


def load_lexicon(path: Path = DATA) -> Lexicon:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read trigger lexicon: {exc}", input=str(path)) from exc
    lex = Lexicon()
    for key, raw in (data.get("verbs") or {}).items():
        entry = _entry(key, raw, f"{path.name}:verbs.{key}")
        (lex.phrasal if " " in key else lex.verbs)[key] = entry
    for key, raw in (data.get("nouns") or {}).items():
        entry = _entry(key, raw, f"{path.name}:nouns.{key}")
        (lex.noun_compounds if " " in key else lex.nouns)[key] = entry
    for i, raw in enumerate(data.get("verb_objects") or []):
        where = f"{path.name}:verb_objects[{i}]"
        entry = _entry(f"verb_objects[{i}]", raw, where)
        for verb in raw.get("verbs") or []:
            for obj in raw.get("objects") or []:
                lex.verb_objects[(verb, obj)] = Trigger(
                    key=f"{verb} {obj}",
                    type=entry.type,
                    mode=entry.mode,
                    cameo=entry.cameo,
                    recip=entry.recip,
                    object_party=entry.object_party,
                    needs_recip=entry.needs_recip,
                )
    for name in WORD_LISTS:
        setattr(lex, name, frozenset(_word(w) for w in data.get(name) or ()))
    return lex


def verb_keys(lex: Lexicon) -> frozenset[str]:
    """Every verb lemma the lexicon knows, in any role."""
    keys = getattr(lex, "_verb_keys", None)
    if keys is None:
        keys = frozenset(lex.verbs) | lex.light_verbs | lex.speech_verbs
        keys |= {k.split()[0] for k in lex.phrasal} | {v for v, _ in lex.verb_objects}
        lex._verb_keys = keys  # type: ignore[attr-defined]
    return keys


def verb_lemma(tok: Token, lex: Lexicon) -> str:
    """The token's lemma, or a known verb its spelling points to when the lemmatizer slips
    ("staged" -> "stag")."""
    lemma = tok.lemma_.lower()
    keys = verb_keys(lex)
    if lemma in keys:
        return lemma
    low = tok.lower_
    for cut, add in (("d", ""), ("ed", ""), ("ing", ""), ("ing", "e"), ("s", ""), ("es", "")):
        if low.endswith(cut) and low[: -len(cut)] + add in keys:
            return low[: -len(cut)] + add
    return lemma


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return load_lexicon(DATA)
