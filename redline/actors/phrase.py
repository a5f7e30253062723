"""The noun phrase around a head token, as the resolver reads it.

The phrase is the head's subtree without relative and other clauses, appositions and
prepositional phrases, except "of"-complements ("the foreign minister of Iran").
Coordinated heads ("Britain and France") are split off by the resolver.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from redline.actors.sectors import sector_word
from redline.nlp.sentences import ents_of, index, sentence_of
from redline.nlp.tree import kids

# Children that never belong to the actor phrase.
_CLAUSES = {
    "relcl",
    "acl",
    "advcl",
    "appos",
    "parataxis",
    "punct",
    "prep",
    "cc",
    "conj",
    "dep",
    "mark",
    "advmod",
    "npadvmod",
    "ccomp",
    "xcomp",
    "csubj",
    "nsubj",
    "dobj",
}
# Inside modifiers we keep coordination: "Russian and Chinese troops".
_INNER_SKIP = _CLAUSES - {"cc", "conj", "punct", "advmod", "npadvmod"}
LIST_PREPS = {"including", "like", "among", "such"}
# "Iran-backed militias" are not Iran: a name bound to these words is a sponsor, not the actor.
SPONSOR_WORDS = {
    "backed",
    "based",
    "run",
    "linked",
    "allied",
    "aligned",
    "supported",
    "sponsored",
    "funded",
    "armed",
    "controlled",
    "held",
    "occupied",
    "friendly",
    "leaning",
    "born",
    "made",
    "built",
    "trained",
    "inspired",
    "affiliated",
}
QUANTIFIERS = {
    "several",
    "many",
    "multiple",
    "numerous",
    "various",
    "dozens",
    "dozen",
    "other",
    "some",
    "few",
    "foreign",
    "neighbouring",
    "neighboring",
    "participating",
}


def _collect(tok: Token, out: list[Token], top: bool) -> None:
    out.append(tok)
    skip = _CLAUSES if top else _INNER_SKIP
    for child in kids(tok):
        dep = child.dep_
        if dep == "prep" and child.lower_ == "of":
            _collect(child, out, top=False)
        elif dep == "punct" and not top and child.text in {"-", "'", "’"}:
            out.append(child)
        elif dep == "punct" and top and child.text == "-" and child.i in (tok.i - 1, tok.i + 1):
            out.append(child)
        elif dep not in skip:
            _collect(child, out, top=False)


DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def dateline_end(sent: Span) -> int:
    """Token index just past a dateline opening the sentence ("SAN SALVADOR, Nov 12
    (Wire) -"): capitals, then anything short up to a dash; the sentence start if none.
    Kept per sentence in the Doc: every phrase of the sentence asks."""
    cache = sent.doc.user_data.setdefault("redline.dateline_end", {})
    if sent.start not in cache:
        cache[sent.start] = _dateline_end(sent)
    return cache[sent.start]


def _dateline_end(sent: Span) -> int:
    toks = index(sent.doc).tokens
    for tok in toks[sent.start : min(sent.end, sent.start + 16)]:
        # a dash with space on both sides ("MOSCOW - "), not a hyphen ("multi-pronged")
        spaced = tok.i > 0 and bool(toks[tok.i - 1].whitespace_) and bool(tok.whitespace_)
        if tok.text in DATELINE_DASHES and spaced:
            lead = toks[sent.start : tok.i]
            words = [t for t in lead if t.is_alpha]
            if words and words[0].is_upper and len(words[0]) > 1:
                return tok.i + 1
            break
    return sent.start


def phrase_tokens(head: Token) -> list[Token]:
    """The head's noun phrase in document order, without a dateline glued to its front
    by the parser ("MANILA - Chinese coast guard ships", "MANAGUA, March 3 (Wire) - ...")."""
    out: list[Token] = []
    _collect(head, out, top=True)
    out.extend(name_tokens(head))
    tokens = sorted(set(out), key=lambda t: t.i)
    sent = sentence_of(head)
    if tokens[0].i - sent.start < 16:
        start = dateline_end(sent)
        if tokens[0].i < start <= head.i:
            return [t for t in tokens if t.i >= start]
    return tokens


def name_tokens(head: Token) -> list[Token]:
    """The whole personal name the head is part of: the parser sometimes splits a name with
    particles ("Hamad bin Khalifa al-Thani") into several subjects; NER keeps it whole."""
    if head.ent_type_ != "PERSON" or head.ent_iob_ == "":
        return []
    ent = next((e for e in ents_of(head) if e.start <= head.i < e.end), None)
    return list(ent) if ent is not None and len(ent) > 1 else []


def phrase_span(head: Token, tokens: list[Token]) -> Span:
    """The contiguous span covering the phrase (trimmed of edge punctuation)."""
    doc = head.doc
    start, end = tokens[0].i, tokens[-1].i + 1
    while start < head.i and doc[start].is_punct:
        start += 1
    while end - 1 > head.i and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def list_members(head: Token) -> list[Token]:
    """Heads of items listed after "including"/"such as"/"like" or in an "of"-list:
    "26 countries including France and Germany" -> [France, Germany]."""
    items: list[Token] = []
    for child in kids(head):
        if child.dep_ == "prep" and (child.lower_ in LIST_PREPS or child.lower_ == "of"):
            for pobj in kids(child):
                if pobj.dep_ == "pobj":
                    items.append(pobj)
                    items.extend(pobj.conjuncts)
        elif child.dep_ == "prep" and child.lower_ == "as":  # "such as" parses as amod+prep
            for pobj in kids(child):
                if pobj.dep_ == "pobj":
                    items.append(pobj)
                    items.extend(pobj.conjuncts)
    return sorted(set(items), key=lambda t: t.i)


def sponsor(span: Span) -> bool:
    doc = span.doc
    nxt = span.end
    if nxt + 1 < len(doc) and doc[nxt].text in {"-", "–"}:
        return doc[nxt + 1].lower_ in SPONSOR_WORDS
    return False


def based(span: Span) -> bool:
    """The name is where the phrase's group is based ("the Gaza-based group")."""
    doc = span.doc
    nxt = span.end
    return nxt + 1 < len(doc) and doc[nxt].text in {"-", "–"} and doc[nxt + 1].lower_ == "based"


def definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in kids(head))


def quantified(head: Token) -> bool:
    for c in kids(head):
        if c.dep_ == "nummod" or (c.lower_ in QUANTIFIERS and c.dep_ in {"amod", "det"}):
            return True
    # "dozens of countries": the head hangs under a quantity noun
    parent = head.head
    return head.dep_ == "pobj" and parent.head.lower_ in QUANTIFIERS


_NAME_OK = re.compile(r"^[A-ZÀ-Þ][\w'’\-.]*$")


def unknown_name(head: Token, covered: set[int]) -> str | None:
    """A proper name the KB does not know, heading a titled phrase ("general Jean Dupont")."""
    if head.pos_ != "PROPN" or head.i in covered or sector_word(head.lower_):
        return None
    parts = [head]
    for c in sorted(kids(head), key=lambda t: -t.i):
        if (
            c.dep_ == "compound"
            and c.pos_ == "PROPN"
            and c.i == parts[0].i - 1
            and c.i not in covered
            and not sector_word(c.lemma_.lower())
        ):
            parts.insert(0, c)
    if head.ent_type_ != "PERSON" and not all(_NAME_OK.match(t.text) for t in parts):
        return None
    if head.ent_type_ not in {"PERSON", ""}:
        return None
    return " ".join(t.text for t in parts)
