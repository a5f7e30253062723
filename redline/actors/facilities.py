"""Structures named after a place or a person: "the Kerch Bridge", "the Kabul Serena Hotel",
"Goma airport", "Hamid Karzai International Airport", "Gaza's Shifa hospital".

A bridge, hotel or airport is a place, not a party: the name before it says where it stands,
so it takes the state it stands in as its code (PLOVER codes a target by its country; the
PLOVER gold standard codes "an Alewite temple" TUR). It is not that state's government
("Kabul" alone stands for the Afghan government; "a Kabul hotel" does not), nor the person it
is named after, and a bare city's rule ("shelled Goma": a place in COD, no code) gives way
to it, since the structure itself is what was hit, seized or visited.

Embassies, consulates and bases are left out on purpose: the state named before them owns
them ("the Russian embassy in Kyiv" is RUS), which the general rules already code.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from redline.actors.kb import KBEntry
from redline.actors.sectors import sector_word
from redline.records import Entity

# Head nouns of named structures; lemmas. Owned premises (embassy, consulate, base,
# headquarters) and seats of power (palace, parliament) are not here: see above.
FACILITY_NOUNS = frozenset(
    """bridge hotel hospital clinic airport airfield airstrip stadium square mosque church
    cathedral temple synagogue shrine monastery market bazaar mall dam refinery port harbour
    harbor seaport station metro subway railway highway motorway road tunnel pipeline plant
    reactor prison jail museum theatre theater tower school university""".split()
)
# What a structure's name may hold that says where it is.
PLACE_NAMING = frozenset({"city", "capital", "country", "person"})


def facility_place(head: Token, matches: list[tuple[Span, KBEntry]], ents: list[Entity]) -> None:
    """Recode the one entity of a structure's phrase as the place it stands in (in place)."""
    if len(ents) != 1 or head.lemma_.lower() not in FACILITY_NOUNS:
        return
    # the name stands before the noun ("the Kerch Bridge"); "the port of Haiphong" is a
    # place in a city, read as the city itself is (country only)
    naming = [e for s, e in matches if s.end <= head.i and e.kind in PLACE_NAMING]
    if not naming:
        return
    ent, entry = ents[0], naming[-1]
    state = entry.country or entry.code
    if not state:
        return
    own = sector_word(head.lemma_.lower())
    ent.code = ent.country = state
    ent.sector = own.sector if own and own.sector != "GOV" else None
    if entry.kind == "person":
        ent.name = None  # "Ben Gurion airport" is not Ben-Gurion
    ent.how = f"structure named after a place: {head.lower_}"
