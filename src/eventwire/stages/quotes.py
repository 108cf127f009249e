"""The quotes stage: direct quotations, each joined to its speaker."""

from __future__ import annotations

from eventwire.model import Quote
from eventwire.pipeline.stage import Context, stage


@stage("quotes", produces="quotes", requires=("entities",), needs_parse=True, order=50)
class QuoteStage:
    """Direct quotes with speaker, speaker entity, description and cue."""

    version = 1

    def setup(self) -> None:
        """Nothing heavy to load: the lexicons are module constants."""

    def __call__(self, ctx: Context) -> list[Quote]:
        return []
