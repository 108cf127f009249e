"""The coref stage: pronouns and descriptions joined to the clusters of people and groups."""

from __future__ import annotations

from eventwire.model import Coreference
from eventwire.pipeline.stage import Context, stage
from eventwire.speech.coref import coref_of


@stage("coref", produces="coref", requires=("entities",), needs_parse=True, order=45)
class CorefStage:
    """Whom each pronoun and description outside quotations refers to (see speech.coref)."""

    version = 1

    def setup(self) -> None:
        """Nothing to load: the who-is-who model reads the shared parse."""

    def __call__(self, ctx: Context) -> list[Coreference]:
        if ctx.parse is None:
            return []
        return coref_of(ctx.text, ctx.parse, ctx.layer("entities"))
