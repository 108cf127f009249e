"""The attribution stage: spans of reported content with their source and certainty."""

from __future__ import annotations

from eventwire.model import Attribution
from eventwire.pipeline.stage import Context, stage


@stage("attribution", produces="attributions", requires=("quotes", "entities"),
       needs_parse=True, order=60)
class AttributionStage:
    """Direct quotes, reported speech and the reporter's confirmations, as attributed spans."""

    version = 1

    def setup(self) -> None:
        """Nothing heavy to load: the cue lexicon is a module constant."""

    def __call__(self, ctx: Context) -> list[Attribution]:
        return []
