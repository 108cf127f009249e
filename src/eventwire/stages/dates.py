"""The dates stage: temporal expressions resolved against the publication date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from eventwire.model import Time
from eventwire.pipeline.stage import Context, stage
from eventwire.temporal import find_times
from eventwire.temporal.extract import FoundTime
from eventwire.temporal.holidays import is_holiday


def published_date(value: str | None) -> date | None:
    """The publication day of an ISO date or datetime string, or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def inferred_publication(found: Sequence[FoundTime]) -> date | None:
    """A stand-in for a missing publication date: the day after the latest full date the
    text gives (a report is mostly written the day after the day it names in full), or
    None when the text gives no full date."""
    days = [t.earliest for t in found
            if t.earliest is not None and t.earliest == t.latest and t.precision == "day"]
    return max(days) + timedelta(days=1) if days else None


#: Nouns that a holiday's name can modify and still be a time ('Christmas Day', 'Easter week').
_TIME_NOUNS = frozenset({"day", "eve", "week", "weekend", "holiday", "holidays", "season",
                         "period", "break", "time", "morning", "afternoon", "evening", "night",
                         "vacation", "recess", "sunday", "monday"})


def names_a_kind_of_thing(found: FoundTime, parse: Any) -> bool:
    """'the Christmas party', 'an Easter egg': a holiday's name modifying a noun that is not a
    time names a kind of thing, not its date."""
    if parse is None or not is_holiday(found.text.lower()):
        return False
    span = parse.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return False
    last = span[-1]
    return (last.dep_ in {"compound", "amod", "nmod"} and last.head.i > last.i
            and last.head.pos_ in {"NOUN", "PROPN"} and last.head.lower_ not in _TIME_NOUNS)


@stage("dates", produces="times", needs_parse=True, order=30)
class DateStage:
    """Times as inclusive intervals with a precision (see ``eventwire.temporal``).

    Relative expressions resolve against ``meta.published``; without it, against the day
    after the latest full date the text gives ("On April 4, 2018" makes "Wednesday" the
    4th); with neither they are reported with null bounds and ``resolvable`` false. A
    holiday naming a kind of thing ("the Christmas party") is no time. Durations ("for
    three months") and ages are left to the quantities stage.
    """

    version = 2

    def setup(self) -> None:
        """Nothing heavy to load: the grammar is precompiled at import."""

    def __call__(self, ctx: Context) -> list[Time]:
        published = published_date(ctx.meta.published)
        found = find_times(ctx.text, published, ctx.parse)
        if published is None:
            stand_in = inferred_publication(found)
            if stand_in is not None:
                found = find_times(ctx.text, stand_in, ctx.parse)
        found = [t for t in found if not names_a_kind_of_thing(t, ctx.parse)]
        return [
            Time(id=f"t{i}", text=t.text, start=t.start, end=t.end,
                 earliest=t.earliest.isoformat() if t.earliest else None,
                 latest=t.latest.isoformat() if t.latest else None,
                 precision=t.precision, resolvable=t.resolvable)
            for i, t in enumerate(found, start=1)
        ]
