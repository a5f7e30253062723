"""Which event a noun names: the lexicon's noun entry, read with its compound or adjective
("a general strike"), and the senses a noun takes from its context ("went on strike",
"a call for talks", "a scathing attack" on a bill).
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.lexicon import Lexicon, Trigger
from redline.events.senses import restated_support
from redline.events.verbal_attacks import verbal_attack, verbal_trigger
from redline.nlp.tree import kids, lefts

# verbs of joining in an activity: "go on a rampage", "engage in clashes", "take part in";
# not "embark on", which mostly starts trips and programmes
PARTAKING = frozenset({("go", "on"), ("engage", "in"), ("participate", "in"), ("join", "in")})


def _partaking(prep: Token) -> Token | None:
    """The verb of joining in whose preposition this is, if it is one."""
    verb = prep.head
    if (verb.lemma_.lower(), prep.lower_) in PARTAKING:
        return verb
    if prep.lower_ == "in" and verb.lemma_.lower() == "part" and verb.head.lemma_ == "take":
        return verb.head  # "took part in": the preposition hangs on the object "part"
    return None


def _noun_trigger(tok: Token, lex: Lexicon) -> Trigger | None:
    lemma = tok.lemma_.lower()
    comp = [c for c in lefts(tok) if c.dep_ == "compound"]
    # the nearest noun modifier, then the nearest adjective ("a general strike")
    adj = [c for c in lefts(tok) if c.dep_ == "amod"][-1:]
    for mod in comp[-1:] + adj:
        trig = lex.noun_compounds.get(f"{mod.lemma_.lower()} {lemma}")
        if trig:
            return trig
    trig = lex.nouns.get(lemma)
    if trig is None:
        return None
    if restated_support(tok):
        return Trigger(key="restated commitment", type="SUPPORT", cameo="051", recip=trig.recip)
    if trig.type == "ASSAULT" and verbal_attack(tok, lex):
        return verbal_trigger(lemma, trig.recip)  # "a scathing attack", "the attack on the bill"
    if lemma == "strike" and tok.dep_ == "pobj" and (
        _partaking(tok.head) or (tok.head.lower_ == "on" and tok.head.head.lemma_ == "be")
    ):  # "went on strike", "took part in a strike": a stoppage, not an air strike
        return Trigger(key="on strike", type="PROTEST", mode="strike", cameo="143")
    if lemma == "call":
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in kids(tok)):
            return Trigger(key="call for", type="REQUEST", cameo="020")
        if not (comp and comp[-1].lower_ in ("phone", "telephone", "video")):
            return None
    return trig
