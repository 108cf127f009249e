"""Resolution: turn a mention into an interval, given the publication date, tense and anchor.

Relative mentions need the publication date; without it they resolve to ``None``
(reported unresolvable). Mentions that lack a year ("in March", "on Friday")
take the occurrence the sentence's tense points to: the latest one not after
publication for past tense, the next one for future tense, the nearest otherwise.
Anaphoric mentions ("the next year", "a year later") count from the anchor, the
last time mentioned before them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.temporal.calendar import (
    Interval,
    add_months,
    century_of,
    day_of,
    decade_of,
    half_of,
    month_end,
    month_of,
    part_of,
    quarter_of,
    season_of,
    shift,
    weekend_of,
    year_of,
)
from eventwire.temporal.holidays import holiday_date
from eventwire.temporal.mention import Mention

#: How far before the story's time a yearless date may still fall ("the end of March" told
#: after "6 April" is the same spring).
STORY_GRACE = timedelta(days=31)
_MONTHS_PER = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
_DAYS_PER = {"day": 1, "week": 7, "weekend": 7, "fortnight": 14}


@dataclass(slots=True)
class Frame:
    """What a mention resolves against."""

    published: date | None
    tense: str | None = None  # past | future | None
    anchor: Interval | None = None
    #: An explicit past year just before, in the same paragraph ("In 2012 ... in March").
    local_year: int | None = None
    #: The time a narrative has reached (``narrative.Clock``): yearless dates follow it.
    story: Interval | None = None


def move(day: date, unit: str, n: int) -> date:
    """Move a date by ``n`` units."""
    if unit in _DAYS_PER:
        return day + timedelta(days=_DAYS_PER[unit] * n)
    return add_months(day, _MONTHS_PER.get(unit, 12) * n)


def _first(interval: Interval) -> date:
    assert interval.earliest is not None
    return interval.earliest


def _last(interval: Interval) -> date:
    assert interval.latest is not None
    return interval.latest


def pick_year(build: Callable[[int], Interval], frame: Frame,
              rel: str | None = None) -> Interval | None:
    """Choose the year of a yearless mention ("March", "Christmas") from tense or ``rel``."""
    p = frame.published
    if rel is None and frame.story is not None and frame.story.earliest is not None and \
            p is not None and frame.tense != "future":
        year = frame.story.earliest.year
        fits = [o for o in (build(y) for y in (year - 1, year, year + 1))
                if frame.story.earliest - STORY_GRACE <= _first(o) <= p]
        if fits:
            return min(fits, key=_first)
    if rel is None and frame.local_year is not None and frame.tense != "future":
        return build(frame.local_year)
    if p is None:
        return undated_story_year(build, frame, rel)
    options = [build(y) for y in range(p.year - 2, p.year + 3)]
    if rel in ("last", "previous", "past"):
        return max((o for o in options if _last(o) < p), key=_first)
    if rel in ("next", "coming", "following"):
        return min((o for o in options if _first(o) > p), key=_first)
    if rel == "this":
        return min(options, key=lambda o: abs((_first(o) - p).days))
    if frame.tense == "past":
        return max((o for o in options if _first(o) <= p), key=_first)
    if frame.tense == "future":
        return min((o for o in options if _last(o) >= p), key=_first)
    return min(options, key=lambda o: _distance(o, p))


def undated_story_year(build: Callable[[int], Interval], frame: Frame,
                       rel: str | None) -> Interval | None:
    """A yearless mention in an article without a publication date: the first such time on or
    after the story's time (a day, month or season the text placed with its year: "on 3 March
    2021 ... on 5 April"), else nothing; never a year mentioned in passing ("formed in 2014")."""
    story = frame.story
    if rel is not None or story is None or story.earliest is None or frame.tense == "future":
        return None
    year = story.earliest.year
    fits = [o for o in (build(year), build(year + 1))
            if _first(o) >= story.earliest - STORY_GRACE]
    return min(fits, key=_first) if fits else None


def _distance(interval: Interval, day: date) -> tuple[int, int]:
    first, last = _first(interval), _last(interval)
    if first <= day <= last:
        return 0, 0
    if last < day:
        return (day - last).days, 0
    return (first - day).days, 1


def _with_mod(interval: Interval | None, mod: str | None) -> Interval | None:
    return part_of(interval, mod) if interval is not None and mod else interval


