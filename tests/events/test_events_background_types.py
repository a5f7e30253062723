"""Type precision: background clauses, calls coded by what was said, future cooperation as one
AGREE, and word senses that change the PLOVER type. The sentences are our own."""

from __future__ import annotations

import pytest
from event_helpers import counted_types

# (sentence, the counted types exactly)
EXACT: list[tuple[str, set[str]]] = [
    # an event in a time clause is background to the main act that happened
    (
        "Dockworkers in Rotterdam ended their strike after reaching a deal with the port "
        "authority.",
        {"CONCEDE"},
    ),
    (
        "The Dutch foreign minister condemned the verdict after meeting the Turkish envoy.",
        {"ACCUSE"},
    ),
    (
        "Ecuador expelled the Mexican ambassador, two days after the Mexican president "
        "criticised the election.",
        {"SANCTION"},
    ),
    ("The union suspended its strike while holding talks with the mining company.", {"CONCEDE"}),
    # ... but violence in a time clause is news too
    (
        "The charity suspended its deliveries in the north after gunmen attacked a convoy.",
        {"SANCTION", "ASSAULT"},
    ),
    # with no main act, the time clause is the sentence's news
    ("Two students died after police fired on the crowd in Dhaka.", {"ASSAULT"}),
    # a call made to congratulate, thank or apologise is that act (CAMEO 05x)
    (
        "The Kenyan president called Ghana's new leader on Sunday to congratulate him on his "
        "victory.",
        {"SUPPORT"},
    ),
    ("Scholz phoned the Polish prime minister to apologise for the border incident.", {"SUPPORT"}),
    # PLOVER: future SUPPORT and AID are one AGREE, not AGREE + the future act
    ("Slovenia said it will support the Palestinian bid for full UN membership.", {"AGREE"}),
    ("The World Bank will provide 200 million dollars in emergency aid to Malawi.", {"AGREE"}),
    # approving one's own plan or a court's extradition order supports no one
    ("The Serbian cabinet approved a plan to build a new rail line to Budapest.", set()),
    ("A Madrid court approved the extradition of a Swiss banker to Zurich.", set()),
    # the custody someone died in is a place, not an arrest; the torture is the attack
    (
        "A Kurdish activist died as a result of torture in police custody, his lawyer said.",
        {"ASSAULT"},
    ),
    ("An opposition blogger died of torture in a military prison.", {"ASSAULT"}),
    # a restated commitment to a principle or to supporting a party is support (CAMEO 051)
    (
        "The Honduran president reaffirmed his government's commitment to the one-China policy.",
        {"SUPPORT"},
    ),
    ("Japan reiterated its commitment to supporting Ukraine's reconstruction.", {"SUPPORT"}),
    (
        "The agency reiterated its commitment to work with local groups on the relief effort.",
        {"AGREE"},
    ),
    # PLOVER SUPPORT "approve policy": agreeing to another's approach or accepting a proposal
    (
        "Kenya and Uganda agreed to the Ethiopian approach for sharing the river's water.",
        {"SUPPORT"},
    ),
    ("Ghana accepted the proposal submitted by the Chinese consortium.", {"SUPPORT"}),
    ("Denmark accepted a formula for ending the fisheries dispute.", {"AGREE"}),
    # a ceasefire agreement violated is an attack (CAMEO 196)
    ("Monitors said both armies were guilty of violating the truce agreement.", {"ASSAULT"}),
    # a military that receives a delegation hosts a visit; it deploys nothing
    ("The Egyptian army received a delegation of Sudanese officers in Cairo.", {"CONSULT"}),
    # an earlier act told only to describe a place or party is background to the main act
    (
        "The envoys met in Doha after a month of unrest in Darfur, where militia fighters had "
        "burned several villages.",
        {"CONSULT"},
    ),
    # what a demand asks for has not happened
    (
        "The teachers' federation restated its demand that the province lift the sanctions "
        "on striking staff.",
        set(),
    ),
    # a conviction with its sentence is one verdict, coded by the penalty
    (
        "The tribunal convicted the former mayor of bribery and sentenced him to six years in "
        "prison.",
        {"COERCE"},
    ),
    (
        "A Tunis court found the former minister guilty of fraud and sentenced him to three "
        "years in jail.",
        {"COERCE"},
    ),
    ("The Supreme Court convicted the former mayor of bribery.", {"ACCUSE"}),

]


@pytest.mark.parametrize(("text", "types"), EXACT)
def test_counted_types(text: str, types: set[str]) -> None:
    assert counted_types(text) == types


def test_reimposed_curfew_is_coercion() -> None:
    assert "COERCE" in counted_types("The army reimposed a curfew in the northern towns.")


def test_remanded_in_custody_is_still_an_arrest() -> None:
    assert "COERCE" in counted_types("The suspect was remanded in police custody until Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "Cuban doctors are fighting the cholera outbreak in Haiti.",
        "Firefighters fought the blaze near Athens for six hours.",
    ],
)
def test_fighting_a_disease_or_fire_is_no_assault(text: str) -> None:
    assert "ASSAULT" not in counted_types(text)
