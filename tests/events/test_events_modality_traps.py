"""Modality traps: negation scope, denials, conditionals, future plans, past events, reported
claims, questions and quotes. Each case names one trigger word and the modality its event must
carry; the sentences are our own, about 2022-2025 actors, coded against a mid-2025 article."""

from __future__ import annotations

import pytest

import redline
from redline.records import EventRecord

DATE = "2025-06-01"
NOT_ASSERTED = "not asserted"

# (sentence, trigger word, expected modality)
CASES: list[tuple[str, str, str]] = [
    # negation and its scope
    ("Russia did not attack the Ukrainian port of Odesa on Tuesday.", "attack", "negated"),
    ("Xi Jinping never met Volodymyr Zelensky during the summit.", "met", "negated"),
    ("No French troops were sent to Niger.", "sent", "negated"),
    ("Hungary refused to sign the EU statement on Ukraine.", "sign", "negated"),
    ("Israel and Hamas failed to reach a deal on the hostages.", "reach", "negated"),
    ("Israel struck targets in Lebanon without consulting Washington.", "consulting", "negated"),
    ("Israel struck targets in Lebanon without consulting Washington.", "struck", "asserted"),
    ("Iran has not fired any missiles at Israel since October.", "fired", "negated"),
    ("Israel and Hezbollah could not agree on a ceasefire.", "agree", "negated"),
    ("Russia has yet to withdraw its troops from Transnistria.", "withdraw", "negated"),
    ('"We are not going to send troops to Ukraine," Scholz said.', "send", "negated"),
    ("The army did not hesitate to fire on protesters in Tbilisi.", "fire", "asserted"),
    ("The army did not stop shelling the city.", "shelling", "asserted"),
    ("Investigators found no evidence that the militia had shelled the village.", "shelled",
     "negated"),
    ("There was evidence that the militia had shelled the village.", "shelled", "asserted"),
    (
        "Serbian police arrested an opposition leader who had never attacked anyone.",
        "arrested",
        "asserted",
    ),
    (
        "Serbian police arrested an opposition leader who had never attacked anyone.",
        "attacked",
        "negated",
    ),
    ("Russia attacked Kyiv, not Lviv.", "attacked", "asserted"),
    ("Israel refrained from striking Iran's oil facilities.", "striking", "negated"),
    # denials
    ("Russia denied shelling the Zaporizhzhia nuclear plant.", "shelling", "negated"),
    ("Israel rejected reports that it had attacked an aid convoy in Gaza.", "attacked", "negated"),
    ("Beijing rejected accusations that it had supplied weapons to Russia.", "supplied", "negated"),
    ("The Kremlin denied that its forces had bombed a hospital in Kharkiv.", "bombed", "negated"),
    # hypotheticals
    (
        "If Iran enriches uranium to weapons grade, Israel would strike its nuclear sites.",
        "strike",
        "hypothetical",
    ),
    ("China could invade Taiwan by 2027, American officials said.", "invade", "hypothetical"),
    (
        "Russia may attack NATO territory within five years, Germany's defence minister said.",
        "attack",
        "hypothetical",
    ),
    ("Iran threatened to strike American bases in the region.", "strike", "hypothetical"),
    (
        "Israel will resume strikes on Gaza unless Hamas releases the hostages.",
        "releases",
        "hypothetical",
    ),
    (
        "In case of a Russian invasion, Poland would mobilize its reserves.",
        "mobilize",
        "hypothetical",
    ),
    (
        "Should China blockade Taiwan, Japan would impose sanctions on Beijing.",
        "blockade",
        "hypothetical",
    ),
    (
        "Should China blockade Taiwan, Japan would impose sanctions on Beijing.",
        "impose",
        "hypothetical",
    ),
    (
        "Trump said the United States might send more Patriot missiles to Ukraine.",
        "send",
        "hypothetical",
    ),
    ("Whether Russia will attack the Baltic states remains unclear.", "attack", "hypothetical"),
    ("Modi and Sharif are unlikely to meet at the summit.", "meet", "hypothetical"),
    # future
    ("Germany plans to deploy a brigade to Lithuania.", "deploy", "future"),
    # PLOVER: a future signing is one AGREE, asserted (manual, AGREE ambiguities)
    ("Armenia and Azerbaijan are set to sign a peace treaty.", "sign", "asserted"),
    # a scheduled meeting or visit of named leaders is a commitment: PLOVER codes it as one
    # AGREE, asserted, not as CONSULT + future
    ("Putin and Trump will meet in Budapest next week.", "meet", "asserted"),
    ("Zelensky is scheduled to visit Washington on Friday.", "visit", "asserted"),
    ("Keir Starmer is going to meet Emmanuel Macron in Paris.", "meet", "asserted"),
    ("The two leaders are due to meet in Riyadh on Tuesday.", "meet", "asserted"),
    # historical (the article is from 2025)
    ("In 2014 Russia seized Crimea from Ukraine.", "seized", "historical"),
    ("During the Cold War, Soviet troops invaded Czechoslovakia.", "invaded", "historical"),
    ("Decades ago, Turkey invaded northern Cyprus.", "invaded", "historical"),
    ("Russian troops occupied Georgian territory in the 2008 war.", "occupied", "historical"),
    ("Russia shelled Kharkiv in May.", "shelled", "asserted"),
    # a tally reaching back years is background (the golden cases treat it so too)
    (
        "Since 2023, Houthi rebels have attacked dozens of ships in the Red Sea.",
        "attacked",
        "historical",
    ),
    # reported claims stay asserted
    ("Ukraine said Russia shelled Kharkiv overnight.", "shelled", "asserted"),
    ("Russia claimed its forces captured the village of Pokrovsk.", "captured", "asserted"),
    ("According to Kyiv, Russian drones struck a power plant in Odesa.", "struck", "asserted"),
    ("Ukraine struck a Russian airbase, the Kyiv government said on Monday.", "struck", "asserted"),
    # questions
    ("Will NATO send troops to Ukraine?", "send", NOT_ASSERTED),
    ("Did Russia attack the Polish border post?", "attack", NOT_ASSERTED),
    ("Has Israel struck the Iranian embassy in Damascus?", "struck", NOT_ASSERTED),
    ("Could Russia attack a NATO member?", "attack", NOT_ASSERTED),
    ("Why did Russia attack Kyiv on Sunday?", "attack", "asserted"),  # the attack is presumed
    # modals inside quotes
    ('"We could strike Kyiv at any moment," Medvedev said.', "strike", "hypothetical"),
    ('"We will never recognise the annexation," Zelensky said.', "recognise", "negated"),
    ('"Russia attacked our cities last night," Zelensky said.', "attacked", "asserted"),
    ('Macron said: "France will send instructors to Ukraine."', "send", "future"),
]


