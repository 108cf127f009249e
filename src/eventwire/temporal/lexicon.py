"""Words of the temporal grammar: months, weekdays, seasons, numbers, as tables and regex parts."""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.quantify import numbers as quantity_numbers

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
#: Number words as (low, high) counts of periods ("a few weeks ago" = 2-4 weeks): the exact
#: words come from the quantities grammar's tables, the vague ones are time-specific.
NUMBER_WORDS: dict[str, tuple[int, int]] = {
    **{word: (value, value) for word, value in
       {**quantity_numbers.UNITS, **quantity_numbers.TENS}.items() if value},
    "a": (1, 1), "an": (1, 1), "a hundred": (100, 100),
    "a couple of": (2, 2), "a couple": (2, 2), "a few": (2, 4), "few": (2, 4),
    "several": (3, 7), "a number of": (2, 6), "some": (2, 5), "many": (3, 10),
    "a dozen": (12, 12), "dozens of": (24, 96),
}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "final": 4, "last": 4,
}
DECADE_WORDS: dict[str, int] = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}
#: Modifiers that narrow a period to a third of it.
MODIFIERS: dict[str, str] = {
    "early": "early", "earlier": "early", "mid": "mid", "middle": "mid", "late": "late",
    "later": "late", "beginning": "early", "start": "early", "end": "late", "close": "late",
    "turn": "late",
}
UNITS: dict[str, str] = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "weekend": "weekend",
    "weekends": "weekend", "fortnight": "fortnight", "month": "month", "months": "month",
    "quarter": "quarter", "quarters": "quarter", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first so that prefixes do not win."""
    return "|".join(sorted((w.replace(" ", r"\s+") for w in words), key=len, reverse=True))


MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
#: A month name, capitalised (lower-case "may" and "march" are verbs), or in capitals.
MONTH = rf"(?:{MONTH_FULL}|{MONTH_FULL.upper()}|{MONTH_ABBR}(?![a-z]))"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
SEASON = r"(?i:spring|summer|autumn|fall|winter)"
NUMBER = rf"(?:\d{{1,3}}|(?i:{alternation(NUMBER_WORDS)}))"
UNIT = rf"(?i:{alternation(UNITS)})"
ORDINAL = rf"(?:(?i:{alternation(ORDINALS)})|1st|2nd|3rd|4th)"
#: early / mid / late before a period, as a group named ``mod``.
MOD = r"(?:(?P<mod>(?i:early|mid|late|middle|earlier|later))(?:\s+|-|\s*-\s*)(?i:in\s+)?)"
#: the beginning of / the end of ... before a period, as a group named ``edge``.
EDGE = r"(?:(?i:the\s+)?(?P<edge>(?i:beginning|start|end|close|middle|turn))\s+(?i:of)\s+)"


def number_range(word: str) -> tuple[int, int] | None:
    """Return the (low, high) a number word or digit string stands for."""
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word), int(word)
    return NUMBER_WORDS.get(word)
