"""Reading a figure's surroundings: approximator, currency and sign before; unit, rate after."""

from __future__ import annotations

import re
from dataclasses import replace

from eventwire.quantify import units, vague
from eventwire.quantify.grammar import Mention
from eventwire.quantify.vague import Span3


def _alt(words: object) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


_CURRENCY_SYMBOLS = _alt(units.CURRENCY_SYMBOLS)
_APPROX = _alt(vague.APPROXIMATORS)


def _left_pattern(with_iso: bool) -> re.Pattern[str]:
    iso = r"|(?<![A-Za-z])(?P<iso>[A-Z]{3})" if with_iso else ""
    return re.compile(
        rf"(?:(?<![\w])(?P<between>between|from)\s+)?(?:(?<![\w])(?P<approx>(?i:{_APPROX}))\s+)?"
        rf"(?P<sub>(?i:sub)-)?(?:(?P<cur>(?<![A-Za-z])(?:{_CURRENCY_SYMBOLS}){iso})\s?)?"
        rf"(?P<sign>(?<![\w.,%)-])-|−|(?<![\w])(?i:minus|negative)[\s-]?)?$"
    )


LEFT_RE = _left_pattern(True)
_LEFT_NO_ISO_RE = _left_pattern(False)
_MEASURE_WORDS = {w for w in units.MEASURES if w not in units.SHORT_MEASURES and w != "%"}
_UNIT_AFTER = _alt(set(units.CURRENCY_NAMES) | _MEASURE_WORDS)
_GLUED_UNITS = _alt({"km", "kg", "cm", "mm", "mg", "kms"})
RIGHT_RE = re.compile(
    r"(?P<suffix>\s*(?:or\s+more|or\s+so|or\s+fewer|or\s+less|-?plus\b|\+|-odd))?"
    r"(?:(?P<age>(?:-|\s)(?P<ageunit>years?|months?|weeks?|days?)(?:-|\s)old\b)"
    r"|(?P<pct>(?i:\s?%|\s+per\s?cent\b|\s+percent\b|\s+percentage\s+points?\b|\s+pct\b))"
    rf"|(?P<short>\s?(?:{_alt(units.SHORT_MEASURES)})(?![\w/]))"
    rf"|-(?P<hyph>(?i:{_alt(_MEASURE_WORDS)}))\b"
    rf"|(?P<unit>\s+(?i:{_UNIT_AFTER})(?![\w-])|(?:{_GLUED_UNITS})\b)"
    r"|\s+(?P<iso>[A-Z]{3})\b"
    rf"|\s?(?P<trailcur>{_alt(units.TRAILING_CURRENCY)})(?![\w])"
    rf"|(?P<prime>{_alt(units.PRIMES)})"
    r"|(?P<attached>[A-Za-z]+(?:/[A-Za-z]+)?)(?![\w])"
    r"|(?P<compound>-[A-Za-z]+)(?![\w-]))?",
)
_PER_RE = re.compile(rf"\s+(?P<per>{_alt(units.PER_WORDS)})\b", re.IGNORECASE)
_METRE_CUE_RE = re.compile(r"(?:\s*\(|-|\s+(?:long|tall|high|deep|wide|away|above|below|from"
                           r"|in\s+(?:length|height|diameter|depth)|up|down)\b)")
#: Three capitals before a figure that are not currencies here ("ALL 20", "TOP 10").
_NON_ISO = frozenset({"ALL", "TOP", "CUP", "MOP", "BOB", "MAD", "PEN", "GEL", "LAK", "AND",
                      "THE", "FOR", "WHO", "BAM", "SOS", "ANG"})


def _left(text: str, mention: Mention) -> re.Match[str] | None:
    left = LEFT_RE.search(text, max(0, mention.start - 40), mention.start)
    iso = left.groupdict().get("iso") if left else None
    if iso and (iso in _NON_ISO or not units.iso_currency(iso)):
        return _LEFT_NO_ISO_RE.search(text, max(0, mention.start - 40), mention.start)
    return left


def read_context(text: str, mention: Mention) -> Mention:
    """Widen a mention with its approximator, currency, sign, unit, suffix and rate."""
    m = _read_left(text, mention)
    right = RIGHT_RE.match(text, m.end)
    if right and right.end() > m.end:
        m = _apply_right(right, m)
    m = _metres_not_millions(text, m)
    if m.unit is not None and m.kind != "age":
        per = _PER_RE.match(text, m.end)
        if per:
            key = " ".join(per.group("per").lower().split())
            m = replace(m, per=units.PER_WORDS[key], end=per.end())
    return m


def _read_left(text: str, m: Mention) -> Mention:
    left = _left(text, m)
    if left is None:
        return m
    start, value, unit, approx, name = m.start, m.value, m.unit, m.approximate, m.approximator
    if left.group("sign"):
        value, start = Span3(-value.high, -value.low, -value.best), left.start("sign")
    if left.group("cur"):
        unit = left.groupdict().get("iso") or units.CURRENCY_SYMBOLS[left.group("cur")]
        start = left.start("cur")
    if left.group("sub"):
        value, approx, start = vague.approximate(value, (0.0, 1.0)), True, left.start("sub")
    if left.group("approx"):
        name = " ".join(left.group("approx").lower().split())
        value = vague.approximate(value, vague.APPROXIMATORS[name])
        approx, start = True, left.start("approx")
    return replace(m, start=start, value=value, unit=unit, approximate=approx,
                   approximator=name, signed=bool(left.group("sign")))


def _apply_right(right: re.Match[str], m: Mention) -> Mention:
    value, unit, kind, approx = m.value, m.unit, m.kind, m.approximate
    if right.group("suffix"):
        key = " ".join(right.group("suffix").lower().replace("-", " ").split())
        value, approx = vague.approximate(value, vague.SUFFIX_APPROXIMATORS[key]), True
    if right.group("age"):
        unit, kind = units.MEASURES[right.group("ageunit").lower()], "age"
    elif right.group("pct"):
        unit = "percent"
    elif right.group("compound"):
        pass
    elif right.group("trailcur") or right.group("prime"):
        unit = unit or units.TRAILING_CURRENCY.get(right.group("trailcur") or "") \
            or units.PRIMES.get(right.group("prime") or "")
    elif right.group("attached"):
        unit = unit or units.ATTACHED_UNITS.get(right.group("attached").lower())
    elif right.group("iso"):
        if unit is None and units.iso_currency(right.group("iso")):
            unit = right.group("iso")
        else:
            return replace(m, value=value, approximate=approx)
    else:
        word = next((right.group(g) for g in ("short", "hyph", "unit") if right.group(g)), "")
        key = " ".join(word.lower().split())
        unit = unit or units.CURRENCY_NAMES.get(key) or units.MEASURES.get(key)
    return replace(m, end=right.end(), value=value, unit=unit, kind=kind, approximate=approx)


def _metres_not_millions(text: str, m: Mention) -> Mention:
    """"a 37m-long skeleton" is 37 metres; "£37m" and "37m people" stay millions."""
    if m.unit is not None or not re.search(r"\dm$", text[m.core_start:m.core_end]):
        return m
    if not _METRE_CUE_RE.match(text, m.core_end):
        return m
    v = m.value
    return replace(m, value=Span3(v.low / 1e6, v.high / 1e6, v.best / 1e6), unit="m",
                   scaled=False)
