"""Letting a party in or back (PLOVER RETREAT, mode access; CAMEO 086 "allow international
involvement", 0863 "allow delivery of humanitarian aid"): "allowed the refugees to return",
"will permit aid agencies to enter the region", "permitted the inspectors to visit the site" say
with a verb what "allowed the return of the refugees" says with a noun, and are coded by the
same verb+object entry. A future or promised permission then becomes PLOVER's AGREE (an
intent to yield, CAMEO 035) in events.derived.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.lexicon import Lexicon, Trigger
from redline.nlp.tree import kids

PERMIT_VERBS = frozenset({"allow", "permit"})
# The complement verb and the noun that names the same act in the verb+object entries.
ACT_NOUNS = {
    "return": "return",
    "enter": "entry",
    "deliver": "delivery",
    "visit": "visit",
    "access": "access",
    "inspect": "inspector",
    "monitor": "monitor",
    "pass": "passage",
}


def permission(verb: Token, lex: Lexicon) -> tuple[Trigger, Token, list[Token]] | None:
    """ "allow X to return": the verb+object trigger for "allow return", the complement verb
    and the party let in (the object of "allow", or the complement's subject)."""
    if verb.lemma_.lower() not in PERMIT_VERBS:
        return None
    comps = [c for c in kids(verb) if c.dep_ in ("xcomp", "ccomp")]
    if not comps:  # "allow [refugees who fled in 2015] to return": the parser may hang the
        # infinitive on the relative clause
        comps = [
            t
            for o in kids(verb)
            if o.dep_ == "dobj"
            for r in kids(o)
            if r.dep_ == "relcl"
            for t in kids(r)
            if t.dep_ == "advcl" and any(a.lower_ == "to" and a.dep_ == "aux" for a in kids(t))
        ]
    for comp in comps:
        noun = ACT_NOUNS.get(comp.lemma_.lower())
        trig = lex.verb_objects.get((verb.lemma_.lower(), noun or ""))
        if trig is None or trig.type != "RETREAT":
            continue
        let_in = [c for c in kids(verb) if c.dep_ == "dobj"] or [
            c for c in kids(comp) if c.dep_ == "nsubj"
        ]
        if let_in:
            return trig, comp, let_in
    return None
