"""The dates stage: temporal expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date

from eventwire.model import Time
from eventwire.pipeline.stage import Context, stage
from eventwire.temporal import find_times


def published_date(value: str | None) -> date | None:
    """The publication day of an ISO date or datetime string, or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@stage("dates", produces="times", needs_parse=True, order=30)
class DateStage:
    """Times as inclusive intervals with a precision (see ``eventwire.temporal``).

    Relative expressions resolve against ``meta.published``; without it they are
    reported with null bounds and ``resolvable`` false. Durations ("for three
    months") and ages are left to the quantities stage.
    """

    version = 1

    def setup(self) -> None:
        """Nothing heavy to load: the grammar is precompiled at import."""

    def __call__(self, ctx: Context) -> list[Time]:
        found = find_times(ctx.text, published_date(ctx.meta.published), ctx.parse)
        return [
            Time(id=f"t{i}", text=t.text, start=t.start, end=t.end,
                 earliest=t.earliest.isoformat() if t.earliest else None,
                 latest=t.latest.isoformat() if t.latest else None,
                 precision=t.precision, resolvable=t.resolvable)
            for i, t in enumerate(found, start=1)
        ]
