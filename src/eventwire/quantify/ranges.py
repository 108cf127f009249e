"""Joining two figures into one range: "four to five thousand", "$10-15m", "between 5% and 6%".

"X to Y" and "X-Y" are ranges, "between X and Y" too; "X or Y" only for
consecutive whole numbers ("two or three"; "25k or 40k" are two figures). A
figure after "by" starts a change ("rose by 5% to 20%"), never a range, and
neither side may be a year ("2018 to 3.9 million").
"""

from __future__ import annotations

import re
from dataclasses import replace

from eventwire.quantify import numbers
from eventwire.quantify.exclusions import is_year
from eventwire.quantify.grammar import Mention
from eventwire.quantify.vague import Span3

_JOIN_RE = re.compile(r"\s*(?:-|–|—|to|or|/)\s*|\s+and\s+", re.IGNORECASE)
_LEAD_RE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"\bbetween\s+\S*\s*$", re.IGNORECASE)
_CHANGE_BY_RE = re.compile(r"\bby\s+\S{0,6}$", re.IGNORECASE)
_SCALE_RE = re.compile(r"(dozen|hundred|thousand|million|billion|trillion|mln|bn|mn|tn|mil|k|m|b)"
                       r"\s*$", re.IGNORECASE)


def join_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join each pair of neighbouring mentions that together write one range."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        b = mentions[i + 1] if i + 1 < len(mentions) else None
        joined = _join(text, a, b) if b is not None else None
        out.append(joined or a)
        i += 2 if joined else 1
    return out


def _joinable(text: str, a: Mention, b: Mention) -> bool:
    gap = text[a.end:b.start]
    if not _JOIN_RE.fullmatch(gap) or a.kind != "number" or b.kind != "number" or b.signed:
        return False
    if a.unit is not None and a.unit != b.unit and not _currency_dash(a, b, gap):
        return False  # "6.5% to 164p" are two figures; "5 to 7 per cent" is one range
    if b.approximator:
        return False
    before = text[max(0, a.core_start - 16):a.core_start]
    if " and " in f" {gap.lower()} " and not _BETWEEN_RE.search(before):
        return False
    if "/" in gap and not (a.unit and b.unit):
        return False
    if _CHANGE_BY_RE.search(text[max(0, a.start - 10):a.start]):
        return False
    if any(m.unit is None and is_year(text[m.core_start:m.core_end]) for m in (a, b)):
        return False
    if " or " in f" {gap.lower()} ":
        low = a.value.low
        return low == int(low) and b.value.low == low + 1
    return True


def _currency_dash(a: Mention, b: Mention, gap: str) -> bool:
    """"$10-15 million": an amount's currency carries over a dash to the bare figure after it."""
    return b.unit is None and bool(a.unit) and str(a.unit).isupper() and len(str(a.unit)) == 3 \
        and gap.strip() in ("-", "–")


def _join(text: str, a: Mention, b: Mention) -> Mention | None:
    if not _joinable(text, a, b):
        return None
    lo, hi = a.value.low, b.value.high
    if b.scaled and not a.scaled:
        m = _SCALE_RE.search(text[b.core_start:b.core_end])
        scale = numbers.scale_of(m.group(1)) if m else None
        if scale and lo * scale <= hi:
            lo *= scale
    if lo > hi:
        return None
    lead = _LEAD_RE.search(text, max(0, a.start - 10), a.start)
    start = lead.start() if lead else a.start
    return replace(a, start=start, end=b.end, core_end=b.core_end,
                   value=Span3(lo, hi, (lo + hi) / 2),
                   approximate=True, scaled=b.scaled, unit=a.unit or b.unit,
                   per=a.per or b.per)
