"""Holidays by name: fixed dates, Western Easter and US Thanksgiving."""

from __future__ import annotations

from datetime import date, timedelta

#: Holidays on a fixed (month, day).
FIXED: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26), "new year's day": (1, 1), "new year's eve": (12, 31),
    "halloween": (10, 31), "valentine's day": (2, 14),
}


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return date(year, month, day + 1)


def thanksgiving(year: int) -> date:
    """US Thanksgiving: the fourth Thursday of November."""
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


def is_holiday(name: str) -> bool:
    """True when ``name`` (lower-cased) is a holiday ``holiday_date`` knows."""
    key = name.replace("’", "'")
    return key in FIXED or key.startswith(("easter", "thanksgiving"))


def holiday_date(name: str, year: int) -> date:
    """The date of a holiday (its name lower-cased, straight apostrophes) in ``year``."""
    key = name.replace("’", "'")
    if key in FIXED:
        return date(year, *FIXED[key])
    if key.startswith("easter"):
        return easter(year)
    if key.startswith("thanksgiving"):
        return thanksgiving(year)
    raise KeyError(name)
