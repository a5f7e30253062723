"""Recipients inside a complement of the trigger (events.clause_parties): what an
investigation looks into, who a demand stated as a noun asks, the sides a mediation serves,
the body that meets, the one resigned from, and the maker of what is rejected."""

from __future__ import annotations

import pytest
from event_helpers import first


def parties(ents) -> set[str]:
    return {c for e in ents for c in (e.code, e.country) if c}


def words(ents) -> str:
    return " ".join(e.text for e in ents)


@pytest.mark.parametrize(
    ("text", "etype", "recipient"),
    [
        # the subject of what an investigation looks into
        ("Prosecutors in Rome opened an investigation into allegations that Libyan coast "
         "guards fired on a rescue boat.", "ACCUSE", "coast guards"),
        ("The watchdog launched a probe into whether the finance minister was paid by a "
         "foreign lobby.", "ACCUSE", "finance minister"),
        # convicting or rejecting someone the parser reads as a clause subject
        ("A Milan court convicted the energy company to pay a large fine for pollution.",
         "ACCUSE", "energy company"),
        # a pronoun object shared with the verb before
        ("A court in Ankara convicted a German journalist of spreading propaganda and "
         "sentenced him to three years in prison.", "COERCE", "German journalist"),
        # a decision filed or imposed by someone: the one who made it
        ("The tribunal rejected an appeal filed by the opposition senator.", "REJECT",
         "opposition senator"),
        ("The state governor resigned from the ruling party on Monday.", "RETREAT",
         "ruling party"),
        # the one let act, which the parser makes the subject of the clause after "allow"
        ("Italy refused to permit the rescue ship to dock in Sicily.", "REJECT", "rescue ship"),
    ],
)
def test_party_inside_complement(text: str, etype: str, recipient: str) -> None:
    rec = first(text, etype)
    assert recipient in words(rec.recipient), rec


@pytest.mark.parametrize(
    ("text", "etype", "recipient"),
    [
        ("The African Union reiterated on Friday its demand that Sudan allow aid convoys "
         "into Darfur.", "REQUEST", "SDN"),
        ("Kenya launched a mediation effort to end the border feud between Ethiopia and "
         "Eritrea.", "CONSULT", "ETH"),
        ("The Swiss president attended a meeting of the NATO council in Brussels.", "CONSULT",
         "NATO"),
        ("The Brazilian leader attended a climate summit in Indonesia.", "CONSULT", "IDN"),
        ("Germany rejected a plan by France on farm subsidies.", "REJECT", "FRA"),
        # a protest's demand is made of its target
        ("Farmers in Lyon staged a protest to demand subsidies from the French government.",
         "PROTEST", "FRA"),
        ("Opposition supporters staged a rally to demand the resignation of the Serbian "
         "president.", "PROTEST", "SRB"),
        ("Iran violated a ban by the UN on missile tests.", "REJECT", "UN"),
        # investigators sent somewhere investigate there
        ("Japan sent a team of investigators to Indonesia to investigate the ferry sinking.",
         "ACCUSE", "IDN"),
        # a judged object moved after its "as" phrase
        ("Egypt denounced as a violation of international law Israel's annexation plan.",
         "ACCUSE", "ISR"),
        ("Washington issued an ultimatum to Caracas over the detained oil executives.",
         "THREATEN", "VEN"),
    ],
)
def test_party_coded(text: str, etype: str, recipient: str) -> None:
    rec = first(text, etype)
    assert recipient in parties(rec.recipient), rec


def test_withdrawal_demanded_of_the_troops_not_the_place() -> None:
    rec = first("Beirut demanded the withdrawal of all Syrian troops from the Bekaa valley.",
                "REQUEST")
    assert "Syrian troops" in words(rec.recipient), rec


def test_a_plain_meeting_names_no_place_as_counterpart() -> None:
    rec = first("Senior and junior officials met in Geneva.", "CONSULT")
    assert not rec.recipient


def test_joint_act_between_two_sides() -> None:
    rec = first("Military cooperation between Japan and India has deepened over the past year.",
                "COOPERATE")
    assert parties(rec.actor) == {"JPN"} and parties(rec.recipient) == {"IND"}, rec
