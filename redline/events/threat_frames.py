"""Threats read off a speech verb's content clause: a condition for retaliation ("troops
would be legitimate targets", "will be treated as hostile", "will face consequences").
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.forecasts import faces_coercion, threat_mode
from redline.events.frames import Frame
from redline.events.lexicon import Lexicon, Trigger
from redline.nlp.tree import kids

THREAT_AUX = frozenset({"will", "'ll", "shall", "would", "'d", "could", "might", "may"})


def _irrealis(verb: Token) -> bool:
    """ "will face consequences", "would pay a price", "could be treated as hostile"."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in THREAT_AUX for c in kids(verb))


def threat_frames(speech_verb: Token, clause: Token, lex: Lexicon) -> list[Frame]:
    """Content clauses that set a condition for retaliation: "(troops) would be legitimate
    targets", "will be treated as hostile", "will face consequences"."""
    for tok in clause.subtree:
        lemma = tok.lemma_.lower()
        if (
            lemma not in lex.threat_predicates
            and f"legitimate {lemma}" not in lex.threat_predicates
            and not faces_coercion(tok)  # "would face a military attack"
        ):
            continue
        if tok.dep_ not in ("attr", "acomp", "dobj", "pobj", "oprd"):
            continue
        pred_verb = tok.head if tok.dep_ != "pobj" else tok.head.head
        if tok.dep_ in ("dobj", "pobj") and not _irrealis(pred_verb):
            continue  # "struck targets in Gaza", "in response to": a report, not a warning
        subj = [c for c in kids(pred_verb) if c.dep_ in ("nsubj", "nsubjpass")]
        trig = Trigger(key=lemma, type="THREATEN", mode=threat_mode(tok), cameo="138")
        return [
            Frame(
                trig,
                speech_verb,
                [speech_verb, tok],
                [],
                subj,
                speaker_is_actor=True,
                rule="threat predicate",
            )
        ]
    return []
