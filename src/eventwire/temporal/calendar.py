"""Calendar arithmetic: the intervals that temporal expressions denote.

Every function returns an ``Interval`` of inclusive dates with a precision from
the contract (day | week | part-of-month | month | season | year | decade | range).
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True, slots=True)
class Interval:
    """Inclusive dates; ``None`` marks an open end ("since 2015" with no publication date)."""

    earliest: date | None
    latest: date | None
    precision: str


#: Seasons as (first month, number of months); winter starts in December of its year.
SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

#: Which third of a period early / mid / late mean, as (first, last) fractions of its days.
PARTS: dict[str, tuple[float, float]] = {"early": (0.0, 1 / 3), "mid": (1 / 3, 2 / 3),
                                        "late": (2 / 3, 1.0)}


def month_end(year: int, month: int) -> date:
    """Return the last day of a month."""
    return date(year, month, _calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    """Shift a date by whole months, clamping the day to the target month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add_years(day: date, years: int) -> date:
    """Shift a date by whole years (29 February becomes 28 February)."""
    return add_months(day, 12 * years)


def day_of(day: date) -> Interval:
    return Interval(day, day, "day")


def week_of(day: date) -> Interval:
    """The Monday-to-Sunday week that holds ``day``."""
    monday = day - timedelta(days=day.weekday())
    return Interval(monday, monday + timedelta(days=6), "week")


def weekend_of(day: date) -> Interval:
    """The Saturday and Sunday of the week that holds ``day``."""
    saturday = day - timedelta(days=day.weekday()) + timedelta(days=5)
    return Interval(saturday, saturday + timedelta(days=1), "week")


def month_of(year: int, month: int) -> Interval:
    return Interval(date(year, month, 1), month_end(year, month), "month")


def year_of(year: int) -> Interval:
    return Interval(date(year, 1, 1), date(year, 12, 31), "year")


def decade_of(first_year: int) -> Interval:
    return Interval(date(first_year, 1, 1), date(first_year + 9, 12, 31), "decade")


def century_of(first_year: int) -> Interval:
    """A century as usually meant in news: "the 20th century" is 1900-1999."""
    return Interval(date(first_year, 1, 1), date(first_year + 99, 12, 31), "range")


def season_of(name: str, year: int) -> Interval:
    """Meteorological seasons; winter 2014 runs from December 2014 to February 2015."""
    first = SEASONS[name]
    start = date(year, first, 1)
    return Interval(start, add_months(start, 3) - timedelta(days=1), "season")


def quarter_of(quarter: int, year: int) -> Interval:
    start = date(year, 3 * quarter - 2, 1)
    return Interval(start, add_months(start, 3) - timedelta(days=1), "season")


def half_of(half: int, year: int) -> Interval:
    start = date(year, 1 if half == 1 else 7, 1)
    return Interval(start, add_months(start, 6) - timedelta(days=1), "range")


def season_containing(day: date) -> tuple[str, int]:
    """Return the season (name, year) that holds ``day``."""
    if day.month == 12:
        return "winter", day.year
    if day.month <= 2:
        return "winter", day.year - 1
    name = {3: "spring", 6: "summer", 9: "autumn"}[(day.month - 3) // 3 * 3 + 3]
    return name, day.year


def part_of(interval: Interval, mod: str) -> Interval:
    """Narrow an interval to its early, mid or late third.

    Months split 1-10 / 11-20 / 21-end (part-of-month); years into
    January-April / May-August / September-December (season); decades into
    years 0-3 / 4-6 / 7-9; anything else into thirds of its days.
    """
    if interval.earliest is None or interval.latest is None or mod not in PARTS:
        return interval
    start, end = interval.earliest, interval.latest
    if interval.precision == "month":
        bounds = {"early": (1, 10), "mid": (11, 20), "late": (21, end.day)}[mod]
        return Interval(start.replace(day=bounds[0]), start.replace(day=bounds[1]), "part-of-month")
    if interval.precision == "year":
        first = {"early": 1, "mid": 5, "late": 9}[mod]
        return Interval(date(start.year, first, 1), month_end(start.year, first + 3), "season")
    if interval.precision == "decade":
        first, last = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}[mod]
        return Interval(date(start.year + first, 1, 1), date(start.year + last, 12, 31), "range")
    days = (end - start).days + 1
    lo, hi = PARTS[mod]
    new_start = start + timedelta(days=int(days * lo))
    new_end = start + timedelta(days=max(int(days * hi) - 1, int(days * lo)))
    precision = "range" if interval.precision in ("decade", "range") else interval.precision
    return Interval(new_start, new_end, precision)


def shift(interval: Interval, unit: str, n: int) -> Interval:
    """Move an interval by ``n`` units of ``unit`` (day, week, month, year, decade)."""
    if interval.earliest is None or interval.latest is None:
        return interval
    if unit == "day":
        delta = timedelta(days=n)
        return Interval(interval.earliest + delta, interval.latest + delta, interval.precision)
    if unit in ("week", "weekend", "fortnight"):
        delta = timedelta(weeks=n * (2 if unit == "fortnight" else 1))
        return Interval(interval.earliest + delta, interval.latest + delta, interval.precision)
    per = {"month": 1, "quarter": 3, "decade": 120, "century": 1200}.get(unit, 12)
    months = per * n
    start = add_months(interval.earliest, months)
    end = add_months(interval.latest, months)
    if interval.latest.day == month_end(interval.latest.year, interval.latest.month).day:
        end = month_end(end.year, end.month)
    return Interval(start, end, interval.precision)


def unit_containing(day: date, unit: str) -> Interval:
    """The calendar day, week, weekend, month, quarter, year or decade that holds ``day``."""
    if unit == "day":
        return day_of(day)
    if unit == "week":
        return week_of(day)
    if unit == "weekend":
        return weekend_of(day)
    if unit == "month":
        return month_of(day.year, day.month)
    if unit == "quarter":
        return quarter_of((day.month - 1) // 3 + 1, day.year)
    if unit == "decade":
        return decade_of(day.year // 10 * 10)
    if unit == "century":
        return century_of(day.year // 100 * 100)
    return year_of(day.year)
