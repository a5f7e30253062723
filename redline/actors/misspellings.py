"""Country names misspelt by one letter ("Afganistan", "Phillipines"): wire copy has typos,
and a state lost to one costs the whole dyad. Only long names (7+ letters), only when exactly
one country is that close, and only words the tagger took for a place, or a capitalised
subject the model has never seen as a word ("Ethopia has agreed ..."): real words and names
one letter off a country ("Cameron", "Columbia", "Siberia", "Granada") are in its vocabulary."""

from __future__ import annotations

from spacy.tokens import Token
from spacy.vocab import Vocab

from redline.actors.kb import ActorKB
from redline.nlp.sentences import ents_of

MIN_LENGTH = 7


def _one_edit(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours apart (not equal)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


_NAMES: dict[int, tuple[tuple[str, str], ...]] = {}
# The words each loaded model knew before reading any text (by the vocab's id): the vocab
# grows with every text read, so it is read once, when the model is loaded.
_MODEL_WORDS: dict[int, frozenset[str]] = {}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NOT_PLACE_NAMES = frozenset({"PERSON", "NORP"})


def remember_model_words(vocab: Vocab) -> None:
    _MODEL_WORDS[id(vocab)] = frozenset(s for s in vocab.strings if s[:1].isupper())


def _names(kb: ActorKB) -> tuple[tuple[str, str], ...]:
    """One-word country names of 7+ letters, per table (kept by the table's id)."""
    if id(kb) not in _NAMES:
        _NAMES[id(kb)] = tuple(
            (e.name.lower(), code) for code, e in kb.countries.items()
            if e.name and " " not in e.name and len(e.name) >= MIN_LENGTH)
    return _NAMES[id(kb)]


def misspelt_country(word: str, kb: ActorKB) -> str | None:
    """The one country whose name `word` misses by one letter, else None."""
    if len(word) < MIN_LENGTH or not word[:1].isupper():
        return None
    low = word.lower()
    found = {code for name, code in _names(kb) if _one_edit(low, name)}
    return found.pop() if len(found) == 1 else None


def misspelt_in_phrase(tokens: list[Token], kb: ActorKB) -> tuple[str, str] | None:
    """(state, the word) for a one-word place entity in the phrase that misspells a country."""
    if not tokens:
        return None
    ids = {t.i for t in tokens}
    for ent in ents_of(tokens[0]):
        if ent.label_ == "GPE" and len(ent) == 1 and ent.start in ids:
            code = misspelt_country(ent.text, kb)
            if code is not None:
                return code, ent.text
    return _misspelt_subject(tokens, kb)


def _misspelt_subject(tokens: list[Token], kb: ActorKB) -> tuple[str, str] | None:
    """A one-word subject the model has never seen, one letter off a country name."""
    if len(tokens) != 1:
        return None
    tok = tokens[0]
    known = _MODEL_WORDS.get(id(tok.vocab))
    if known is None or tok.dep_ not in SUBJECT_DEPS or tok.ent_type_ in NOT_PLACE_NAMES:
        return None
    if not tok.is_title or tok.text in known:
        return None
    code = misspelt_country(tok.text, kb)
    return (code, tok.text) if code is not None else None
