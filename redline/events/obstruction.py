"""Blocking a road, bridge or railway (CAMEO 144 "obstruct passage, block", PLOVER PROTEST
obstruct) is a protest when civilians, workers, students or an opposition do it. When police,
troops or a government close a road it is a restriction of movement (PLOVER COERCE restrict),
and when no one is named ("roads were blocked") it stays the coercion the verb names: who
blocked is unknown, and a protest needs protesters.
"""

from __future__ import annotations

from redline.events.arguments import official
from redline.events.frames import Frame
from redline.events.lexicon import Lexicon, Trigger, verb_lemma
from redline.records import Entity

STATE_SECTORS = frozenset({"MIL", "COP", "GOV", "JUD", "SPY"})


def obstruction(trig: Trigger, frame: Frame, actors: list[Entity], lex: Lexicon) -> Trigger:
    """The trigger to code for a PROTEST obstruct frame, given its resolved actors."""
    if trig.type != "PROTEST" or trig.mode != "obstruct":
        return trig
    state = any(e.sector in STATE_SECTORS for e in actors) or official(actors, frame)
    if actors and not state:
        return trig
    own = lex.verbs.get(verb_lemma(frame.head, lex))
    if own is not None and own.type == "COERCE":
        return Trigger(key=trig.key, type="COERCE", mode=own.mode, cameo=own.cameo)
    return Trigger(key=trig.key, type="COERCE", mode="restrict", cameo="191")
