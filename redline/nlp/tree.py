"""Dependency children from a table built once per document.

spaCy's `Token.children` scans the token's subtree span on every call and makes a new Token
for each child; the coder asks for the children of the same few words dozens of times per
sentence, which made the walk one of its larger costs. `kids(tok)` answers from a table
built in one pass over the heads and kept in the document's `SentenceIndex` (dropped with it
by `forget`), in spaCy's order: document order, the token itself excluded.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.nlp.sentences import index


def kids(tok: Token) -> tuple[Token, ...]:
    """The token's dependency children: `tuple(tok.children)`, from the per-document table."""
    idx = index(tok.doc)
    if idx.kids is None:
        table: list[list[Token]] = [[] for _ in idx.tokens]
        for t in idx.tokens:
            head = t.head.i
            if head != t.i:  # a root is its own head, not its own child
                table[head].append(t)
        idx.kids = [tuple(k) for k in table]
    return idx.kids[tok.i]


def lefts(tok: Token) -> list[Token]:
    """`list(tok.lefts)`: the children before the token."""
    return [c for c in kids(tok) if c.i < tok.i]
