"""Leaving negotiations is a rejection, not a protest or a retreat: "walked out of the talks",
"pulled out of the negotiations", "withdrew from the summit" are PLOVER REJECT meet ("meetings
and negotiations"; CAMEO 125 "reject proposal to meet, discuss, or negotiate"). A walk-out
with no meeting named (workers walking out) stays the protest or strike the verb names, and a
withdrawal from territory stays a RETREAT.
"""

from __future__ import annotations

from redline.events.frames import Frame
from redline.events.lexicon import Trigger
from redline.nlp.tree import kids

LEAVING_TYPES = frozenset({"PROTEST", "RETREAT"})
MEETING_NOUNS = frozenset(
    "talk negotiation meeting summit consultation discussion dialogue conference".split()
)


def left_meeting(trig: Trigger, frame: Frame) -> Trigger:
    """REJECT meet for a frame whose verb leaves a meeting ("of"/"from" a meeting noun)."""
    if trig.type not in LEAVING_TYPES or frame.head.pos_ != "VERB":
        return trig
    left = [
        g
        for c in kids(frame.head)
        if c.dep_ in ("prep", "prt") and c.lower_ in ("of", "from", "out")
        for g in (*kids(c), *(p for q in kids(c) if q.dep_ == "prep" for p in kids(q)))
        if g.dep_ == "pobj"
    ]
    if not any(g.lemma_.lower() in MEETING_NOUNS for g in left):
        return trig
    return Trigger(key=f"{trig.key} of talks", type="REJECT", mode="meet", cameo="125")
