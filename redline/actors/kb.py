"""The actor knowledge base: every alias from the data tables, indexed by its lookup key.

Tables (see data/README.md): countries.tsv (+ pycountry names), territories.tsv,
state_bodies.tsv, organizations.tsv and people.tsv. Built once per process (load_kb is
cached); a lookup is one dict access plus a choice among a handful of candidates.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import pycountry

from redline.actors.loaders import DATA_DIR, check_code, parse_date, read_tsv, split_list
from redline.actors.names import fold, is_stopword_alias, norm
from redline.errors import DataFileError

log = logging.getLogger("redline")

# Which kind wins when one alias key names several things ("Jordan": the state, not a person).
KIND_RANK = {
    "country": 0, "body": 1, "igo": 2, "ngo": 2, "group": 2, "crime": 2, "pre": 2,
    "capital": 3, "person": 4, "multi": 5, "bloc": 6, "demonym": 7, "city": 8,
}
# Among office holders in office on the same day, the higher office wins.
ROLE_RANK = {"HOS": 0, "HOG": 1, "VP": 2, "FM": 3, "DM": 4, "LEADER": 5, "MIL": 6}
PERSON_ROLES = set(ROLE_RANK) | {"OTHER", "OPP"}


@dataclass(frozen=True)
class KBEntry:
    """One thing an alias can name. For people, one row per term of office."""

    code: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    start: date | None = None
    end: date | None = None
    role: str | None = None
    office: str | None = None
    members: tuple[str, ...] = ()
    order: int = 0  # row order, for stable tie-breaking

    def active(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Alias:
    entry: KBEntry
    strict: str | None = None  # folded original casing, when the alias is case-sensitive
    always_strict: bool = False


@dataclass
class ActorKB:
    aliases: dict[str, list[Alias]] = field(default_factory=dict)
    max_words: int = 1
    countries: dict[str, KBEntry] = field(default_factory=dict)  # ISO3 -> state entry
    org_country: dict[str, str | None] = field(default_factory=dict)
    offices: dict[tuple[str, str], list[KBEntry]] = field(default_factory=dict)
    surface_forms: set[str] = field(default_factory=set)  # aliases as written, for matchers
    # lookup() answers by (text, day, lowercase_doc): the resolver asks for every run of a
    # phrase's words, and names recur across phrases and articles. Cleared by add().
    _memo: dict[tuple[str, date | None, bool], KBEntry | None] = field(
        default_factory=dict, repr=False, compare=False)

    # -- building -----------------------------------------------------------------------
    def add(self, alias: str, entry: KBEntry) -> None:
        strict = alias.startswith("=")
        alias = alias.lstrip("=").strip()
        key = norm(alias)
        if not key:
            return
        self._memo.clear()
        self.surface_forms.add(alias)
        always = is_stopword_alias(key)
        item = Alias(entry, fold(alias) if (strict or always) else None, always)
        bucket = self.aliases.setdefault(key, [])
        if any(a.entry == entry and a.strict == item.strict for a in bucket):
            return
        bucket.append(item)
        self.max_words = max(self.max_words, key.count(" ") + 1)

    # -- lookup ---------------------------------------------------------------------------
    def candidates(self, text: str, lowercase_doc: bool = False) -> list[KBEntry]:
        """Entries whose alias matches `text` (case rules applied), best kind first."""
        key = norm(text)
        found = self.aliases.get(key)
        if not found:
            return []
        folded = fold(text)
        out = []
        for a in found:
            if a.strict is not None and folded != a.strict:
                if a.always_strict or not lowercase_doc:
                    continue
            out.append(a.entry)
        out.sort(key=lambda e: (KIND_RANK.get(e.kind, 9), e.order))
        return out

    def lookup(self, text: str, day: date | None = None,
               lowercase_doc: bool = False) -> KBEntry | None:
        """The best entry for an alias on a given day (None = most recent office)."""
        key = (text, day, lowercase_doc)
        if key in self._memo:
            return self._memo[key]
        if len(self._memo) >= 200_000:  # bound the memory of a long-running process
            self._memo.clear()
        found = self._memo[key] = self._lookup(text, day, lowercase_doc)
        return found

    def _lookup(self, text: str, day: date | None, lowercase_doc: bool) -> KBEntry | None:
        cands = self.candidates(text, lowercase_doc)
        if not cands:
            return None
        if day is not None and len(cands) > 1:
            # A place that changed state ("Juba": Sudan's until 2011): the row of that day.
            cands = [c for c in cands if c.kind == "person" or c.active(day)] or cands
        best_kind = cands[0].kind
        same = [c for c in cands if c.kind == best_kind]
        if best_kind == "person":
            return pick_office(same, day)
        if len(same) > 1 and any(c.start or c.end for c in same):
            return pick_dated(same, day)
        return same[0]

    def holder(self, code: str, role: str, day: date | None) -> KBEntry | None:
        """Who held an office (e.g. USA/HOS) on a day; the latest holder if no day."""
        rows = self.offices.get((code, role), [])
        if not rows:
            return None
        if day is None:
            # The latest holder, unless that term has ended (the table has no successor).
            last = max(rows, key=lambda r: (r.start or date.min, -r.order))
            return last if last.end is None else None
        active = [r for r in rows if r.active(day)]
        return min(active, key=lambda r: r.order) if active else None

    def country_of(self, code: str) -> str | None:
        if code in self.countries:
            return code
        return self.org_country.get(code)


def pick_dated(rows: list[KBEntry], day: date | None) -> KBEntry:
    if day is None:
        return max(rows, key=lambda r: (r.start or date.min, -r.order))
    active = [r for r in rows if r.active(day)]
    return active[0] if active else rows[0]


def pick_office(rows: list[KBEntry], day: date | None) -> KBEntry:
    """Choose among office rows for one alias: in office on `day` (highest office), else
    the most recent past office (returned as a former official, sector ELI), else the first
    future office (returned with no sector: not yet an official)."""
    if day is None:
        return max(rows, key=lambda r: (r.start or date.min, -ROLE_RANK.get(r.role or "", 9)))
    active = [r for r in rows if r.active(day)]
    if active:
        return min(active, key=lambda r: (ROLE_RANK.get(r.role or "", 9), r.order))
    past = [r for r in rows if r.end is not None and r.end <= day]
    if past:
        last = max(past, key=lambda r: r.end or date.min)
        return _replace_sector(last, "ELI")
    first = min(rows, key=lambda r: r.start or date.max)
    return _replace_sector(first, None)


@lru_cache(maxsize=4096)
def _replace_sector(entry: KBEntry, sector: str | None) -> KBEntry:
    country = entry.country
    return KBEntry(entry.code if country is None else country, entry.name, entry.kind,
                   country, sector, entry.start, entry.end, entry.role, entry.office,
                   entry.members, entry.order)


# -- loading ------------------------------------------------------------------------------
def _load_countries(kb: ActorKB, data: Path) -> None:
    folded: dict[str, tuple[str, str]] = {}
    for lineno, row in read_tsv(data / "territories.tsv", ("territory", "state", "sector")):
        where = f"territories.tsv:{lineno}"
        folded[check_code(row["territory"], where, "territory")] = (
            check_code(row["state"], where, "state"), row["sector"])
    path = data / "countries.tsv"
    for lineno, row in read_tsv(path, ("code", "name", "aliases", "demonyms", "capitals")):
        where = f"countries.tsv:{lineno}"
        code = check_code(row["code"], where, "code")
        if not row["name"]:
            raise DataFileError("country row without a name", input=where,
                                fix="give the short English name in the 'name' column")
        entry = KBEntry(code, row["name"], "country", country=code, order=lineno)
        kb.countries[code] = entry
        kb.add(row["name"], entry)
        for alias in split_list(row["aliases"]):
            kb.add(alias, entry)
        dem = KBEntry(code, row["name"], "demonym", country=code, order=lineno)
        for alias in split_list(row["demonyms"]):
            kb.add(alias, dem)
            for plural in _plurals(alias.lstrip("=")):
                kb.add(("=" if alias.startswith("=") else "") + plural, dem)
        cap = KBEntry(code, row["name"], "capital", country=code, sector="GOV", order=lineno)
        for alias in split_list(row["capitals"]):
            kb.add(alias, cap)
    # ISO names (pycountry) for every state, and dependencies folded into their state.
    for c in pycountry.countries:
        code, extra = c.alpha_3, None
        if code in folded:
            code, extra = folded[code]
        target = kb.countries.get(code)
        if target is None:
            log.debug("pycountry %s has no row in countries.tsv", c.alpha_3)
            continue
        if extra:
            target = KBEntry(code, c.name, "pre", country=code, sector=extra, order=target.order)
        for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if name and "," not in name:
                kb.add(name.split(" (")[0], target)


def _plurals(demonym: str) -> list[str]:
    low = demonym.lower()
    if low.endswith(("ese", "ish", "ch", "ss", "s", "i ", "x")) or " " in low:
        return []
    if low.endswith(("an", "i", "o", "e", "ian", "er", "ot", "on", "k", "b", "t", "d", "g")):
        return [demonym + "s"]
    return []


def _load_bodies(kb: ActorKB, data: Path) -> None:
    for lineno, row in read_tsv(data / "state_bodies.tsv", ("aliases", "code", "sector", "name")):
        where = f"state_bodies.tsv:{lineno}"
        code = check_code(row["code"], where, "code")
        if code not in kb.countries:
            raise DataFileError(f"unknown country code {code!r}", input=where,
                                fix="use an ISO3 code that has a row in countries.tsv")
        entry = KBEntry(code, row["name"] or code, "body", country=code,
                        sector=row["sector"] or None, order=lineno)
        for alias in split_list(row["aliases"]):
            kb.add(alias, entry)


ORG_KINDS = {"igo", "ngo", "bloc", "multi", "group", "crime", "pre"}


def _load_orgs(kb: ActorKB, data: Path) -> None:
    cols = ("code", "name", "country", "sector", "kind", "start", "end", "members", "aliases")
    for lineno, row in read_tsv(data / "organizations.tsv", cols):
        where = f"organizations.tsv:{lineno}"
        code = check_code(row["code"], where, "code")
        kind = row["kind"]
        if kind not in ORG_KINDS:
            raise DataFileError(f"unknown kind {kind!r}", input=where,
                                fix=f"kind must be one of {', '.join(sorted(ORG_KINDS))}")
        country = check_code(row["country"], where, "country") if row["country"] else None
        members = tuple(check_code(m, where, "member") for m in split_list(row["members"]))
        entry = KBEntry(code, row["name"] or code, kind, country=country,
                        sector=row["sector"] or None, start=parse_date(row["start"], where),
                        end=parse_date(row["end"], where), members=members, order=lineno)
        kb.org_country.setdefault(code, country)
        aliases = split_list(row["aliases"])
        if "=" + row["name"] not in aliases:  # "=the West": the name itself only in capitals
            kb.add(row["name"], entry)
        for alias in aliases:
            kb.add(alias, entry)


def _load_people(kb: ActorKB, data: Path) -> None:
    cols = ("name", "aliases", "code", "sector", "role", "office", "start", "end")
    for lineno, row in read_tsv(data / "people.tsv", cols):
        where = f"people.tsv:{lineno}"
        if not row["name"]:
            raise DataFileError("person row without a name", input=where,
                                fix="put the person's full name in the 'name' column")
        code = check_code(row["code"], where, "code")
        if code not in kb.countries and code not in kb.org_country:
            raise DataFileError(f"unknown code {code!r}", input=where,
                                fix="use an ISO3 code from countries.tsv or a code from "
                                "organizations.tsv")
        role = row["role"] or "OTHER"
        if role not in PERSON_ROLES:
            raise DataFileError(f"unknown role {role!r}", input=where,
                                fix=f"role must be one of {', '.join(sorted(PERSON_ROLES))}")
        start, end = parse_date(row["start"], where), parse_date(row["end"], where)
        if start is None:
            raise DataFileError("office without a start date", input=where,
                                fix="give the start date of the office (YYYY-MM-DD)")
        if end is not None and end < start:
            raise DataFileError("office ends before it starts", input=where,
                                fix="check the start and end dates")
        entry = KBEntry(code, row["name"], "person", country=kb.country_of(code),
                        sector=row["sector"] or None, start=start, end=end, role=role,
                        office=row["office"] or None, order=lineno)
        kb.add(row["name"], entry)
        for alias in split_list(row["aliases"]):
            kb.add(alias, entry)
        kb.offices.setdefault((code, role), []).append(entry)


PLACE_KINDS = {"city": "city", "capital": "capital", "people": "demonym"}


def _load_places(kb: ActorKB, data: Path) -> None:
    """Cities, regions and regional peoples (places.tsv): the state they lie in."""
    path = data / "places.tsv"
    if not path.exists():
        return
    for lineno, row in read_tsv(path, ("name", "country", "kind", "start", "end")):
        where = f"places.tsv:{lineno}"
        code = check_code(row["country"], where, "country")
        kind = PLACE_KINDS.get(row["kind"])
        if code not in kb.countries or kind is None:
            raise DataFileError(f"unknown country {code!r} or kind {row['kind']!r}", input=where,
                                fix="use an ISO3 code from countries.tsv and a kind among "
                                + ", ".join(PLACE_KINDS))
        name = row["name"].lstrip("=")
        entry = KBEntry(code, name, kind, country=code,
                        sector="GOV" if kind == "capital" else None,
                        start=parse_date(row["start"], where), end=parse_date(row["end"], where),
                        order=lineno)
        kb.add(row["name"], entry)


def build_kb(data: Path = DATA_DIR) -> ActorKB:
    kb = ActorKB()
    _load_countries(kb, data)
    _load_places(kb, data)
    _load_bodies(kb, data)
    _load_orgs(kb, data)
    _load_people(kb, data)
    log.debug("actor KB: %d alias keys", len(kb.aliases))
    return kb


@lru_cache(maxsize=2)
def load_kb(data: Path | None = None) -> ActorKB:
    """The cached knowledge base (the package's data files unless `data` is given)."""
    return build_kb(data or DATA_DIR)
