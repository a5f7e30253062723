"""ActorContext: turns the noun phrase around a head token into Entity objects.

Order of evidence inside one phrase: a known person, then a named organisation or group,
then a state (name, capital, demonym, state body, possessor), then a bloc or an unnamed group
of states; failing all of those, a definite description ("the government") or a pronoun is
resolved from earlier mentions, and a bare sector noun ("protesters") gives a sector alone.

Here: the per-article context, alias and sector-word matching inside a phrase, and the order
of the steps. The steps themselves: actors.combine (the phrase's evidence into entities),
actors.appositives, actors.anaphora (definite descriptions), actors.attribution.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from redline.actors.acronym_names import glossed_phrase
from redline.actors.anaphora import definite_reference
from redline.actors.appositives import appositive, merge_appositive, named_holder
from redline.actors.attribution import attribute
from redline.actors.combine import combine
from redline.actors.facilities import facility_place
from redline.actors.guards import fits, org_sector
from redline.actors.kb import ActorKB, KBEntry, load_kb
from redline.actors.lowercase import is_lowercase_doc
from redline.actors.memory import PRONOUNS, Memory, Mention, retext, sentence_index
from redline.actors.named_tails import named_tail
from redline.actors.phrase import based, phrase_span, phrase_tokens, sponsor
from redline.actors.sectors import SectorWord, load_sectors, sector_word
from redline.nlp.sentences import doc_text, ents_of, tokens_of
from redline.nlp.tree import kids
from redline.records import Entity

log = logging.getLogger("redline")


def _parse_day(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        log.warning("actor resolver: ignoring unreadable article date %r", value)
        return None


class ActorContext:
    """Per-article state: resolves NPs and remembers what was mentioned, for pronouns."""

    def __init__(self, date: str | None = None, kb: ActorKB | None = None) -> None:
        self.day = _parse_day(date)
        self.kb = kb or load_kb()
        self.memory = Memory()
        # What observe_doc_entities resolved, by (Doc, token): the coder asks again for the
        # same names as event arguments; answered from here, in copies, since callers fill in
        # codes and reasons on what they get.
        self._observed: dict[tuple[int, int], list[Entity]] = {}

    # -- public API -----------------------------------------------------------------------
    def resolve(self, head: Token) -> list[Entity]:
        """Entities named by the noun phrase headed by `head` ([] when nothing resolves)."""
        heads = [head] + [c for c in head.conjuncts if c.i > head.i]
        out: list[Entity] = []
        for h in heads:
            seen = self._observed.get((id(h.doc), h.i))
            found = [replace(e) for e in seen] if seen is not None else self._resolve_one(h)
            for ent in found:
                if not any(_same(ent, o) for o in out):
                    out.append(ent)
        if len(heads) > 1 and len(out) > 1 and out[-1].start is not None:
            # "Britain and France ... they": the coordination as one plural mention.
            self.memory.add(
                Mention(list(out), "country", out[-1].start, sentence_index(heads[-1]), plural=True,
                        subject=head.dep_ == "nsubj")
            )
        return out

    def _observe(self, head: Token) -> None:
        self._observed[(id(head.doc), head.i)] = [replace(e) for e in self._resolve_one(head)]

    def observe_doc_entities(self, sent: Span) -> None:
        """Remember PERSON/GPE/NORP/ORG mentions (and KB aliases NER missed) for pronouns."""
        seen: set[int] = set()
        for ent in ents_of(sent[0]) if len(sent) else ():
            if ent.label_ in {"PERSON", "GPE", "NORP", "ORG", "FAC"}:
                self._observe(ent.root)
                seen.update(range(ent.start, ent.end))
        from redline.actors.matcher import find_aliases

        for span, _entry in find_aliases(sent, self.kb):
            if not seen.intersection(range(span.start, span.end)):
                self._observe(span.root)
                seen.update(range(span.start, span.end))
        for tok in tokens_of(sent):
            # "Colombia's justice minister", "the Kremlin spokesman": a titled person whom a
            # later "he" or "the minister" means, though no name was given
            if tok.tag_ == "NN" and tok.i not in seen and any(
                c.i in seen and c.dep_ in ("poss", "compound", "amod") for c in kids(tok)
            ) and (sw := sector_word(tok.lemma_.lower())) is not None and sw.role:
                self._observe(tok)

    def resolve_text(self, text: str) -> list[Entity]:
        """Resolve a plain string such as a quote's speaker ("Kremlin spokesman", "he")."""
        from redline.actors.text import resolve_plain

        return resolve_plain(self, text)

    # -- one phrase -----------------------------------------------------------------------
    def _resolve_one(self, head: Token) -> list[Entity]:
        if head.lower_ in PRONOUNS and head.pos_ in {"PRON", "DET"}:
            active_subject = head.dep_ == "nsubj"
            ents = self.memory.pronoun(head.lower_, head.idx, sentence_index(head), active_subject)
            return [retext(e, head.text, head.idx, head.idx + len(head.text)) for e in ents]
        tokens = named_tail(head, phrase_tokens(head), self.kb)
        tokens, glossed = glossed_phrase(head, tokens, self.kb)  # "... of Angola (UNITA)"
        span = glossed or phrase_span(head, tokens)
        lower = is_lowercase_doc(head.doc)
        matches, covered = self._match(tokens, lower)
        sw = org_sector(matches, self._sector(tokens, head, covered))
        ents, mention = combine(self, head, tokens, span, matches, covered, sw)
        facility_place(head, matches, ents)  # "the Kerch Bridge", "a Kabul hotel"
        if not ents:
            ents, mention = appositive(self, head)
        elif len(ents) == 1 and (ents[0].name is None or ents[0].code is None):
            merge_appositive(self, head, ents)
        elif len(ents) == 1 and head.pos_ == "NOUN" and sw is not None:
            named_holder(self, head, ents[0])
        if not ents and mention is None:
            ents, mention = definite_reference(head, span, sw, self.memory, self.kb, self.day)
        if not ents and mention is None and sw and sw[1].i == head.i:
            # "the police" with nothing earlier to point back to: the bare sector.
            ents = [
                Entity(
                    text=span.text, sector=sw[0].sector, start=span.start_char, end=span.end_char
                )
            ]
            mention = Mention(ents, "sector", span.start_char, sentence_index(head))
        if len(ents) == 1 and not (ents[0].code or ents[0].country or ents[0].members):
            attribute(self, head, ents[0])  # "families escaping the drought in Somalia"
        if mention is None and head.ent_type_ == "PERSON":
            mention = Mention([], "person", span.start_char, sentence_index(head), person=True)
        if mention is not None:
            mention.subject = head.dep_ == "nsubj"
            self.memory.add(mention)
        return ents

    def _match(
        self, tokens: list[Token], lower: bool
    ) -> tuple[list[tuple[Span, KBEntry]], set[int]]:
        """Longest alias matches over contiguous runs of the phrase's tokens."""
        doc = tokens[0].doc
        text = doc_text(doc)
        # Token offsets and punctuation read once: slicing the Doc for every candidate run
        # makes a Span and Token objects each time, the coder's main cost.
        at = {t.i: (t.idx, t.idx + len(t.text), t.is_punct) for t in tokens}
        covered: set[int] = set()
        found: list[tuple[Span, KBEntry]] = []
        bases: list[tuple[Span, KBEntry]] = []
        idx = [t.i for t in tokens]
        k = 0
        while k < len(idx):
            start = idx[k]
            hit = None
            # Only runs of adjacent phrase words are tried, so the longest run from `start`
            # bounds n; a run that opens on punctuation is never a name.
            cap = min(self.kb.max_words * 2, len(idx) - k)
            run = 1
            while run < cap and start + run in at:
                run += 1
            for n in range(0 if at[start][2] else run, 0, -1):
                end = start + n
                if at[end - 1][2]:
                    continue
                entry = self.kb.lookup(text[at[start][0] : at[end - 1][1]], self.day, lower)
                if entry is not None and fits(doc[start:end], entry):
                    hit = (doc[start:end], entry)
                    break
            if hit is None:
                k += 1
                continue
            span, entry = hit
            covered.update(range(span.start, span.end))
            if entry.kind == "bloc" and len(span) == 1 and span.end < len(doc):
                nxt = doc[span.end]
                if nxt.is_title and not sector_word(nxt.lemma_.lower()):
                    k += 1  # "West Africa", "European Space Agency": not the bloc
                    continue
            if not sponsor(span):
                found.append(hit)
            elif based(span):
                # A base is a place, not a seat of government: "Beirut-based" -> Lebanon.
                seat = entry.kind == "capital"
                place = self.kb.countries.get(entry.country or "") if seat else None
                bases.append((span, place or entry))
            k += len(span)
        # "the Gaza-based group": where a group is based places it when nothing else does.
        return found or bases, covered

    def _sector(
        self, tokens: list[Token], head: Token, covered: set[int]
    ) -> tuple[SectorWord, Token] | None:
        """The sector word of the phrase: the head's own, unless it is a generic role word
        ("leader") and a stronger sector word modifies it ("rebel leader")."""
        words = [
            t
            for t in tokens
            if t.i not in covered and not t.is_punct and t.pos_ not in {"DET", "PRON", "NUM", "ADP"}
        ]
        maxn = load_sectors().max_words
        found: list[tuple[SectorWord, Token]] = []
        j = len(words) - 1
        while j >= 0:
            hit = None
            for n in range(min(maxn, j + 1), 0, -1):
                seq = words[j - n + 1 : j + 1]
                if any(seq[m + 1].i != seq[m].i + 1 for m in range(n - 1)):
                    continue
                for key in (
                    " ".join(t.lemma_.lower() for t in seq),
                    " ".join(t.lower_ for t in seq),
                ):
                    sw = sector_word(key)
                    if sw:
                        hit = (sw, seq[-1], n)
                        break
                if hit:
                    break
            if hit:
                found.append((hit[0], hit[1]))
                j -= hit[2]
            else:
                j -= 1
        if not found:
            return None
        found.reverse()
        own = next((f for f in found if f[1].i == head.i), None)
        strong = [f for f in found if not f[0].weak and f is not own]
        if own and not own[0].weak:
            return own
        if own:
            return strong[-1] if strong else own
        return strong[-1] if strong else found[-1]


def _same(a: Entity, b: Entity) -> bool:
    return (a.code, a.sector, a.name, a.start) == (b.code, b.sector, b.name, b.start)
