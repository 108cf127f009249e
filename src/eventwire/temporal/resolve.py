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
    Interval, add_months, century_of, day_of, decade_of, half_of, month_end, month_of, part_of,
    quarter_of, season_of, shift, unit_containing, weekend_of, year_of)
from eventwire.temporal.mention import Mention

#: Precision of "earlier this X" / "later this X", by X.
_PART_PRECISION = {"month": "part-of-month", "year": "season", "week": "week", "day": "day",
                   "quarter": "range", "decade": "range"}
_MONTHS_PER = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
_DAYS_PER = {"day": 1, "week": 7, "weekend": 7, "fortnight": 14}


@dataclass(slots=True)
class Frame:
    """What a mention resolves against."""

    published: date | None
    tense: str | None = None  # past | future | None
    anchor: Interval | None = None


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def move(day: date, unit: str, n: int) -> date:
    """Move a date by ``n`` units."""
    if unit in _DAYS_PER:
        return day + timedelta(days=_DAYS_PER[unit] * n)
    return add_months(day, _MONTHS_PER.get(unit, 12) * n)


def pick_year(build: Callable[[int], Interval], frame: Frame, rel: str | None = None) -> Interval | None:
    """Choose the year of a yearless mention ("March", "Christmas") from tense or ``rel``."""
    p = frame.published
    if p is None:
        if frame.anchor is not None and frame.anchor.earliest is not None and rel is None:
            return build(frame.anchor.earliest.year)
        return None
    options = [build(y) for y in (p.year - 2, p.year - 1, p.year, p.year + 1, p.year + 2)]
    if rel in ("last", "previous", "past"):
        return max((o for o in options if o.latest < p), key=lambda o: o.earliest)  # type: ignore[operator]
    if rel in ("next", "coming", "following"):
        return min((o for o in options if o.earliest > p), key=lambda o: o.earliest)  # type: ignore[operator]
    if rel == "this":
        return min(options, key=lambda o: abs((o.earliest - p).days))  # type: ignore[operator]
    past = [o for o in options if o.earliest <= p]  # type: ignore[operator]
    future = [o for o in options if o.latest >= p]  # type: ignore[operator]
    if frame.tense == "past":
        return max(past, key=lambda o: o.earliest)  # type: ignore[arg-type,return-value]
    if frame.tense == "future":
        return min(future, key=lambda o: o.earliest)  # type: ignore[arg-type,return-value]
    return min(options, key=lambda o: _distance(o, p))


def _distance(interval: Interval, day: date) -> tuple[int, int]:
    assert interval.earliest is not None and interval.latest is not None
    if interval.earliest <= day <= interval.latest:
        return 0, 0
    if interval.latest < day:
        return (day - interval.latest).days, 0
    return (interval.earliest - day).days, 1


def _with_mod(interval: Interval | None, mod: str | None) -> Interval | None:
    return part_of(interval, mod) if interval is not None and mod else interval


def resolve_calendar(m: Mention, frame: Frame) -> Interval | None:
    """Dates, months, years, decades, centuries, quarters, halves, weeks of a month."""
    f = m.f
    if m.kind == "date":
        def build(y: int) -> Interval:
            return day_of(date(y, f["month"], min(f["day"], month_end(y, f["month"]).day)))
        return build(f["year"]) if f["year"] else pick_year(build, frame)
    if m.kind == "month":
        def build_month(y: int) -> Interval:
            return month_of(y, f["month"])
        base = month_of(f["year"], f["month"]) if f["year"] else \
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
                            date(y, f["month"], min(f["d2"], month_end(y, f["month"]).day)), "range")
        return build_days(f["year"]) if f["year"] else pick_year(build_days, frame)
    if m.kind == "yearrange":
        return Interval(date(f["y1"], 1, 1), date(f["y2"], 12, 31), "range")
    return None


def _year_of_rel(rel: str | None, frame: Frame) -> int | None:
    if rel == "that" or (rel is None and frame.anchor is not None and frame.published is None):
        return frame.anchor.earliest.year if frame.anchor and frame.anchor.earliest else None
    if frame.published is None:
        return None
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
        before = [o for o in options if o.latest < anchor.earliest]  # type: ignore[operator]
        return max(before, key=lambda o: o.earliest) if before else None  # type: ignore[arg-type,return-value]
    if rel == "following":
        after = [o for o in options if o.earliest > anchor.latest]  # type: ignore[operator]
        return min(after, key=lambda o: o.earliest) if after else None  # type: ignore[arg-type,return-value]
    return min(options, key=lambda o: _distance(o, anchor.earliest))  # type: ignore[arg-type]


def resolve_day_words(m: Mention, frame: Frame) -> Interval | None:
    """Weekdays, holidays, 'the weekend'."""
    p, f = frame.published, m.f
    if m.kind == "holiday":
        def build(y: int) -> Interval:
            return day_of(easter(y) if f["date"] is None else date(y, *f["date"]))
        return build(f["year"]) if f["year"] else pick_year(build, frame, f["rel"])
    if p is None:
        return None
    if m.kind == "weekend":
        this = weekend_of(p)
        if frame.tense == "future":
            return this if this.earliest >= p else shift(this, "week", 1)  # type: ignore[operator]
        return this if this.earliest <= p else shift(this, "week", -1)  # type: ignore[operator]
    target = f["weekday"]
    back = (p.weekday() - target) % 7
    ahead = (target - p.weekday()) % 7
    rel = f["rel"]
    if rel == "this":
        return day_of(p + timedelta(days=target - p.weekday()))
    if rel in ("last", "past", "previous") or (rel is None and frame.tense != "future"):
        days = -(back or (7 if rel else 0))
    else:
        days = ahead or 7
    return day_of(p + timedelta(days=days))
