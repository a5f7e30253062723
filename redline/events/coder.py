"""The rule coder (`redline.coder.rules.v1`): spaCy Doc + Article -> EventRecords.

Per sentence: find frames (events.frame_finder), resolve their argument heads to actors
(actors.ActorContext, which also tracks pronouns across the article), attribute quotes
to their speakers (nlp.quotes), decide modality (events.modality), attach codes
(ontology) and the evidence the record must carry.
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Span, Token

from redline.actors import ActorContext
from redline.actors.attribution import domestic_defaults, home_army, protest_home
from redline.events.actor_resolution import resolve_heads
from redline.events.appeals import OBLIGATION, obligation_frames, order_frame, own_duty
from redline.events.arguments import (
    DOMESTIC_SECTORS,
    agentless,
    dedupe,
    home_country,
    joint,
    official,
    party_id,
    peacekeeping,
    people_against_state,
    sector,
    xcomp_objects,
)
from redline.events.assemble import CODER_NAME, assemble
from redline.events.attack_happenings import munition_frames
from redline.events.blame import allegation_frames, blame_frames, critics_frames
from redline.events.calls import phone_frame, visit_frame
from redline.events.casualty_causes import natural_cause
from redline.events.clause_parties import (
    JOINT_ACTS,
    between_sides,
    complement_party,
    refine_heads,
)
from redline.events.derived import VIOLENT_TYPES, derived_records
from redline.events.dismissals import dismissal_frames
from redline.events.doers import cause_doer, deployed_forces, territorial
from redline.events.embedding import main_events
from redline.events.forecasts import commentator, forecast_warning, said_by_another
from redline.events.frame_finder import find_frames
from redline.events.frames import Frame
from redline.events.lexicon import Lexicon, Trigger, default_lexicon
from redline.events.modality import modality_of
from redline.events.nested_parties import more_recipients
from redline.events.object_parties import aimed_at, object_target, place_target
from redline.events.obstruction import obstruction
from redline.events.police_work import custody_frames, nominal_doers, police_work
from redline.events.recipients import asked_party, fallback, refine, split_joint
from redline.events.senses import figurative_violence
from redline.events.threat_frames import threat_frames
from redline.events.unidentified import place_unidentified
from redline.events.walkout import left_meeting
from redline.events.weapon_use import weapon_frames
from redline.nlp.quotes import QuoteSpan, find_quotes, quote_at
from redline.nlp.sentences import doc_text, forget, index, tokens_of
from redline.nlp.tree import kids
from redline.records import Article, Entity, EventRecord

log = logging.getLogger("redline")

SPEECH_ACT_TYPES = frozenset(
    {"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE", "CONSULT"}
)
HOSTING = frozenset({"receive", "host"})


def _codeable(sent: Span) -> bool:
    words = [t for t in tokens_of(sent) if t.is_alpha]
    return len(words) >= 3


class EventCoder:
    name = CODER_NAME

    def __init__(self, lexicon: Lexicon | None = None):
        self.lex = lexicon or default_lexicon()

    def code_doc(self, doc: Doc, article: Article) -> list[EventRecord]:
        try:
            return self._code_doc(doc, article)
        finally:
            forget(doc)

    def _code_doc(self, doc: Doc, article: Article) -> list[EventRecord]:
        ctx = ActorContext(article.date)
        home = home_country(doc_text(doc), ctx)
        quotes = find_quotes(doc)
        year = int(article.date[:4]) if article.date and article.date[:4].isdigit() else None
        speakers: dict[int, list[Entity]] = {}
        records: list[EventRecord] = []
        for si, sent in enumerate(index(doc).sents):
            if not _codeable(sent):
                continue
            quote = quote_at(quotes, sent.start_char) or quote_at(quotes, sent.end_char - 2)
            speaker = self._speaker(quote, ctx, speakers)
            # Names in this sentence first, so "Putin said his country ..." finds Putin (the
            # memory answers a pronoun only with mentions before it).
            ctx.observe_doc_entities(sent)
            threats = self._threats(sent, quote, speaker)
            # A speech verb whose content is a threat or an appeal is coded once, by it.
            covered = {f.head.i for f in threats}
            frames = [f for f in find_frames(sent, self.lex) if f.head.i not in covered]
            # "chlorine was used as a weapon", "gas used by the army" (events.weapon_use)
            frames += weapon_frames(sent, covered | {f.head.i for f in frames})
            # "a bomb exploded at X", "rockets landed near Y" (events.attack_happenings)
            frames += munition_frames(sent, covered | {f.head.i for f in frames}, self.lex)
            # "50 people were held", "caught by the police" (events.police_work)
            frames += custody_frames(sent, covered | {f.head.i for f in frames}, self.lex)
            coded, appeals = [], []
            for frame in frames + threats:
                if recs := self._records(frame, sent, si, article, ctx, quotes, speakers, year):
                    # an appeal read off "said" embeds nothing else said in that sentence
                    (appeals if frame.rule == OBLIGATION else coded).append((frame.head, recs))
            asked = [r for _, rs in appeals for r in rs if not own_duty(r)]
            recs = dedupe(main_events(coded) + asked)
            domestic_defaults(recs, sent, ctx.kb)
            records.extend(recs)
        for rec in records:
            # Unnamed police, protesters or opposition act at home: where the event happens,
            # else the dateline's country.
            place = rec.location.country if rec.location else None
            for ent in rec.actor + rec.recipient:
                if ent.code is None and ent.sector in DOMESTIC_SECTORS and (place or home):
                    ent.code = ent.country = place or home
                    why = "event place" if place else "dateline"
                    ent.how = f"domestic group default ({why})"
        home_army(records, home)
        protest_home(records, ctx.kb)
        return records

    # -- speakers and threats -------------------------------------------------------------
    def _speaker(
        self, quote: QuoteSpan | None, ctx: ActorContext, cache: dict[int, list[Entity]]
    ) -> list[Entity]:
        if quote is None or quote.speaker is None:
            return []
        key = quote.speaker.i
        if key not in cache:
            cache[key] = ctx.resolve(quote.speaker)
        return cache[key]

    def _threats(self, sent: Span, quote: QuoteSpan | None, speaker: list[Entity]) -> list[Frame]:
        """Frames read off speech verbs' content (threats, obligations) and orders."""
        frames: list[Frame] = []
        for tok in tokens_of(sent):
            if tok.lemma_.lower() in self.lex.speech_verbs:
                for clause in (c for c in kids(tok) if c.dep_ == "ccomp"):
                    if quote and quote.contains(tok.idx):
                        continue
                    # "analysts said X would face sanctions": a commentator threatens nothing
                    found = [] if commentator(tok) else threat_frames(tok, clause, self.lex)
                    for f in found:
                        f.actor_heads = [c for c in kids(tok) if c.dep_ == "nsubj"]
                    found = found or obligation_frames(tok, clause, self.lex)
                    found = found or blame_frames(tok, clause, self.lex)
                    found = found or critics_frames(tok, clause)
                    found = found or dismissal_frames(tok, clause)
                    frames.extend(found or allegation_frames(tok, clause))
            elif order := order_frame(tok, self.lex):
                frames.append(order)
            elif call := phone_frame(tok) or visit_frame(tok):
                frames.append(call)
        if not any(f.speaker_is_actor for f in frames) and quote is not None and speaker:
            # A quoted sentence with no attribution of its own ("Any troops would be targets.")
            found = threat_frames(sent.root, sent.root, self.lex)
            for f in found:
                f.tokens = [f.tokens[-1]]
            frames.extend(found)
        return frames

    # -- one frame -> records -------------------------------------------------------------
    def _records(
        self,
        frame: Frame,
        sent: Span,
        si: int,
        article: Article,
        ctx: ActorContext,
        quotes: list[QuoteSpan],
        speakers: dict[int, list[Entity]],
        year: int | None,
    ) -> list[EventRecord]:
        trig = frame.trigger
        if trig.type is None:
            return []
        head = frame.head
        violent = trig.type in VIOLENT_TYPES or trig.mode == "obstruct"
        if violent and natural_cause(frame, self.lex):
            return []  # "floods killed 40", "a landslide blocked the road"
        if trig.type in VIOLENT_TYPES and figurative_violence(frame.actor_heads, head):
            return []  # "exports hit by sanctions"
        if trig.needs_actor and all(
            h.lemma_.lower() in self.lex.victim_nouns for h in frame.actor_heads
        ):
            return []  # "40 people were killed", "another injured": casualties, not an attack
        if trig.type == "THREATEN" and trig.speech and (
            commentator(head) or forecast_warning(head)
        ):
            return []  # "experts warned ...", "warned that the war could spread": a forecast
        quote = quote_at(quotes, head.idx)
        speaker = self._speaker(quote, ctx, speakers)
        in_quote = quote is not None

        def resolve(heads: list[Token], keep_words: str | None = None) -> list[Entity]:
            return resolve_heads(self.lex, heads, ctx, speaker, in_quote, keep_words)

        if frame.speaker_is_actor:
            actors = resolve(frame.actor_heads) or speaker
            modality, mreason = "asserted", "a threat stated by the speaker"
        else:
            # an organisation missing from the actor tables still acted ("a watchdog group sued")
            actors = resolve(frame.actor_heads, "names")
            if not actors and in_quote and speaker and trig.type in SPEECH_ACT_TYPES:
                actors = list(speaker)
            if not actors and trig.type in VIOLENT_TYPES:  # "rockets fired by X hit ..."
                actors = cause_doer(frame.actor_heads, ctx, self.lex)
            if not actors and trig.type in VIOLENT_TYPES:  # "killed in police firing"
                found = resolve(nominal_doers(head))
                actors = [e for e in found if e.code or e.sector]
            if not actors and trig.type in ("MOBILIZE", "AID"):  # "2,000 troops were deployed"
                actors = resolve(deployed_forces(head))
            modality, mreason = modality_of(head, year)
            if (
                trig.unreal_type
                and modality in ("future", "hypothetical")
                and "'if'" not in mreason
            ):
                if said_by_another(head, actors, self.lex, resolve, party_id):
                    return []  # "India may retaliate, analysts say": a forecast
                trig = Trigger(key=trig.key, type=trig.unreal_type, cameo="130", recip=trig.recip)
                modality, mreason = "asserted", f"announced '{head.text}' ({mreason})"
            elif trig.needs_unreal:
                return []
        if not actors and police_work(trig) and agentless(head):
            # "200 people were arrested", "tear gas was fired": police work when no one else
            # is named (police_work.py); a prison sentence is a court's.
            actors = [Entity(text="(court, implicit)", sector="JUD")
                      if head.lemma_.lower() == "sentence"
                      else Entity(text="(police, implicit)", sector="COP")]
        # "was arrested in Rwanda", "were expelled from North Korea": that state acted
        actors = territorial(head, trig.mode, actors, article.date)
        if (
            trig.type == "CONSULT"
            and trig.mode == "visit"
            and trig.key not in HOSTING
            and any(e.sector == "MIL" for e in actors)
        ):
            # Soldiers "arriving" somewhere are a deployment, not a diplomatic visit; a military
            # that receives or hosts someone has gone nowhere.
            trig = Trigger(
                key=trig.key, type="MOBILIZE", mode="troops", cameo="154", recip=trig.recip
            )
        if (
            trig.type == "COOPERATE"
            and trig.cameo == "062"
            and len({party_id(e) for e in actors}) < 2
            and not frame.recipient_heads
            and not joint(frame)
        ):
            # one side's exercises are a show of force, not cooperation
            trig = Trigger(key=trig.key, type="MOBILIZE", mode="troops", cameo="150")
        if trig.type == "MOBILIZE" and peacekeeping(frame.head, frame.actor_heads):
            # PLOVER/CAMEO 074: sending peacekeepers is aid (military protection), not a buildup
            trig = Trigger(key=trig.key, type="AID", cameo="074", recip=trig.recip)
        trig = left_meeting(obstruction(trig, frame, actors, self.lex), frame)
        if trig.type in ("REQUEST", "ACCUSE", "REJECT") and any(
            h.lemma_.lower() in self.lex.crowd_actors for h in frame.actor_heads
        ):
            # what a crowd of protesters demands or denounces is their demonstration
            trig = Trigger(key=trig.key, type="PROTEST", mode="demo", cameo="141", recip=trig.recip)
        if (
            trig.type == "PROTEST"
            and trig.mode != "boycott"  # a boycott by a government is still one (CAMEO 143)
            and frame.head.pos_ == "VERB"
            and official(actors, frame)
        ):
            # A government "protests" through diplomats: that is an accusation, not a rally.
            trig = Trigger(
                key=trig.key, type="ACCUSE", mode="disapprove", cameo="111", recip=trig.recip
            )
        recipient_heads = refine(frame.recipient_heads or xcomp_objects(head), head, trig)
        # "convicted X and sentenced him", "a probe into claims that X", "sent experts to X"
        recipient_heads = refine_heads(recipient_heads, head, trig)
        # "mobilized troops against X": the party an instrument is aimed at
        recipient_heads = aimed_at(recipient_heads, head, trig, self.lex)
        # What is criticised, rejected or backed may be a thing ("rejected the plan"); what is
        # asked for or promised is not a party ("urged restraint").
        keep = "things" if trig.type in ("ACCUSE", "REJECT", "SUPPORT", "THREATEN") else "parties"
        recipients = resolve(recipient_heads, keep)
        if not recipients and frame.rule == "verb+object":  # "violated X's truce"
            found = object_target(frame.tokens[-1], head, trig, self.lex)
            recipients = resolve(found, "parties")
        if not recipients and trig.type == "REQUEST":
            asked = asked_party(head, self.lex)
            recipients = resolve(asked, "parties")
        if not recipients:  # "threatened ... unless X", "called X to congratulate him"
            found = fallback(head, trig, modality)
            if not found and not frame.weak:  # "a probe into whether X ...", "a summit of X"
                found = complement_party(frame.tokens, head, trig)
            recipients = resolve(found, "parties")
        if not any(e.code for e in recipients):  # "a curfew in X", "killed 12 villagers in X"
            victims = recipient_heads if recipients else []
            found = place_target(victims, head, (trig, frame.trigger), self.lex)
            recipients += resolve(found, "things")
        if frame.weak and not any(e.code or e.sector for e in actors + recipients):
            # a bare mention ("the execution of X", "the invasions") refers to an event
            # reported elsewhere; code it only when it names a known party
            return []
        # "broke off contact with X", "to A, B and, with conditions, C", "the force in X"
        recipients = more_recipients(
            recipients, actors, recipient_heads, head, trig, self.lex, frame.actor_heads,
            lambda toks: resolve(toks, "parties"),
        )  # fmt: skip
        # "A and B signed a pact": one party acts, the other is its counterpart
        actors, recipients = split_joint(
            trig, bool(frame.recipient_heads), actors, recipients, frame.actor_heads, ctx
        )
        if trig.type in JOINT_ACTS:  # "cooperation between A and B": A acts
            actors, recipients = between_sides(frame.tokens, actors, recipients)
        # The actor named again is no recipient; two different people of one government (a
        # president and a prime minister) are.
        actor_codes = {e.code for e in actors if e.code}
        actor_names = {e.name for e in actors if e.name}
        recipients = [
            r
            for r in recipients
            if not (
                r.code
                and r.code in actor_codes
                and r.sector == sector(actors, r.code)
                and (not r.name or not actor_names or r.name in actor_names)
                and not people_against_state(actors, r)
            )
        ]
        rec = assemble(
            trig, frame, sent, si, article, actors, recipients, modality, mreason, quote, speaker
        )
        # PLOVER UNK/UAF, placed
        place_unidentified(rec, ctx, head, frame.actor_heads, tuple(recipient_heads))
        def resolve_names(subj: list[Token]) -> list[Entity]:
            return resolve(subj, "names")

        return derived_records(rec, frame, trig, self.lex, resolve_names, speaker)
