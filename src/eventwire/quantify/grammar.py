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


_SCALE_WORDS = r"(?:dozen|hundred|thousand|lakh|crore|million|billion|trillion)"
_BIG_SCALE = r"(?:thousand|lakh|crore|million|billion|trillion)"
_MULT = r"(?:several|a\s+few|a\s+couple(?:\s+of)?|some|many|a\s+handful\s+of)"
_FRACTION_WORD = r"(?:half|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)"
_FRACTION_PLURAL = r"(?:thirds|quarters|fourths|fifths|sixths|eighths|tenths)"
_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
_ATOMS = [
    ("fixed", r"half\s+a\s+dozen|a\s+dozen|a\s+score\s+of|a\s+pair\s+of"),
    ("partscale", rf"(?:half|(?:a\s+)?quarter)(?:\s+of)?(?:\s+an?)?\s+{_BIG_SCALE}"),
    ("andhalf", rf"(?:{numbers.WORDNUM}|\d+)\s+and\s+a\s+(?:half|quarter)(?:\s+{_BIG_SCALE})?"),
    ("multscale", rf"{_MULT}\s+{_SCALE_WORDS}(?:\s+(?:thousand|million|billion))?"
                  r"|(?:several|many|a\s+few)\s+(?:thousands|millions|hundreds)"),
    ("plural", r"(?:dozens|hundreds|thousands|millions|billions)(?:\s+of\s+(?:thousands|millions"
               r"|billions))*|(?:tens|scores)(?=\s+of\b)(?:\s+of\s+(?:thousands|millions"
               r"|billions))*"),
    ("mult", r"a\s+handful(?:\s+of)?|a\s+couple\s+of|a\s+few|several"),
    ("ratio", rf"{_SMALL}\s+(?:out\s+of|in)\s+{_SMALL}(?!\s*(?:%|per\s?cent|percent))"),
    ("fraction", rf"(?:a|one|two|three|four|nine)[\s-]+{_FRACTION_WORD}(?=\s+of\b)"
                 rf"|(?:one|two|three|four|five|seven|nine)[\s-]+{_FRACTION_PLURAL}"
                 rf"|(?:a|one)[\s-]+(?:half|third|fourth|fifth|sixth|eighth|tenth)"
                 rf"(?![\s-]+(?:of\s+the\s+(?:way|time)))|half(?=\s+(?:of|the)\b)"),
    ("mixed", r"(?<![\d.,/:])\d+(?:\s+|-)[1-9]\s?[/⁄]\s?(?:2|3|4|8|16)(?![\d/])"
              r"|(?<![\d.,/:])\d*[½¼¾⅓⅔⅕⅛]"),
    ("slash", r"(?<![\d/])[1-9]\s?[/⁄]\s?(?:2|3|4|8|16|32|64|128)(?![\d/])"),
    ("digits", rf"(?<![\d.,/:⁄]){numbers.DIGITS}(?!(?:st|nd|rd|th|s)\b)"
               rf"(?:(?:\s*(?:{_SCALE_WORDS}|mln|bn|mn|tn|trn|bln|mil|mio)\b)+|(?:k|m|b)\b)?"),
    ("words", rf"{numbers.WORDNUM}"),
]
#: Where an atom can start: a digit or fraction sign, or the first letter of a word atom.
_ATOM_START = r"(?:(?=[\d.½¼¾⅓⅔⅕⅛])|\b(?=[aAoOtTfFsSeEnNhHdDmMbBqQzZ]))"
ATOM_RE = re.compile(
    _ATOM_START + "(?:" + "|".join(rf"(?P<{name}>{pattern})" if name in ("digits", "slash", "mixed")
             else rf"(?P<{name}>\b(?:{pattern})(?![\w]))" for name, pattern in _ATOMS) + ")",
    re.IGNORECASE,
)
_KINDS = {"fixed": "number", "digits": "number", "words": "number", "plural": "vague",
          "multscale": "vague", "mult": "vague", "ratio": "fraction", "slash": "fraction",
          "mixed": "number", "andhalf": "number", "partscale": "number"}


def _atom_value(kind: str, text: str) -> tuple[Span3, bool] | None:
    """The value of an atom and whether it carries its own scale."""
    low = text.lower()
    words = re.split(r"\s+", low)
    if kind == "fixed":
        fixed = vague.FIXED.get(" ".join(words))
        return (fixed, False) if fixed else None
    if kind == "plural":
        span = vague.plural_scale([w for w in words if w != "of"])
        return (span, True) if span else None
    if kind == "multscale":
        multiplied = _mult_scale(words)
        return (multiplied, True) if multiplied else None
    if kind == "mult":
        mult = vague.MULTIPLIERS.get(" ".join(words))
        return (mult, False) if mult else None
    if kind in ("fraction", "ratio", "slash"):
        value = _fraction(low, kind)
        return (Span3(value, value, value), False) if value is not None else None
    if kind in ("mixed", "andhalf", "partscale"):
        value = _compound(low, kind)
        return (Span3(value, value, value), kind != "mixed") if value is not None else None
    value = numbers.parse_number(text)
    if value is None:
        return None
    scaled = bool(re.search(r"[a-z]", low)) if kind == "digits" else any(
        w in numbers.SCALES for w in re.split(r"[\s-]+", low))
    return Span3(value, value, value), scaled


def _mult_scale(words: list[str]) -> Span3 | None:
    """"several dozen" -> 36..96; "a few hundred thousand" -> 200,000..500,000."""
    factor = 1.0
    while words and (words[-1] in numbers.SCALES or words[-1] in vague.PLURAL_SCALES):
        w = words.pop()
        factor *= numbers.SCALES.get(w) or vague.PLURAL_SCALES[w]
    mult = vague.MULTIPLIERS.get(" ".join(words))
    return mult.scaled(factor) if mult else None


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


def _compound(text: str, kind: str) -> float | None:
    """"10 1/2" -> 10.5, "2½" -> 2.5, "two and a half million" -> 2.5e6, "half a million"."""
    if kind == "mixed":
        if text[-1] in numbers.VULGAR:
            return float(text[:-1] or 0) + numbers.VULGAR[text[-1]]
        whole, num, den = re.split(r"\s*[/⁄]\s*|\s+|-", text, maxsplit=2) if "/" in text or \
            "⁄" in text else (text, "0", "1")
        return float(whole) + float(num) / float(den)
    words = text.split()
    scale = numbers.SCALES.get(words[-1], 1.0)
    part = 0.5 if "half" in words else 0.25
    if kind == "partscale":
        return part * scale
    base = numbers.parse_number(text[:text.index(" and ")])
    return (base + part) * scale if base is not None else None


_SYMBOLS = "|".join(re.escape(c) for c in sorted(units.CURRENCY_SYMBOLS, key=len, reverse=True))
_GLUED_PREFIX_RE = re.compile(rf"(?<![A-Za-z])(?:{_SYMBOLS}|[A-Z]{{3}}|[Mm]inus-|[Ss]ub-)$")


def _is_name(text: str, start: int) -> bool:
    """Digits glued to letters ("G7", "cac40", "F-16") name things unless a currency leads."""
    prev = text[start - 1] if start else ""
    named = prev.isalpha() or (prev == "-" and start > 1 and text[start - 2].isalpha())
    if not named:
        return False
    glued = _GLUED_PREFIX_RE.search(text, max(0, start - 6), start)
    return glued is None or (len(glued.group()) == 3 and glued.group().isalpha()
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

