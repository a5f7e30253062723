"""Where an otherwise unnamed actor belongs: a place complement or the sentence's one state.

Two weak kinds of evidence the phrase itself does not carry:
- a locative/origin complement: "soldiers in Mali", "officials from Iran", "doctors from two
  French charities" (the phrase proper stops before "in"/"from");
- the sentence: a titled person the KB does not know ("President Ana Lupu") belongs to the
  state the sentence names, when it names exactly one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from redline.actors.lowercase import is_lowercase_doc
from redline.actors.phrase import phrase_tokens, sponsor
from redline.nlp.sentences import sentence_of
from redline.nlp.tree import kids

if TYPE_CHECKING:
    from redline.actors.kb import ActorKB, KBEntry
    from redline.actors.resolver import ActorContext

STATE_KINDS = {"country", "capital", "body", "demonym"}
PLACE_PREPS = {"in", "from", "inside", "throughout", "across"}
# Sectors whose titles are offices of a state, so that the sentence's state is theirs.
STATE_SECTORS = {"GOV", "JUD", "LEG", "MIL", "COP", "SPY"}


def state_code(entry: KBEntry) -> str:
    return entry.country or entry.code


def place_of(ctx: ActorContext, head: Token) -> KBEntry | None:
    """The one state (or, after "from", organisation) named by an "in"/"from" complement."""
    lower = is_lowercase_doc(head.doc)
    for child in kids(head):
        if child.dep_ != "prep" or child.lower_ not in PLACE_PREPS:
            continue
        for pobj in kids(child):
            if pobj.dep_ != "pobj":
                continue
            matches = ctx._match(phrase_tokens(pobj), lower)[0]
            states = [e for _, e in matches if e.kind in STATE_KINDS]
            codes = {state_code(e) for e in states}
            if len(codes) == 1:
                return states[0]
            # "medics from an aid agency", "activists from the ruling party": its members.
            orgs = [e for _, e in matches if e.kind in {"igo", "ngo", "group", "crime"}]
            if not states and child.lower_ == "from" and len(orgs) == 1:
                return orgs[0]
    return None


def sentence_state(kb: ActorKB, head: Token) -> str | None:
    """The single state the head's sentence names (None when it names none or several)."""
    from redline.actors.matcher import find_aliases

    sent = sentence_of(head)
    key = f"redline.sentstate.{sent.start}"
    cache = head.doc.user_data
    if key not in cache:
        found = [(span, entry) for span, entry in find_aliases(sent, kb) if not sponsor(span)]
        codes = {state_code(e) for _, e in found if e.kind in STATE_KINDS}
        if not codes:
            # No state named: a national movement's country ("President X conceded to UNITA").
            codes = {e.country for _, e in found if e.kind in {"group", "crime"} and e.country}
        cache[key] = codes.pop() if len(codes) == 1 else None
    return cache[key]
