"""The dates stage: temporal expressions resolved against the publication date."""

from __future__ import annotations

from eventwire.model import Time
from eventwire.pipeline.stage import Context, stage


@stage("dates", produces="times", needs_parse=True, order=30)
class DateStage:
    """Times as inclusive intervals with a precision (see ``eventwire.temporal``)."""

    version = 1

    def setup(self) -> None:
        """Nothing heavy to load: the grammar is precompiled at import."""

    def __call__(self, ctx: Context) -> list[Time]:
        return []
