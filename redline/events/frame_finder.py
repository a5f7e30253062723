"""All frames of one sentence: verb frames, then noun frames for the nouns no verb frame has
consumed; actor heads the parser hung on a dateline are moved past it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from redline.actors.phrase import dateline_end
from redline.events.frames import Frame
from redline.events.lexicon import Lexicon, verb_lemma
from redline.events.noun_frames import _giver_frame, _noun_frame
from redline.events.verb_frames import _verb_frames, punitive_request
from redline.nlp.sentences import tokens_of


def find_frames(sent: Span, lex: Lexicon) -> list[Frame]:
    frames: list[Frame] = []
    consumed: set[int] = set()
    for tok in tokens_of(sent):
        if tok.i in consumed:
            continue
        lemma = verb_lemma(tok, lex) if tok.pos_ in ("VERB", "AUX") else tok.lemma_.lower()
        if tok.dep_ == "amod":
            continue  # "coordinated attacks", "allied forces": a participle used as adjective
        if tok.dep_ == "compound" and tok.pos_ in ("VERB", "AUX"):
            continue  # "Aid agencies fear", "relief convoys", "rescue teams": a noun modifier
            # the tagger took for a verb names a kind of the noun; it is no act of its own
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and lemma != "be" and tok.dep_ == "ROOT"):
            found = [punitive_request(f, lex) for f in _verb_frames(tok, lemma, lex, consumed)]
            for f in found:
                if f.rule == "punitive request":
                    consumed.update(t.i for t in f.tokens)
            frames.extend(found)
        elif tok.pos_ in ("NOUN", "PROPN") and tok.i not in consumed:
            frame = _noun_frame(tok, lemma, lex) or _giver_frame(tok)
            if frame:
                frames.append(frame)
                consumed.update(t.i for t in frame.tokens)
    start = dateline_end(sent)
    if start > sent.start:  # the parser may make the dateline's place a subject
        for f in frames:
            f.actor_heads = [
                a for h in f.actor_heads for a in ([h] if h.i >= start else _after(h, start))]
            if not f.actor_heads and (doer := _dateline_subject(f.head, start)) is not None:
                f.actor_heads = [doer]
    return frames


def _dateline_subject(verb: Token, start: int) -> Token | None:
    """ "SAN SALVADOR, El Salvador (AP) - The FMLN offered ...": hung on the dateline's
    place, the subject becomes an apposition and its finite verb a modifier of it (acl).
    A past-tense verb (not a participle: "the troops sent to the border") modifying a noun
    that the parser attached to the dateline is that noun's predicate."""
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and head.i >= start and head.head.i < start:
        return head
    return None


def _after(head: Token, start: int) -> list[Token]:
    """What the parser hung on a dateline word past the dateline: "MOGADISHU -- A U.S.
    airstrike has killed" makes the airstrike an apposition of the place."""
    return [t for t in head.subtree if t.dep_ == "appos" and t.i >= start and t.head.i < start]
