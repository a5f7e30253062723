"""Long names glossed by their acronym: "the Democratic Forces for the Liberation of Rwanda
(FDLR)", "the Farabundo Marti National Liberation Front (FMLN)", "the Kurdistan Workers'
Party (PKK)", "the Federal Bureau of Investigation (FBI)".

A writer who spells a name out and adds its acronym in brackets tells us what the whole name
is. The parser, though, often cuts such a name at its "for"/"in" phrase ("Democratic Forces" |
"for the Liberation of Rwanda") or makes the bracketed acronym an apposition of the last word,
so the phrase the resolver reads is a fragment: "Democratic Forces" (no code) or "Rwanda" (the
state, wrongly). When the acronym is a known organisation, the name that runs
up to the bracket is that organisation, whatever words of it the phrase holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from redline.actors.kb import ActorKB
from redline.nlp.sentences import sentence_of

# What an acronym may name: organisations and state bodies, not states, places or people
# ("(US)", "(Paris)" gloss something else).
ORG_KINDS = frozenset({"group", "crime", "igo", "ngo", "body", "pre"})
# Lower-case words that join the capitalised words of a long name ("Front for the
# Liberation of ...", "Frente ... para la Liberación Nacional").
NAME_LINKS = frozenset(
    "of for the and in on against de del la el los las du des le y et para pour".split()
)
APOSTROPHES = frozenset({"'", "’", "'s", "’s", "-", "&"})
_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9\-]*[A-Z0-9]$")


@dataclass(frozen=True)
class Glossed:
    first: int  # first token of the long name
    open: int  # the "(" after it; the acronym is open + 1, the ")" open + 2


def glossed_names(sent: Span, kb: ActorKB) -> list[Glossed]:
    """Every "<Long Name> (ACRONYM)" of the sentence whose acronym is a known organisation.
    Kept per sentence in the Doc: every phrase of the sentence asks."""
    cache = sent.doc.user_data.setdefault("redline.glossed_names", {})
    if sent.start not in cache:
        cache[sent.start] = _find(sent, kb)
    return cache[sent.start]


def _find(sent: Span, kb: ActorKB) -> list[Glossed]:
    doc = sent.doc
    out: list[Glossed] = []
    for k in range(sent.start + 1, sent.end - 2):
        if doc[k].text != "(" or doc[k + 2].text != ")":
            continue
        acr = doc[k + 1].text
        if not (_ACRONYM.match(acr) and sum(c.isupper() for c in acr) >= 2):
            continue
        entry = kb.lookup(acr)
        if entry is None or entry.kind not in ORG_KINDS:
            continue
        first = _name_start(doc, sent.start, k)
        if first is not None:
            out.append(Glossed(first, k))
    return out


def _name_start(doc, floor: int, open_: int) -> int | None:
    """First token of the capitalised name ending just before the bracket; None when fewer
    than two capitalised words precede it (a lone word is matched as it is)."""
    j = open_ - 1
    while j >= floor:
        tok = doc[j]
        capital = tok.is_alpha and tok.text[0].isupper() and tok.ent_type_ not in ("DATE", "TIME")
        if not (capital or tok.lower_ in NAME_LINKS or tok.text in APOSTROPHES):
            break
        j -= 1
    first = j + 1
    # a name opens on a capitalised content word: not "the", "On", an apostrophe
    while first < open_ and (
        doc[first].lower_ in NAME_LINKS
        or doc[first].text in APOSTROPHES
        or doc[first].pos_ in ("DET", "ADP", "CCONJ", "PRON")
    ):
        first += 1
    words = [t for t in doc[first:open_] if t.is_alpha and t.text[0].isupper()]
    if len(words) < 2 or not doc[open_ - 1].text[0].isupper():
        return None
    return first


def glossed_phrase(
    head: Token, tokens: list[Token], kb: ActorKB
) -> tuple[list[Token], Span | None]:
    """`tokens` with the words of a glossed long name swapped for its bracketed acronym, and
    the span from the name's start through the ")", when the phrase holds part of that name;
    (`tokens`, None) otherwise. The name's own words are dropped so that a place inside it
    ("... of Rwanda") is not read as a party."""
    names = glossed_names(sentence_of(head), kb)
    doc = head.doc
    for g in names:
        if not any(g.first <= t.i < g.open for t in tokens):
            continue
        kept = [t for t in tokens if not g.first <= t.i < g.open + 3]
        out = sorted({*kept, doc[g.open], doc[g.open + 1], doc[g.open + 2]}, key=lambda t: t.i)
        return out, doc[min(g.first, out[0].i) : max(g.open + 3, out[-1].i + 1)]
    return tokens, None
