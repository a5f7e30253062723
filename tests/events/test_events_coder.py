"""The rule coder on short texts we wrote: types, actors, modality, evidence."""

from __future__ import annotations

import pytest

import redline
from redline.records import EventRecord

DATE = "2025-09-05"


def code(text: str, date: str = DATE) -> list[EventRecord]:
    return redline.code_text(text, date=date)


def find(records: list[EventRecord], etype: str, modality: str | None = None) -> list[EventRecord]:
    return [r for r in records if r.event_type == etype
            and (modality is None or r.modality == modality)]  # fmt: skip


def codes(ents) -> set[str]:
    return {e.code for e in ents if e.code}


def test_threat_content_clause_codes_speaker_against_subject():
    recs = code("Vladimir Putin warned on Friday that Western troops sent to Ukraine would be "
                "legitimate targets.")  # fmt: skip
    threats = find(recs, "THREATEN", "asserted")
    assert threats, recs
    t = threats[0]
    assert codes(t.actor) == {"RUS"}
    assert "WST" in codes(t.recipient)
    assert t.date == "2025-09-05"  # "Friday" is the article's own day
    assert t.trigger.text.startswith("warned")
    assert not find(recs, "MOBILIZE", "asserted")


def test_negated_deployment_is_not_asserted():
    recs = code("The United States said it has no plans to deploy troops to Ukraine.")
    mob = find(recs, "MOBILIZE")
    assert mob and all(r.modality == "negated" for r in mob)


def test_denial_is_asserted_reject_and_no_asserted_assault():
    recs = code("Pakistan denied that its army had shelled Indian positions near the border.")
    rej = find(recs, "REJECT", "asserted")
    assert rej and codes(rej[0].actor) == {"PAK"}
    assert not find(recs, "ASSAULT", "asserted")


@pytest.mark.parametrize(
    ("text", "etype", "modality"),
    [
        ("If NATO sends troops to Ukraine, Moscow will respond.", "MOBILIZE", "hypothetical"),
        ("Brussels could impose new sanctions on Minsk.", "SANCTION", "hypothetical"),
        ("The two foreign ministers will meet in Geneva next month.", "AGREE", "asserted"),
        ("During the Cold War, Moscow deployed missiles to Cuba.", "MOBILIZE", "historical"),
        ("Kyiv and Moscow did not meet in Istanbul.", "CONSULT", "negated"),
        ("Israeli jets struck targets in southern Lebanon on Tuesday.", "ASSAULT", "asserted"),
    ],
)
def test_modality(text: str, etype: str, modality: str):
    recs = find(code(text), etype)
    assert recs, f"no {etype} in {text!r}"
    assert recs[0].modality == modality, recs[0].why


def test_china_urges_restraint_is_request():
    recs = code("China urged all sides to exercise restraint.")
    req = find(recs, "REQUEST", "asserted")
    assert req and codes(req[0].actor) == {"CHN"}


def test_stated_readiness_is_agree():
    recs = code("The Iranian foreign minister said Tehran was ready to resume talks with "
                "Washington.")  # fmt: skip
    agree = find(recs, "AGREE", "asserted")
    assert agree and "IRN" in codes(agree[0].actor)


def test_signing_an_agreement_is_support_and_sanctions_on():
    recs = code("Rwanda and Congo signed a peace agreement in Washington on June 27.")
    assert find(recs, "SUPPORT", "asserted")
    recs = code("The European Union imposed sanctions on Russian banks on Monday.")
    sanc = find(recs, "SANCTION", "asserted")
    assert sanc and "EU" in codes(sanc[0].actor)


def test_police_arrest_sector_and_codes():
    recs = code("Georgian police arrested dozens of protesters in Tbilisi overnight.")
    arr = find(recs, "COERCE", "asserted")
    assert arr and arr[0].mode == "arrest"
    assert arr[0].actor[0].sector == "COP"
    assert arr[0].cameo == "173" and isinstance(arr[0].cameo, str)
    assert arr[0].quad_class == 4
    assert arr[0].goldstein is not None and arr[0].plover_score is not None


def test_quote_speaker_carries_into_next_sentence():
    text = ('"We will not be intimidated," Putin told reporters in Vladivostok. '
            '"Any foreign soldiers on Ukrainian soil would be legitimate targets."')  # fmt: skip
    threats = find(code(text), "THREATEN", "asserted")
    assert threats, "no threat from the continued quote"
    t = threats[-1]
    assert codes(t.actor) == {"RUS"}
    assert t.quote is not None and "legitimate targets" in t.quote.text


def test_evidence_offsets_point_into_text():
    text = "Boilerplate heading\n\nTurkey condemned the attack on the convoy."
    for r in code(text):
        assert text[r.start : r.end] == r.text
        assert text[r.trigger.start : r.trigger.end] == r.trigger.text
        for e in r.actor + r.recipient:
            if e.start is not None:
                assert text[e.start : e.end] == e.text
        assert r.why and 0 <= r.confidence <= 1
        assert r.event_id == EventRecord.from_dict(r.to_dict()).event_id


def test_boilerplate_line_does_not_glue_to_next_sentence():
    text = "Share this article\nRussia attacked Kharkiv with drones overnight."
    recs = code(text)
    assert all("Share this" not in r.text for r in recs)
    assert find(recs, "ASSAULT", "asserted")


def test_dateline_place_is_not_an_actor():
    recs = find(code("MANAGUA, March 3 (Wire) - Contra rebels attacked a farm cooperative in the "
                     "north on Friday.", date="1988-03-03"), "ASSAULT")
    assert recs and [e.text for e in recs[0].actor] == ["Contra rebels"]


def test_claimed_responsibility_makes_the_claimer_the_attacker():
    recs = find(code("The Islamic State group claimed responsibility for the bombing of a "
                     "market in Baghdad."), "ASSAULT")
    assert recs and codes(recs[0].actor) == {"ISIS"}


def test_headline_style_misparse_keeps_the_caller():
    recs = find(code("Chilean opposition parties called on General Augusto Pinochet to step down "
                     "after the plebiscite.", date="1988-10-10"), "REQUEST")
    assert recs and codes(recs[0].actor) == {"CHL"}


def test_pronoun_finds_a_name_earlier_in_the_same_sentence():
    recs = code("Vladimir Putin said his country would not lift the ban on Finnish timber.",
                date="2019-03-03")
    assert recs and all(codes(r.actor) == {"RUS"} for r in recs)


def test_intransitive_verb_tagged_as_participle_keeps_its_subject():
    recs = find(code("Donald Trump reneged on the nuclear accord with Iran.", date="2018-05-09"),
                "REJECT")
    assert recs and codes(recs[0].actor) == {"USA"}
