"""Quotations and their speakers.

News quotes come in a few shapes: `"...," Putin said.`, `Putin said: "..."`,
`"...," said the minister.` and a quote that runs on into the next sentence or
paragraph with no new attribution. We find quote spans by their marks and the
speaker by the speech verb next to them, and carry the speaker over to a
quote that follows without one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from redline.nlp.sentences import doc_text
from redline.nlp.tree import kids

# Straight and curly double quotes; single quotes are apostrophes too often to trust.
_QUOTE_RE = re.compile(r"[\"“”„«»]")
_OPENERS = "“„«"
_CLOSERS = "”»"

SPEECH_LEMMAS = frozenset(
    "say tell state announce declare add stress insist claim note confirm warn write post tweet "
    "explain argue reiterate emphasise emphasize remark acknowledge admit vow promise deny "
    "threaten urge accuse respond reply continue conclude caution".split()
)


@dataclass
class QuoteSpan:
    start: int  # char offset of the opening mark
    end: int  # char offset after the closing mark
    speaker: Token | None = None  # head token of the speaker's noun phrase
    inherited: bool = False  # speaker carried over from the previous quote

    def contains(self, char: int) -> bool:
        return self.start <= char < self.end

    @property
    def text_span(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1


def _pairs(text: str) -> list[tuple[int, int]]:
    """Pair quote marks. A quote left open at a paragraph end stays open into the next
    paragraph (the news convention for multi-paragraph quotes) but is closed there."""
    out: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _QUOTE_RE.finditer(text):
        ch, i = m.group(), m.start()
        is_open = ch in _OPENERS or (ch == '"' and open_at is None)
        if open_at is None:
            if is_open or ch not in _CLOSERS:
                open_at = i
        elif ch in _OPENERS and "\n\n" in text[open_at:i]:
            out.append((open_at, text.rfind("\n\n", open_at, i)))
            open_at = i
        else:
            out.append((open_at, i + 1))
            open_at = None
    if open_at is not None:
        end = text.find("\n\n", open_at)
        out.append((open_at, len(text) if end < 0 else end))
    return out


def _speaker_near(doc: Doc, start: int, end: int) -> Token | None:
    """The subject of a speech verb outside the quote, in the sentence(s) it touches."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    last = doc.char_span(max(start, end - 1), end, alignment_mode="expand")
    if first is None or last is None or not len(first) or not len(last):
        return None  # the span falls on whitespace only
    sents = {first[0].sent, last[-1].sent}
    candidates: list[Token] = []
    for sent in sorted(sents, key=lambda s: s.start):
        for tok in sent:
            if tok.lemma_.lower() in SPEECH_LEMMAS and tok.pos_ in ("VERB", "AUX"):
                if start <= tok.idx < end:
                    continue
                candidates.append(tok)
    for verb in candidates:
        for child in kids(verb):
            if child.dep_ in ("nsubj", "nsubjpass") and not (start <= child.idx < end):
                return child
    return None


# Verbs of addressing an audience: "Zelensky addressed the nation. "..."" (besides speech verbs)
ADDRESS_LEMMAS = frozenset("address speak brief".split())


def _subject_of(sent: Span) -> Token | None:
    root = sent.root
    subj = next((c for c in kids(root) if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.ent_type_ == "PERSON" or root.lemma_.lower() in SPEECH_LEMMAS | ADDRESS_LEMMAS:
        return subj
    return None


def _speaker_beside(doc: Doc, start: int, end: int) -> Token | None:
    """A quote that is a sentence (or more) of its own, with no speech verb beside it: news
    names the speaker in the sentence just before ("Erdogan was defiant. "We will ..."") or,
    less often, just after ("... ." Bush spoke to Congress on Thursday."). We take the subject
    of that sentence when it is a person or the subject of a verb of speaking or addressing."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    last = doc.char_span(max(start, end - 1), end, alignment_mode="expand")
    if first is None or last is None or not len(first) or not len(last):
        return None
    text = doc_text(doc)
    opening, closing = first[0].sent, last[-1].sent
    if opening.start > 0 and text[opening.start_char : start].strip() == "":
        before = doc[opening.start - 1].sent
        if not _QUOTE_RE.search(before.text) and (subj := _subject_of(before)):
            return subj
    if closing.end < len(doc) and text[end : closing.end_char].strip() in ("", "."):
        after = doc[closing.end].sent
        if not _QUOTE_RE.search(after.text) and (subj := _subject_of(after)):
            return subj
    return None


def find_quotes(doc: Doc) -> list[QuoteSpan]:
    text = doc_text(doc)
    quotes: list[QuoteSpan] = []
    prev: QuoteSpan | None = None
    for start, end in _pairs(text):
        if end - start < 3:
            continue
        q = QuoteSpan(start, end, _speaker_near(doc, start, end))
        if q.speaker is None and prev is not None and prev.speaker is not None:
            between = text[prev.end : start]
            # Only carry a speaker over short stretches of attribution-free text.
            if len(between) < 400 and not _QUOTE_RE.search(between):
                q.speaker, q.inherited = prev.speaker, True
        if q.speaker is None:
            q.speaker = _speaker_beside(doc, start, end)
        quotes.append(q)
        prev = q
    return quotes


def quote_at(quotes: list[QuoteSpan], char: int) -> QuoteSpan | None:
    for q in quotes:
        if q.contains(char):
            return q
    return None
