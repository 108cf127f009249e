"""Ranges: join mentions into "between March and May", "from 2012 to 2014", "since late 2015"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwire.temporal.calendar import Interval
from eventwire.temporal.mention import Mention

#: Kinds that name a calendar period, so that "March to May" can join them without a cue.
CALENDAR_KINDS = frozenset({"date", "month", "year", "decade", "season", "quarter", "half",
                            "weekday", "holiday"})
_GAP = re.compile(r"\s*(?:-|–|—|(?i:to|until|till|through|thru|and))\s*")
_OPENER = re.compile(r"(?i:\b(?P<word>between|from))\s+$")
_OPEN = re.compile(r"(?i:\b(?P<word>since|until|till|up\s+until|up\s+to|before|after|"
                   r"as\s+of|starting\s+in|ever\s+since))\s+$")
_NOT = re.compile(r"(?i:n['’]t|\bnot)\s+$")
_WHEN = re.compile(r"\s*,?\s*(?i:when)\b")
_ONWARDS = re.compile(r"\s*(?i:on|onwards?|forward)\b")
_OPS = {"since": "since", "ever since": "since", "as of": "since", "starting in": "since",
        "until": "until", "till": "until", "up until": "until", "up to": "until",
        "before": "before", "after": "after", "from": "since"}


def join_ranges(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Return the mentions with adjacent pairs joined into ranges and cue words into open ranges."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        b = mentions[i + 1] if i + 1 < len(mentions) else None
        joined = _pair(a, b, text) if b is not None else None
        if joined is not None:
            out.append(joined)
            i += 2
            continue
        out.append(_open(a, text))
        i += 1
    return out


def _pair(a: Mention, b: Mention, text: str) -> Mention | None:
    gap = text[a.end:b.start]
    match = _GAP.fullmatch(gap)
    if not match or "\n" in gap:
        return None
    opener = _OPENER.search(text, max(0, a.start - 12), a.start)
    word = opener.group("word").lower() if opener else ""
    if gap.strip().lower() == "and" and word != "between":
        return None
    if not word and not (a.kind in CALENDAR_KINDS and a.kind == b.kind):
        return None
    _share_year(a, b)
    start = opener.start("word") if opener else a.start
    return Mention(start, b.end, "range", {}, (a, b))


def _share_year(a: Mention, b: Mention) -> None:
    """Give a yearless end of a range the other end's year ("March to May 2015")."""
    ya, yb = a.f.get("year"), b.f.get("year")
    ma, mb = a.f.get("month"), b.f.get("month")
    if ya is None and yb is not None and a.kind in ("date", "month"):
        a.f["year"] = yb - 1 if ma and mb and ma > mb else yb
    elif yb is None and ya is not None and b.kind in ("date", "month"):
        b.f["year"] = ya + 1 if ma and mb and mb < ma else ya


def _open(a: Mention, text: str) -> Mention:
    if a.kind in ("range", "rolling"):
        return a
    if a.kind in ("yearrange", "dayrange"):
        opener = _OPENER.search(text, max(0, a.start - 12), a.start)
        if opener:
            return Mention(opener.start("word"), a.end, a.kind, a.f, a.parts)
        return a
    cue = _OPEN.search(text, max(0, a.start - 16), a.start)
    op = _OPS.get(" ".join(cue.group("word").lower().split())) if cue else None
    if op is None and _OPENER.search(text, max(0, a.start - 6), a.start) and \
            _ONWARDS.match(text, a.end):
        cue, op = _OPENER.search(text, max(0, a.start - 6), a.start), "since"
    if cue is None or op is None:
        return a
    if op == "until" and _NOT.search(text, max(0, cue.start() - 8), cue.start()):
        return a  # "it wasn't until 2013 that ..." happened in 2013
    if op == "since" and _WHEN.match(text, a.end):
        return a  # "since 2014, when it was ousted": the clause dates the point, not the range
    return Mention(cue.start("word"), a.end, "open", {"op": op}, (a,))


def close_range(first: Interval | None, last: Interval | None) -> Interval | None:
    """The interval from the start of one period to the end of another."""
    if first is None or last is None or first.earliest is None or last.latest is None:
        return None
    if last.latest < first.earliest:
        return None
    return Interval(first.earliest, last.latest, "range")
