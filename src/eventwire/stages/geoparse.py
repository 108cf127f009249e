"""The geoparse stage: toponyms and demonyms resolved to an offline gazetteer."""

from __future__ import annotations

from eventwire.model import Place
from eventwire.pipeline.stage import Context, stage


@stage("geoparse", produces="places", needs_parse=True, order=20)
class GeoparseStage:
    """Find place names in the text and resolve them to coordinates."""

    version = 1

    def setup(self) -> None:
        """Load the gazetteer index (placeholder until the index lands)."""

    def __call__(self, ctx: Context) -> list[Place]:
        return []
