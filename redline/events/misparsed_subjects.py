"""Subjects the parser hides in a misparse of a long subject phrase.

Two shapes of the same error, where a subject noun phrase carries a modifier and the
parser reads the modifier as the clause:

- "The Red Cross working in Sudan said ...", "Aid agencies operating in Gaza said ...":
  the participle is taken for the subject (csubj or nsubj) with the real subject as its own
  subject; the doer of the main verb is that noun.
- "Doctors from a French charity donated ...", "Soldiers from a Nigerian unit attacked ...",
  "Lawyers for the detained editor filed ...": with the noun as sentence root, the finite
  verb hangs as a reduced relative on the noun inside the root's prepositional phrase; the
  doer is the root noun, not the noun of the phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.nlp.tree import kids

_NOUNS = ("NOUN", "PROPN")


def participle_subject(subj: Token) -> Token | None:
    """The noun a csubj participle carries as its subject ("the Red Cross working in X")."""
    if subj.dep_ not in ("csubj", "nsubj") or subj.tag_ != "VBG":
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in kids(subj)):
        return None  # a real clausal subject: "Russia invading Ukraine changed ..."
    inner = [c for c in kids(subj) if c.dep_ == "nsubj" and c.pos_ in _NOUNS]
    return inner[0] if inner else None


def root_noun_subject(verb: Token) -> Token | None:
    """The root noun of a verbless parse whose finite verb the parser hung on the noun
    of the root's prepositional phrase ("Doctors from a charity donated ...")."""
    if verb.dep_ != "acl" or not _finite(verb):
        return None
    head = verb.head
    if head.dep_ != "pobj" or head.head.dep_ != "prep":
        return None
    root = head.head.head
    if root.dep_ != "ROOT" or root.pos_ not in _NOUNS:
        return None
    return root


def _finite(verb: Token) -> bool:
    """A past tense, or a participle that takes an object itself or through a conjunct
    ("donated and delivered vaccines"), and no "by" agent of its own."""
    if any(c.dep_ == "agent" for c in kids(verb)):
        return False
    forms = [verb, *(c for c in kids(verb) if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(f.tag_ == "VBD" or any(c.dep_ == "dobj" for c in kids(f)) for f in forms)
