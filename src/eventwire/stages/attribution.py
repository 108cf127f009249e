"""The attribution stage: spans of reported content with their source and certainty.

Every direct quote becomes an attribution (its span is the quote, ``quote`` its id);
reported speech without quote marks and the outlet's own confirmations become
attributions whose span is the content clause. Spans may nest (a report that
contains a partial quote); the events stage takes the innermost span around an
event.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.model import Attribution, Entity, Quote
from eventwire.pipeline.stage import Context, stage
from eventwire.speech import lexicon as lx
from eventwire.speech.quoting import SpeechContext
from eventwire.speech.reported import Report, find_reports

_LEMMA_ENDINGS = (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", "e"), ("ed", ""), ("es", ""),
                  ("s", ""), ("d", ""))


def cue_lemma(cue: str | None) -> str:
    """Best-effort lemma of a cue word ("denied" -> "deny"), for the certainty lexicon."""
    word = (cue or "").lower()
    for ending, repl in _LEMMA_ENDINGS:
        if word.endswith(ending) and (base := word[: -len(ending)] + repl) in lx.CUE_CERTAINTY:
            return base
    return word


def quote_kind(quote: Quote, entities: dict[str, Entity], outlet: str) -> str:
    """The source kind of a quote's speaker, from the quote record and its entity."""
    if quote.anonymous:
        return "anonymous"
    entity = entities.get(quote.speaker_entity or "")
    described_person = any(lx.is_person_noun(w)
                           for w in (quote.speaker_description or "").lower().split())
    if entity is not None:
        if entity.label == "PERSON" or described_person:
            return "named"
        low = entity.text.lower().removeprefix("the ")
        return "reporter" if outlet and low == outlet else "organization"
    if quote.speaker:
        return "named"
    last = (quote.speaker_description or "").lower().split()[-1:]
    return "organization" if last and last[0] in lx.ORG_NOUNS else "unknown"


def from_quote(quote: Quote, entities: dict[str, Entity], outlet: str) -> Attribution:
    certainty = lx.CUE_CERTAINTY.get(cue_lemma(quote.cue), "claimed")
    return Attribution(
        id="", text=quote.text, start=quote.start, end=quote.end,
        source=quote.speaker or quote.speaker_description,
        source_kind=quote_kind(quote, entities, outlet), cue=quote.cue,
        certainty=certainty if certainty == "denied" else "claimed",
        quote=quote.id, source_entity=quote.speaker_entity,
    )


def from_report(report: Report, text: str) -> Attribution:
    sp = report.speaker
    return Attribution(
        id="", text=text[report.start:report.end], start=report.start, end=report.end,
        source=sp.label if sp else None, source_kind=sp.kind if sp else "unknown",
        cue=report.cue, certainty=report.certainty, quote=None,
        source_entity=sp.entity if sp else None,
    )


def number(items: Sequence[Attribution]) -> list[Attribution]:
    """Sort attributions by position and give them ids a1, a2, …"""
    ordered = sorted(items, key=lambda a: (a.start, a.end))
    return [Attribution(f"a{i}", a.text, a.start, a.end, a.source, a.source_kind, a.cue,
                        a.certainty, a.quote, a.source_entity)
            for i, a in enumerate(ordered, start=1)]


@stage("attribution", produces="attributions", requires=("quotes", "entities"),
       needs_parse=True, order=60)
class AttributionStage:
    """Direct quotes, reported speech and the reporter's confirmations, as attributed spans."""

    version = 1

    def setup(self) -> None:
        """Nothing heavy to load: the cue lexicon is a module constant."""

    def __call__(self, ctx: Context) -> list[Attribution]:
        entities: tuple[Entity, ...] = ctx.layer("entities")
        outlet = (ctx.meta.source or "").lower().removeprefix("the ").strip()
        by_id = {e.id: e for e in entities}
        items = [from_quote(q, by_id, outlet) for q in ctx.layer("quotes")]
        if ctx.parse is not None:
            speech = SpeechContext.build(ctx.text, ctx.parse, entities, ctx.meta.source)
            items += [from_report(r, ctx.text) for r in find_reports(speech)]
        return number(items)
