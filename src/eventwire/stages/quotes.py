"""The quotes stage: direct quotations, each joined to its speaker."""

from __future__ import annotations

from eventwire.model import Quote
from eventwire.pipeline.stage import Context, stage
from eventwire.speech.quoting import FoundQuote, SpeechContext, find_quotes


def to_quote(i: int, text: str, found: FoundQuote) -> Quote:
    """Build the contract's quote record from a found quotation."""
    q, sp = found.marks, found.speaker
    return Quote(
        id=f"u{i}", text=text[q.start:q.end], start=q.start, end=q.end,
        speaker=sp.name if sp else None,
        speaker_entity=sp.entity if sp else None,
        speaker_description=sp.description if sp else None,
        anonymous=sp.anonymous if sp else False,
        cue=sp.cue if sp else None,
    )


@stage("quotes", produces="quotes", requires=("entities",), needs_parse=True, order=50)
class QuoteStage:
    """Direct quotes with speaker, speaker entity, description and cue."""

    version = 1

    def setup(self) -> None:
        """Nothing heavy to load: the lexicons are module constants."""

    def __call__(self, ctx: Context) -> list[Quote]:
        if ctx.parse is None:
            return []
        speech = SpeechContext.build(ctx.text, ctx.parse, ctx.layer("entities"), ctx.meta.source)
        return [to_quote(i, ctx.text, f) for i, f in enumerate(find_quotes(speech), start=1)]
