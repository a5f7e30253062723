"""PLOVER's generic unidentified actor (sector UNK) for attacks no one is named for.

"Two soldiers were killed by a roadside bomb outside Kandahar": the manual codes such an
attack with an unidentified actor rather than none, and event data place it in the state
where it happened, so the dyad still says whose territory the violence was in.
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.actors import ActorContext
from redline.actors.attribution import located_in
from redline.nlp.sentences import doc_text
from redline.nlp.tree import lefts
from redline.records import Entity, EventRecord, Location

UNIDENTIFIED_TYPES = frozenset({"ASSAULT"})


def place_unidentified(rec: EventRecord, ctx: ActorContext, head: Token,
                       actor_heads: list[Token], target_heads: tuple[Token, ...] = ()) -> None:
    """An attack with no actor gets an implicit UNK actor; "unknown gunmen" (UAF) with no
    state get one too; both only when the sentence places the event in one state."""
    if rec.event_type not in UNIDENTIFIED_TYPES:
        return
    # "unknown gunmen" (UAF), or only the weapon's words ("a roadside bomb", doers.py)
    unknown = [e for e in rec.actor
               if e.sector in ("UAF", None) and not (e.code or e.country)]
    if rec.actor and len(unknown) < len(rec.actor):
        return
    found = _state(ctx, head, actor_heads, rec.location, target_heads)
    if found is None:
        return
    state, why = found
    for e in unknown:
        e.sector = e.sector or "UNK"
        kind = "armed group" if e.sector == "UAF" else "actor"
        e.country, e.how = state, f"unidentified {kind} placed by {why}"
    if not rec.actor:
        # the weapon's words when one is named ("a car bomb"), so a reader sees what acted
        ent = _weapon(actor_heads[0]) if actor_heads else Entity(
            text="(unidentified attacker, implicit)")
        ent.country, ent.sector, ent.how = state, "UNK", f"unidentified actor placed by {why}"
        rec.actor = [ent]


def _state(
    ctx: ActorContext, head: Token, actor_heads: list[Token], location: Location | None,
    target_heads: tuple[Token, ...] = (),
) -> tuple[str, str] | None:
    state, why = (location.country, "event place") if location and location.country else (None, "")
    if state is None:
        # the place may hang on the weapon ("a bomb near Samarra") or on a governing verb
        # ("an attempt to kill X was foiled in Y")
        tokens = [*actor_heads, head]
        cur = head
        for _ in range(2):
            if cur.head.i == cur.i:
                break
            cur = cur.head
            tokens.append(cur)
        # last, on the target: "a bomb went off outside the ministry in Baghdad"
        for tok in [*tokens, *target_heads]:
            found = located_in(ctx, tok)
            if found is not None:
                state, why = found
                break
    return (state, why) if state else None


def _weapon(head: Token) -> Entity:
    """The weapon noun with its modifiers only ("a car bomb", not "a bomb near the police
    station": the place is not the actor)."""
    first = min([head.i, *(t.i for t in lefts(head))])
    start, end = head.doc[first].idx, head.idx + len(head.text)
    return Entity(text=doc_text(head.doc)[start:end], start=start, end=end)
