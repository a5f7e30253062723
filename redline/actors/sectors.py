"""Sector words: which PLOVER sector a head noun or title names (data/sectors.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from redline.actors.loaders import DATA_DIR, read_tsv
from redline.errors import DataFileError

SECTOR_CODES = {
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC", "NGO",
    "IGO",
}
ROLES = {"", "HOS", "HOG", "FM", "DM", "VP", "ANY"}


@dataclass(frozen=True)
class SectorWord:
    term: str
    sector: str
    weak: bool
    role: str | None


@dataclass(frozen=True)
class SectorTable:
    terms: dict[str, SectorWord]
    max_words: int
    relational: frozenset[str]


@lru_cache(maxsize=1)
def load_sectors() -> SectorTable:
    terms: dict[str, SectorWord] = {}
    for lineno, row in read_tsv(DATA_DIR / "sectors.tsv", ("term", "sector", "weak", "role")):
        where = f"sectors.tsv:{lineno}"
        sector, role = row["sector"], row.get("role", "")
        if sector not in SECTOR_CODES:
            raise DataFileError(f"unknown sector {sector!r}", input=where,
                                fix=f"use a PLOVER sector code: {', '.join(sorted(SECTOR_CODES))}")
        if role not in ROLES:
            raise DataFileError(f"unknown role {role!r}", input=where,
                                fix="role is empty or one of HOS, HOG, FM, DM, VP, ANY")
        if row["weak"] not in ("yes", "no", ""):
            raise DataFileError(f"weak must be yes or no, not {row['weak']!r}", input=where,
                                fix="write yes or no")
        term = " ".join(row["term"].lower().split())
        terms[term] = SectorWord(term, sector, row["weak"] == "yes", role or None)
    rel_path = DATA_DIR / "relational_nouns.txt"
    relational = frozenset(
        line.strip().lower() for line in rel_path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    return SectorTable(terms, max(t.count(" ") + 1 for t in terms), relational)


def sector_word(words: str) -> SectorWord | None:
    """The entry for a lower-case lemma or multi-word term ("foreign minister")."""
    table = load_sectors().terms
    found = table.get(words)
    if found is None and words.endswith("s") and len(words) > 3:
        found = table.get(words[:-1])  # plural the lemmatizer missed (e.g. in lower-case text)
    return found


def sector_for(lemma: str) -> str | None:
    """PLOVER sector named by a head noun or title: "troops" -> MIL, "police" -> COP."""
    found = sector_word(" ".join(lemma.lower().split()))
    return found.sector if found else None


def is_relational(lemma: str) -> bool:
    return lemma.lower() in load_sectors().relational
