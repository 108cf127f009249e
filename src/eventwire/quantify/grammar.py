"""The quantity grammar: finds the figures in a text and reads their value.

A mention is built in three steps: an *atom* (a number in digits or words, a
vague quantifier, a fraction, a ratio) found here by one compiled regular
expression; the text just before and after it (approximator, currency, unit,
rate) read by :mod:`eventwire.quantify.context`; then two mentions joined by
"to", "-", "or" or "between ... and" become a range
(:mod:`eventwire.quantify.ranges`). Everything is linear in the text's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.quantify import numbers, units, vague
from eventwire.quantify.vague import Span3


@dataclass(frozen=True, slots=True)
class Mention:
    """A quantity found in text, before the parse adds what is counted."""

    start: int
    end: int
    value: Span3
    unit: str | None = None
    per: str | None = None
    approximate: bool = False
    kind: str = "number"          # number | vague | fraction | age
    core_start: int = 0           # the figure itself, without approximator or unit
    core_end: int = 0
    scaled: bool = False          # carries its own scale ("five thousand", "3bn")
    signed: bool = False          # written with a sign ("-1.3%", "minus 5")
    approximator: str | None = None


_SCALE_WORDS = r"(?:dozen|hundred|thousand|million|billion|trillion)"
_MULT = r"(?:several|a\s+few|a\s+couple(?:\s+of)?|some|many|a\s+handful\s+of)"
_FRACTION_WORD = r"(?:half|thirds?|quarters?|fourths?|fifths?|tenths?)"
_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
_ATOMS = [
    ("fixed", r"half\s+a\s+dozen|a\s+dozen|a\s+score\s+of|a\s+pair\s+of"),
    ("multscale", rf"{_MULT}\s+{_SCALE_WORDS}(?:\s+(?:thousand|million|billion))?"
                  r"|(?:several|many|a\s+few)\s+(?:thousands|millions|hundreds)"),
    ("plural", r"(?:dozens|hundreds|thousands|millions|billions)(?:\s+of\s+(?:thousands|millions"
               r"|billions))*|(?:tens|scores)(?=\s+of\b)(?:\s+of\s+(?:thousands|millions"
               r"|billions))*"),
    ("mult", r"a\s+handful(?:\s+of)?|a\s+couple\s+of|a\s+few|several"),
    ("ratio", rf"{_SMALL}\s+(?:out\s+of|in)\s+{_SMALL}(?!\s*(?:%|per\s?cent|percent))"),
    ("fraction", rf"(?:a|one|two|three|four|nine)[\s-]+{_FRACTION_WORD}(?=\s+of\b)"
                 rf"|(?:one|two|three|four)-{_FRACTION_WORD}|half(?=\s+(?:of|the)\b)"
                 rf"|one\s+{_FRACTION_WORD}"),
    ("slash", r"(?<![\d/])[1-9]\s?[/⁄]\s?(?:2|3|4|8|16|32|64|128)(?![\d/])"),
    ("digits", rf"(?<![\d.,/:⁄]){numbers.DIGITS}(?![\d,]\d|\.\d)(?!(?:st|nd|rd|th|s)\b)"
               rf"(?:(?:\s*(?:{_SCALE_WORDS}|mln|bn|mn|tn|trn|bln|mil|mio)\b)+|(?:k|m|b)\b)?"),
    ("words", rf"{numbers.WORDNUM}"),
]
ATOM_RE = re.compile(
    "|".join(rf"(?P<{name}>{pattern})" if name in ("digits", "slash")
             else rf"(?P<{name}>\b(?:{pattern})(?![\w]))" for name, pattern in _ATOMS),
    re.IGNORECASE,
)
_KINDS = {"fixed": "number", "digits": "number", "words": "number", "plural": "vague",
          "multscale": "vague", "mult": "vague", "ratio": "fraction", "slash": "fraction"}


def _atom_value(kind: str, text: str) -> tuple[Span3, bool] | None:
    """The value of an atom and whether it carries its own scale."""
    low = text.lower()
    words = re.split(r"\s+", low)
    if kind == "fixed":
        return vague.FIXED[" ".join(words)], False
    if kind == "plural":
        span = vague.plural_scale([w for w in words if w != "of"])
        return (span, True) if span else None
    if kind == "multscale":
        return _mult_scale(words), True
    if kind == "mult":
        return vague.MULTIPLIERS[" ".join(words)], False
    if kind in ("fraction", "ratio", "slash"):
        value = _fraction(low, kind)
        return (Span3(value, value, value), False) if value is not None else None
    value = numbers.parse_number(text)
    if value is None:
        return None
    scaled = bool(re.search(r"[a-z]", low)) if kind == "digits" else any(
        w in numbers.SCALES for w in re.split(r"[\s-]+", low))
    return Span3(value, value, value), scaled


def _mult_scale(words: list[str]) -> Span3:
    """"several dozen" -> 36..96; "a few hundred thousand" -> 200,000..500,000."""
    factor = 1.0
    while words and (words[-1] in numbers.SCALES or words[-1] in vague.PLURAL_SCALES):
        w = words.pop()
        factor *= numbers.SCALES.get(w) or vague.PLURAL_SCALES[w]
    return vague.MULTIPLIERS[" ".join(words)].scaled(factor)


def _fraction(text: str, kind: str) -> float | None:
    """"a third" -> 1/3, "two-thirds" -> 2/3, "one in five" -> 0.2, "1/16" -> 0.0625."""
    if kind in ("ratio", "slash"):
        parts = re.split(r"\s*(?:out\s+of|in|/|⁄)\s*", text)
        num, den = (numbers.parse_number(p) for p in parts[:2])
        if not num or not den or num > den:
            return None
        return num / den
    parts = re.split(r"[\s-]+", text)
    count = 1.0 if parts[0] in ("a", "an", "half") else float(numbers.UNITS.get(parts[0], 1))
    return count * numbers.FRACTIONS[parts[-1]] if parts[-1] in numbers.FRACTIONS else 0.5


_GLUED_PREFIX_RE = re.compile(
    rf"(?<![A-Za-z])(?:{'|'.join(re.escape(c) for c in sorted(units.CURRENCY_SYMBOLS, key=len, reverse=True))}"
    r"|[A-Z]{3}|[Mm]inus-|[Ss]ub-)$")


def _is_name(text: str, start: int) -> bool:
    """Digits glued to letters ("G7", "cac40", "F-16") name things unless a currency leads."""
    prev = text[start - 1] if start else ""
    named = prev.isalpha() or (prev == "-" and start > 1 and text[start - 2].isalpha())
    if not named:
        return False
    glued = _GLUED_PREFIX_RE.search(text, max(0, start - 6), start)
    return glued is None or (len(glued.group()) == 3 and glued.group().isupper()
                             and units.iso_currency(glued.group()) is None)


def find_atoms(text: str) -> list[Mention]:
    """Every figure in ``text`` with its value (no context read yet)."""
    found: list[Mention] = []
    for m in ATOM_RE.finditer(text):
        kind = m.lastgroup or "words"
        start = m.start()
        if kind == "digits" and _is_name(text, start):
            continue
        read = _atom_value(kind, m.group())
        if read is None:
            continue
        value, scaled = read
        kind = _KINDS.get(kind, kind)
        found.append(Mention(start, m.end(), value, approximate=kind == "vague",
                             unit="fraction" if kind == "fraction" else None,
                             kind=kind, core_start=start, core_end=m.end(), scaled=scaled))
    return found