def _with_trigger(records: list[EventRecord], word: str) -> list[EventRecord]:
    return [r for r in records if word in r.trigger.text.split()]


@pytest.mark.parametrize(("text", "word", "expected"), CASES)
def test_trigger_modality(text: str, word: str, expected: str) -> None:
    recs = _with_trigger(redline.code_text(text, date=DATE), word)
    assert recs, f"no event on '{word}'"
    got = {r.modality for r in recs}
    if expected == NOT_ASSERTED:
        assert "asserted" not in got, [(r.event_type, r.modality, r.why) for r in recs]
    else:
        assert expected in got, [(r.event_type, r.modality, r.why) for r in recs]


def test_refusal_is_asserted_while_the_refused_act_is_negated() -> None:
    recs = redline.code_text("Hungary refused to sign the EU statement on Ukraine.", date=DATE)
    assert any(r.event_type == "REJECT" and r.modality == "asserted" for r in recs), recs
    signed = _with_trigger(recs, "sign")
    assert signed and all(r.modality == "negated" for r in signed), signed


def test_denial_is_asserted_as_the_denier_speaking() -> None:
    recs = redline.code_text("Russia denied shelling the Zaporizhzhia nuclear plant.", date=DATE)
    assert any(r.event_type == "REJECT" and r.modality == "asserted" for r in recs), recs
    assert not any(r.event_type == "ASSAULT" and r.modality == "asserted" for r in recs), recs


def test_same_year_is_not_historical() -> None:
    recs = redline.code_text("In January 2025 Russia shelled Kharkiv.", date=DATE)
    shelled = _with_trigger(recs, "shelled")
    assert shelled and all(r.modality == "asserted" for r in shelled), shelled


def test_a_claim_about_another_party_is_an_accusation_not_a_reported_attack() -> None:
    recs = redline.code_text(
        "Russia claimed that Ukrainian forces shelled the Zaporizhzhia plant overnight.", date=DATE
    )
    accuse = [r for r in recs if r.event_type == "ACCUSE" and r.modality == "asserted"]
    assert accuse and {e.code for e in accuse[0].recipient} == {"UKR"}, recs
    assert not any(r.event_type == "ASSAULT" and r.modality == "asserted" for r in recs), recs


def test_a_claim_about_oneself_is_no_accusation() -> None:
    recs = redline.code_text("Russia claimed its forces had captured the village.", date=DATE)
    assert not any(r.event_type == "ACCUSE" for r in recs), recs
