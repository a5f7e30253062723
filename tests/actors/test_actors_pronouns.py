"""Pronouns and definite descriptions resolved from earlier mentions in the article."""

from __future__ import annotations

from redline.actors import ActorContext


def run(nlp, text, date=None):
    doc = nlp(text)
    ctx = ActorContext(date)
    for sent in doc.sents:
        ctx.observe_doc_entities(sent)
    return doc, ctx


def test_he_after_observed_person(nlp):
    doc, ctx = run(nlp, "Putin spoke on Friday. He warned the West.", "2023-01-01")
    he = next(t for t in doc if t.text == "He")
    (ent,) = ctx.resolve(he)
    assert (ent.code, ent.name, ent.text) == ("RUS", "Vladimir Putin", "He")
    assert doc.text[ent.start : ent.end] == "He"


def test_he_after_unknown_person_is_that_person(nlp):
    # The unknown man is the latest person: "he" is him (by name, with no code), not Putin.
    doc, ctx = run(nlp, "Putin spoke. Then John Smithers arrived. He said little.")
    he = next(t for t in doc if t.text == "He")
    assert [(e.name, e.code) for e in ctx.resolve(he)] == [("John Smithers", None)]


def test_they_after_coordination(nlp):
    doc = nlp("Britain and France met on Monday. They agreed a deal.")
    ctx = ActorContext()
    ctx.resolve(doc[0])
    they = next(t for t in doc if t.text == "They")
    assert [e.code for e in ctx.resolve(they)] == ["GBR", "FRA"]


def test_it_only_for_nearby_state_or_organisation(nlp):
    doc, ctx = run(nlp, "Ukraine said the army repelled the attack. It vowed to respond.")
    it = next(t for t in doc if t.text == "It")
    assert [e.code for e in ctx.resolve(it)] == ["UKR"]
    far = "NATO met. The sky was grey. Rain fell all day. It was cold."
    doc, ctx = run(nlp, far)
    assert ctx.resolve(next(t for t in doc if t.text == "It")) == []


def test_definite_descriptions(nlp):
    doc, ctx = run(nlp, "Ukraine accused Russia of shelling. The government said the army "
                   "had retreated.", "2023-01-01")
    gov = next(t for t in doc if t.text == "government")
    army = next(t for t in doc if t.text == "army")
    assert [(e.code, e.sector) for e in ctx.resolve(gov)] == [("RUS", "GOV")]
    assert [(e.code, e.sector) for e in ctx.resolve(army)] == [("RUS", "MIL")]


def test_the_president_refers_back(nlp):
    doc, ctx = run(nlp, "Macron arrived in Kyiv. The president promised more aid.",
                   "2023-02-01")
    pres = next(t for t in doc if t.text == "president")
    (ent,) = ctx.resolve(pres)
    assert (ent.code, ent.name) == ("FRA", "Emmanuel Macron")


def test_possessive_pronoun(nlp):
    doc, ctx = run(nlp, "Erdogan spoke. His government sent troops.", "2020-01-01")
    gov = next(t for t in doc if t.text == "government")
    assert [(e.code, e.sector) for e in ctx.resolve(gov)] == [("TUR", "GOV")]


def test_resolve_text_pronoun(nlp):
    doc, ctx = run(nlp, "Lukashenko spoke on television.", "2022-01-01")
    assert [e.name for e in ctx.resolve_text("he")] == ["Alexander Lukashenko"]


def test_plural_states_are_not_the_last_country(nlp):
    doc, ctx = run(nlp, "Seoul hosted the talks. The African states condemned the coup.")
    states = next(t for t in doc if t.text == "states")
    assert all(e.code != "KOR" for e in ctx.resolve(states))


def test_the_minister_and_he_mean_an_earlier_titled_minister(nlp):
    doc, ctx = run(nlp, "Colombia's justice minister spoke on Saturday. The minister told "
                        "reporters that the cartels would be pursued. He said no more.",
                   "1989-08-19")
    minister = [t for t in doc if t.text == "minister"][1]
    he = next(t for t in doc if t.text == "He")
    assert [e.code for e in ctx.resolve(minister)] == ["COL"]
    assert [e.code for e in ctx.resolve(he)] == ["COL"]
