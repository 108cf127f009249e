"""Parsing a publication date string into an ISO date."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


@lru_cache(maxsize=1024)
def parse_published(value: str | None) -> str | None:
    """Return ``YYYY-MM-DD`` for a date string in any common format, or None (also for
    words relative to today, such as "yesterday")."""
    if not value or not str(value).strip():
        return None
    value = str(value).strip()
    if len(value) > 100:  # no date is this long; spare dateparser a hostile megabyte
        return None
    m = _ISO.match(value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    import dateparser

    # no relative-time parser: "yesterday" or "next week" would be read against today
    parsed: datetime | None = dateparser.parse(
        value, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first",
                                           "REQUIRE_PARTS": ["day", "month", "year"],
                                           "PARSERS": ["timestamp", "custom-formats",
                                                       "absolute-time"]})
    return parsed.date().isoformat() if parsed else None
