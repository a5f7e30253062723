"""Assemble an EventRecord from a coded frame: the codes of its type (CAMEO, Goldstein,
PLOVER score, quad class), its evidence (sentence, trigger and quote offsets), date, place,
confidence and the coder's `why`."""

from __future__ import annotations

from spacy.tokens import Span

from redline.events.arguments import event_location
from redline.events.dates import event_date
from redline.events.frames import Frame
from redline.events.lexicon import Trigger
from redline.nlp.quotes import QuoteSpan
from redline.nlp.sentences import doc_text, span_text
from redline.ontology import cameo_to_plover, codes_for
from redline.records import Article, Entity, EventRecord, Quote
from redline.records import Span as TextSpan

CODER_NAME = "redline.coder.rules.v1"


def assemble(
    trig: Trigger,
    frame: Frame,
    sent: Span,
    si: int,
    article: Article | None,
    actors: list[Entity],
    recipients: list[Entity],
    modality: str,
    mreason: str,
    quote: QuoteSpan | None,
    speaker: list[Entity],
    base: EventRecord | None = None,
) -> EventRecord:
    doc = sent.doc
    text = span_text(sent).rstrip()
    toks = sorted(frame.tokens, key=lambda t: t.i)
    t_start, t_end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    t_text = (
        doc_text(doc)[t_start:t_end]
        if toks[-1].i - toks[0].i <= 4
        else " ".join(t.text for t in toks)
    )
    codes = codes_for(trig.type, trig.mode, trig.cameo)
    _, _, context = cameo_to_plover(codes.cameo)
    if base is None:
        assert article is not None
        doc_id, date_s, date_reason = article.doc_id, *event_date(frame.head, article.date)
        location, loc_reason = event_location(frame.head, article.date)
    else:
        doc_id, date_s, date_reason = base.doc_id, base.date, base.date_reason
        location, loc_reason = base.location, base.location_reason
    quote_rec = None
    if quote is not None:
        qs, qe = quote.text_span
        name = speaker[0].name or speaker[0].text if speaker else None
        quote_rec = Quote(speaker=name, text=doc_text(doc)[qs:qe].strip())
    confidence = 0.45 + (0.25 if actors else 0) + (0.1 if recipients else 0)
    confidence += 0.1 if frame.rule.startswith("verb") else 0
    if modality != "asserted":
        confidence -= 0.05
    who = ", ".join(e.code or e.sector or "?" for e in actors) or "no actor"
    why = (
        f"{CODER_NAME}: {frame.rule} '{trig.key}' -> {trig.type}"
        f"{'/' + trig.mode if trig.mode else ''}; actor {who}; {mreason}"
    )
    return EventRecord(
        doc_id=doc_id,
        event_type=trig.type or "",
        mode=trig.mode,
        context=context,
        modality=modality,
        actor=actors,
        recipient=recipients,
        text=text,
        sentence=si,
        start=sent.start_char,
        end=sent.start_char + len(text),
        trigger=TextSpan(t_text, t_start, t_end),
        quote=quote_rec,
        location=location,
        location_reason=loc_reason,
        date=date_s,
        date_reason=date_reason,
        cameo=codes.cameo,
        goldstein=codes.goldstein,
        plover_score=codes.plover_score,
        quad_class=codes.quad_class,
        confidence=round(min(confidence, 0.95), 2),
        why=why,
    )
