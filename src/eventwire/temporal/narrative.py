"""The story clock: the time a narrative has reached, sentence by sentence.

Reporting times ("on Thursday", "last week") count from publication. Narrated ones ("the next
morning", "three days later", "that evening") count from the last day the story told, not
from whatever year or month was mentioned in passing after it. A date without a year
("8 February") in a story that is telling an earlier season takes the first such day on or
after the story's time, not the latest one before publication.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from eventwire.temporal.calendar import Interval
from eventwire.temporal.mention import Mention
from eventwire.temporal.resolve import Frame

#: Precisions fine enough to be the story's day.
DAY_PRECISIONS = frozenset({"day", "week", "weekend"})
#: Precisions fine enough to date a yearless mention after them (a bare year is not).
STORY_PRECISIONS = frozenset({"day", "week", "weekend", "part-of-month", "month", "season"})
#: How far (characters) the story's time carries to a yearless date after it.
STORY_REACH = 1500
_DAY_UNITS = frozenset({"day", "week", "weekend", "fortnight"})
_STORY_KINDS = frozenset({"date", "month", "season", "dayrange", "week_of_month", "within",
                          "range"})


@dataclass(slots=True)
class Clock:
    """The latest narrated day and the latest narrated time precise enough to date others."""

    day: Interval | None = None
    story: Interval | None = None
    story_at: int = -1


def counts_in_days(m: Mention) -> bool:
    """An anaphoric expression counted in days or weeks: "the next morning", "three days later"."""
    if not m.f.get("anaphoric"):
        return False
    return m.kind in ("deictic", "ago") and m.f.get("unit") in _DAY_UNITS


def reports_from_now(m: Mention) -> bool:
    """A time counted from publication: "on Friday", "last month", "now", "two weeks ago"."""
    if m.kind in ("weekday", "now", "rolling", "weekend"):
        return True
    return m.kind in ("deictic", "ago") and not m.f.get("anaphoric")


def frame_for(m: Mention, frame: Frame, clock: Clock) -> Frame:
    """The frame ``m`` resolves in: the story's day for narrated day counts, publication for
    "since the start of the year", the story's time for yearless dates near it."""
    if counts_in_days(m) and clock.day is not None:
        return replace(frame, anchor=clock.day)
    if m.kind == "open" and m.f.get("op") == "since" and m.parts[0].kind == "deictic" and \
            m.parts[0].f.get("anaphoric"):
        return replace(frame, anchor=None)  # "since the start of the year" runs to now
    if clock.story is not None and m.start - clock.story_at <= STORY_REACH and \
            m.kind != "open":  # "since December" runs to now
        return replace(frame, story=clock.story)
    return frame


def advance(clock: Clock, m: Mention, interval: Interval | None, *, explicit: bool,
            by_story: bool) -> None:
    """Move the clock after ``m`` resolved to ``interval``."""
    if interval is None or interval.earliest is None:
        return
    inner = m.parts[0] if m.kind == "open" else m  # an open range's own time is its anchor
    if interval.precision in DAY_PRECISIONS and (inner.kind in _STORY_KINDS or
                                                 inner.kind in ("deictic", "ago", "weekday",
                                                                "holiday", "now")):
        clock.day = interval
    if m.kind == "open":
        return
    if reports_from_now(m):
        clock.story = None  # back to the present: "said on Friday", "last month"
        return
    if interval.precision in STORY_PRECISIONS and m.kind in _STORY_KINDS and (explicit or by_story):
        clock.story, clock.story_at = interval, m.end
