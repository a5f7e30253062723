"""Argument heads to actors: a frame's head tokens resolved to entities, with their
conjuncts, the "of" noun of a count ("dozens of protesters"), the quote's speaker for "we",
and uncoded names or things kept as words where the slot needs them."""

from __future__ import annotations

from spacy.tokens import Token

from redline.actors import ActorContext
from redline.actors.attribution import attribute
from redline.actors.phrase import name_tokens
from redline.events.arguments import FIRST_PERSON, modifier_actors, reporting_subject, words_only
from redline.events.doers import names_doer, party_code, remember, speaking_for
from redline.events.first_person import speaker_owned
from redline.events.frames import with_conjuncts
from redline.events.lexicon import Lexicon
from redline.nlp.tree import kids
from redline.records import Entity


def resolve_heads(
    lex: Lexicon,
    heads: list[Token],
    ctx: ActorContext,
    speaker: list[Entity],
    in_quote: bool,
    keep_words: str | None = None,
) -> list[Entity]:
    out: list[Entity] = []
    names: set[int] = set()
    for head in heads:
        head = counted_head(head, lex)
        for tok in with_conjuncts(head):
            if (name := name_tokens(tok)) and name[0].i in names:
                continue  # another word of a name already resolved
            names.update(t.i for t in name[:1])
            if in_quote and speaker and tok.lower_ in FIRST_PERSON:
                out.extend(speaker)
                continue
            antecedent = reporting_subject(tok)
            if antecedent is not None:  # "a majority of the guards say they ...": guards
                antecedent = counted_head(antecedent, lex)
            found = ctx.resolve(antecedent if antecedent is not None else tok)
            found = found or modifier_actors(tok, ctx)
            if in_quote and (owned := speaker_owned(tok, found, speaker)):
                found = owned  # "our troops", "attacked our patrol": the speaker's side
            if (speaker_tok := speaking_for(tok)) is not None and keep_words == "names":
                said = ctx.resolve(speaker_tok)
                if len(said) == 1 and said[0].code and said[0].code == party_code(found):
                    found = said  # "X said his country will ...": X's stand
            tok = antecedent if antecedent is not None else tok
            if (
                not found
                and tok.pos_ in ("NOUN", "PROPN")
                and (
                    keep_words == "things"
                    or (keep_words == "parties" and _party(tok, lex))
                    or (keep_words == "names" and names_doer(tok, lex))
                )
            ):
                found = [words_only(tok)]  # who or what, even when no code fits
                attribute(ctx, tok, found[0], code=False)  # "a school in Kandahar"
            if keep_words == "names" and len(found) == 1 and found[0].code is None:
                remember(ctx, tok, found[0], lex)  # a later "it"/"they" may mean it
            out.extend(found)
    uniq: dict[tuple, Entity] = {}
    for e in out:
        uniq.setdefault((e.code, e.sector, e.start), e)
    return list(uniq.values())


def counted_head(head: Token, lex: Lexicon) -> Token:
    """ "a team of military planners", "dozens of protesters": the "of" noun acts."""
    if head.lemma_.lower() not in lex.quantity_nouns and head.pos_ != "NUM":
        return head
    return next(
        (
            g
            for c in kids(head)
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in kids(c)
            if g.dep_ == "pobj"
        ),
        head,
    )


def _party(tok: Token, lex: Lexicon) -> bool:
    lemma = tok.lemma_.lower()
    return lemma not in lex.not_participants and lemma not in lex.nouns