def resolve_calendar(m: Mention, frame: Frame) -> Interval | None:
    """Dates, months, years, decades, centuries, quarters, halves, weeks of a month."""
    f = m.f
    if m.kind == "date":
        def build(y: int) -> Interval:
            return day_of(date(y, f["month"], min(f["day"], month_end(y, f["month"]).day)))
        if f.get("yrel") and (told := _year_of_rel(f["yrel"], frame)) is not None:
            return build(told)
        return build(f["year"]) if f["year"] else pick_year(build, frame)
    if m.kind == "month":
        def build_month(y: int) -> Interval:
            return month_of(y, f["month"])
        in_year: int | None = f["year"] or (_year_of_rel(f["yrel"], frame) if f.get("yrel")
                                            else None)
        base = month_of(in_year, f["month"]) if in_year else \
            pick_year(build_month, frame, f.get("rel"))
        return _with_mod(base, f.get("mod"))
    if m.kind == "year":
        return _with_mod(year_of(f["year"]), f.get("mod"))
    if m.kind == "decade":
        return _with_mod(decade_of(f["first"]), f.get("mod"))
    if m.kind == "century":
        return _with_mod(century_of(f["first"]), f.get("mod"))
    if m.kind in ("quarter", "half"):
        year = f["year"] or _year_of_rel(f.get("rel"), frame)
        if year is None:
            return None
        return quarter_of(f["q"], year) if m.kind == "quarter" else half_of(f["half"], year)
    if m.kind == "week_of_month":
        return _week_of_month(m, frame)
    if m.kind == "dayrange":
        def build_days(y: int) -> Interval:
            return Interval(date(y, f["month"], f["d1"]),
                            date(y, f["month"], min(f["d2"], month_end(y, f["month"]).day)),
                            "range")
        return build_days(f["year"]) if f["year"] else pick_year(build_days, frame)
    if m.kind == "yearrange":
        return Interval(date(f["y1"], 1, 1), date(f["y2"], 12, 31), "range")
    return None


def _year_of_rel(rel: str | None, frame: Frame) -> int | None:
    if rel == "that":
        return frame.anchor.earliest.year if frame.anchor and frame.anchor.earliest else None
    if frame.published is None:
        return None  # undated: "the second quarter" takes no year from an earlier mention
    return frame.published.year + {"last": -1, "next": 1}.get(rel or "", 0)


def _week_of_month(m: Mention, frame: Frame) -> Interval | None:
    f = m.f

    def build(y: int) -> Interval:
        end = month_end(y, f["month"])
        if f["last"]:
            return Interval(end - timedelta(days=6), end, "week")
        first = date(y, f["month"], min(1 + 7 * (f["ord"] - 1), 22))
        return Interval(first, first + timedelta(days=6), "week")
    return build(f["year"]) if f["year"] else pick_year(build, frame)


def resolve_season(m: Mention, frame: Frame) -> Interval | None:
    """'spring 2015', 'last summer', 'the previous spring', 'in the winter'."""
    f = m.f
    name = f["season"]

    def build(y: int) -> Interval:
        return season_of(name, y)
    if f["year"]:
        base: Interval | None = build(f["year"])
    elif f["rel"] in ("previous", "following", "same", "that") and frame.anchor is not None:
        base = _around_anchor(build, frame.anchor, f["rel"])
    else:
        rel = {"past": "last", "previous": "last", "following": "next", "same": "this",
               "that": "this"}.get(f["rel"] or "", f["rel"])
        base = pick_year(build, frame, rel)
    return _with_mod(base, f.get("mod"))


def _around_anchor(build: Callable[[int], Interval], anchor: Interval, rel: str) -> Interval | None:
    assert anchor.earliest is not None and anchor.latest is not None
    options = [build(y) for y in range(anchor.earliest.year - 2, anchor.latest.year + 3)]
    if rel == "previous":
        before = [o for o in options if _last(o) < anchor.earliest]
        return max(before, key=_first) if before else None
    if rel == "following":
        after = [o for o in options if _first(o) > anchor.latest]
        return min(after, key=_first) if after else None
    first = anchor.earliest
    return min(options, key=lambda o: _distance(o, first))


def resolve_day_words(m: Mention, frame: Frame) -> Interval | None:
    """Weekdays, holidays, 'the weekend'."""
    p, f = frame.published, m.f
    if m.kind == "holiday":
        def build(y: int) -> Interval:
            return day_of(holiday_date(f["name"], y))
        return build(f["year"]) if f["year"] else pick_year(build, frame, f["rel"])
    if p is None:
        return None
    if m.kind == "weekend":
        this = weekend_of(p)
        if frame.tense == "future":
            return this if _first(this) >= p else shift(this, "week", 1)
        return this if _first(this) <= p else shift(this, "week", -1)
    target = f["weekday"]
    back = (p.weekday() - target) % 7
    ahead = (target - p.weekday()) % 7
    rel = f["rel"]
    if rel == "this":
        return day_of(p + timedelta(days=target - p.weekday()))
    if rel is None and frame.tense is None:
        return day_of(p + timedelta(days=-back if back <= ahead else ahead))  # the nearest
    if rel in ("last", "past", "previous") or (rel is None and frame.tense == "past"):
        return day_of(p - timedelta(days=back or (7 if rel else 0)))
    return day_of(p + timedelta(days=ahead or 7))
