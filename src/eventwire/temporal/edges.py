"""The first or last days, weeks or months of a period: "the last weeks of 2023", "the last days
of September 2023", "the first three months of the year".

The grammar finds the period ("2023", "September 2023") and, separately, "the last weeks" as a
rolling expression counted back from publication; ``attach_edges`` joins the two into one
``within`` mention whose interval is the named stretch at the edge of the period.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

from eventwire.temporal.calendar import Interval, add_months
from eventwire.temporal.lexicon import NUMBER, number_range
from eventwire.temporal.mention import Mention

_EDGE_WORDS = (r"(?i:\bthe\s+(?P<side>last|final|closing|first|opening)\s+"
               rf"(?:(?P<num>{NUMBER})\s+)?(?P<unit>days?|weeks?|months?)\s+of\s+)")
_EDGE = re.compile(_EDGE_WORDS + "$")
_EDGE_ANYWHERE = re.compile(_EDGE_WORDS)
_THE_PERIOD = re.compile(r"(?i:the\s+(?P<unit>year|month))\b")
_INNER = frozenset({"year", "month", "season", "deictic", "quarter", "half"})
#: Days a plural with no number covers: "the last days" ~ 10, "the last weeks" ~ 3 weeks.
_DEFAULT_DAYS = {"day": 10, "week": 21}


def attach_edges(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Join "the last weeks of" to the period after it; drop what the joined span covers."""
    out: list[Mention] = []
    for m in mentions:
        edge = _EDGE.search(text, max(0, m.start - 60), m.start)
        if edge is None or m.kind not in _INNER:
            out.append(m)
            continue
        out = [o for o in out if o.end <= edge.start()]
        out.append(_within(edge, m, m.start, m.end))
    # "the first three months of the year": "the year" alone is no mention of the grammar
    for edge in _EDGE_ANYWHERE.finditer(text):
        period = _THE_PERIOD.match(text, edge.end())
        if period is None or any(o.start <= edge.end() < o.end for o in out):
            continue
        inner = Mention(period.start(), period.end(), "deictic",
                        {"unit": period.group("unit").lower(), "rel": 0, "mod": None,
                         "word": None, "anaphoric": False})
        out = [o for o in out if o.end <= edge.start() or o.start >= period.end()]
        out.append(_within(edge, inner, inner.start, inner.end))
    return sorted(out, key=lambda o: o.start)


def _within(edge: re.Match[str], inner: Mention, start: int, end: int) -> Mention:
    word = edge.group("num")
    numbers = number_range(word) if word else None
    count = numbers[1] if numbers else None
    unit = edge.group("unit").lower()
    return Mention(edge.start(), end, "within",
                   {"side": "last" if edge.group("side").lower() in ("last", "final", "closing")
                    else "first", "count": count, "unit": unit.rstrip("s"),
                    "plural": unit.endswith("s")}, (inner,))


def resolve_within(m: Mention, period: Interval | None) -> Interval | None:
    """The stretch at the start or end of ``period`` that ``m`` names."""
    if period is None or period.earliest is None or period.latest is None:
        return None
    f = m.f
    unit, count, plural = f["unit"], f["count"], f["plural"]
    if unit == "month":
        n = count or (3 if plural else 1)
        if f["side"] == "first":
            last = add_months(period.earliest, n) - timedelta(days=1)
            return Interval(period.earliest, min(last, period.latest), "range")
        first = add_months(period.latest + timedelta(days=1), -n)
        return Interval(max(first, period.earliest), period.latest, "range")
    days = count * (7 if unit == "week" else 1) if count else \
        (_DEFAULT_DAYS[unit] if plural else (7 if unit == "week" else 1))
    span = timedelta(days=days - 1)
    if f["side"] == "first":
        return Interval(period.earliest, min(period.earliest + span, period.latest), "range")
    return Interval(max(period.latest - span, period.earliest), period.latest, "range")
