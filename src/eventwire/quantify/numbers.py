"""Numbers as written in news: digits ("3,000", "1.2", "25k") and words ("twenty-five").

``parse_number`` turns one written number into a float; the regular-expression
sources exported here (``DIGITS``, ``WORDNUM``, ``SCALE``) are the building
blocks of the quantity grammar in :mod:`eventwire.quantify.grammar`.
"""

from __future__ import annotations

import re

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
#: Scale words; "dozen" and "score" multiply like "hundred" ("two dozen" = 24).
SCALES: dict[str, float] = {
    "dozen": 12, "score": 20, "hundred": 100, "thousand": 1e3, "lakh": 1e5, "crore": 1e7,
    "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
#: Abbreviated scales written after digits ("25k", "$3bn", "€1.2 mln").
SCALE_ABBREVIATIONS: dict[str, float] = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mio": 1e6, "mln": 1e6, "mil": 1e6, "b": 1e9, "bn": 1e9,
    "bln": 1e9, "tn": 1e12, "trn": 1e12,
}
FRACTIONS: dict[str, float] = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
    "quarters": 0.25, "fourth": 0.25, "fourths": 0.25, "sixth": 1 / 6, "sixths": 1 / 6,
    "eighth": 0.125, "eighths": 0.125, "hundredth": 0.01, "hundredths": 0.01, "fifth": 0.2,
    "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}

_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
_SCALE_ALT = "hundred|thousand|lakh|crore|million|billion|trillion"
#: Fractions written as one character.
VULGAR: dict[str, float] = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2,
                            "⅛": 0.125}

#: A number in digits: "3,000", "1.2", ".5", "40 000" is not joined (ambiguous in lists).
DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?!\d|[.,]\d)"
#: One number-word atom ("twenty-five", "seven", "forty").
_ATOM = rf"(?:(?:{_TENS_ALT})(?:[-\s](?:{_UNIT_ALT}))?|{_UNIT_ALT})"
#: A number in words: "four", "twenty-five", "one hundred and twenty", "a thousand".
#: After a plain number only a scale word may follow ("five six" is two numbers).
WORDNUM = (rf"(?:(?:an?(?=[\s-]+(?:{_SCALE_ALT})\b)|{_ATOM})"
           rf"(?:[\s-]+(?:{_SCALE_ALT})(?:(?:\s+and\s+|[\s-]+)(?:{_ATOM})(?![\w-]))?)*)")
#: A scale word after a number ("1.2 million", "four thousand").
SCALE = rf"(?:{_SCALE_ALT})"

_WORD_SPLIT = re.compile(r"[\s-]+")
_DIGIT_RE = re.compile(DIGITS)


def parse_digits(text: str) -> float | None:
    """Parse a number in digits ("3,000" -> 3000.0); None when it is not one."""
    if not _DIGIT_RE.fullmatch(text):
        return None
    return float(text.replace(",", ""))


def parse_words(text: str) -> float | None:
    """Parse a number in words ("one hundred and twenty" -> 120.0; "a thousand" -> 1000.0)."""
    total = 0.0
    current = 0.0
    seen = False
    for word in _WORD_SPLIT.split(text.lower().strip()):
        if word in ("and", ""):
            continue
        if word in ("a", "an") and not seen:
            current, seen = 1.0, True
        elif word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word in SCALES and seen:
            scale = SCALES[word]
            if scale >= 1000:
                total += (current or 1) * scale
                current = 0.0
            else:
                current = (current or 1) * scale
        else:
            return None
    return total + current if seen else None


def parse_number(text: str) -> float | None:
    """Parse digits, words, or digits with a scale ("1.2 million", "25k", "3bn")."""
    text = text.strip()
    value = parse_digits(text)
    if value is not None:
        return value
    m = re.fullmatch(rf"({DIGITS})((?:\s*[a-z]+)+)", text, re.IGNORECASE)
    if m:
        value = float(m.group(1).replace(",", ""))
        for word in m.group(2).lower().split():
            scale = SCALES.get(word) or SCALE_ABBREVIATIONS.get(word)
            if not scale:
                return None
            value *= scale
        return value
    return parse_words(text)


def scale_of(word: str) -> float | None:
    """Return the multiplier of a scale word or abbreviation ("million" -> 1e6)."""
    word = word.lower().rstrip(".")
    return SCALES.get(word) or SCALE_ABBREVIATIONS.get(word)
