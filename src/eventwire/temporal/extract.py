"""Find and resolve every temporal expression of a text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from eventwire.temporal import deixis, narrative, resolve
from eventwire.temporal.calendar import Interval, shift
from eventwire.temporal.edges import attach_edges, resolve_within
from eventwire.temporal.grammar import scan
from eventwire.temporal.mention import Mention
from eventwire.temporal.ranges import close_range, join_ranges
from eventwire.temporal.tense import parse_matches, sentence_tense

_RESOLVERS: dict[str, Callable[[Mention, resolve.Frame], Interval | None]] = {
    **{kind: resolve.resolve_calendar for kind in ("date", "month", "year", "decade", "century",
                                                  "quarter", "half", "week_of_month", "dayrange",
                                                  "yearrange")},
    "season": resolve.resolve_season,
    **{kind: resolve.resolve_day_words for kind in ("weekday", "holiday", "weekend")},
    "now": deixis.resolve_now, "deictic": deixis.resolve_deictic,
    "rolling": deixis.resolve_rolling, "ago": deixis.resolve_ago,
}
#: The precision a mention has even when it cannot be resolved.
_PRECISION = {"date": "day", "weekday": "day", "holiday": "day", "now": "day", "month": "month",
              "year": "year", "decade": "decade", "season": "season", "quarter": "season",
              "weekend": "week", "week_of_month": "week"}
#: How far (in characters) an explicit year lends itself to a yearless month or date after it.
LOCAL_REACH = 250
#: Kinds whose year (or week) may come from tense rather than the text, and that unit.
_YEARLESS = {"date": "year", "month": "year", "season": "year", "holiday": "year",
             "dayrange": "year", "week_of_month": "year", "weekday": "week"}
_UNIT_PRECISION = {"weekend": "week", "fortnight": "range", "quarter": "season",
                   "century": "range"}
#: Kinds that can anchor a later anaphoric mention ("in 2012 ... the next year").
_ANCHORS = frozenset({"date", "month", "year", "season", "quarter", "half", "weekday", "holiday",
                      "dayrange", "ago", "deictic", "week_of_month", "within"})
#: How long before "until X" the time told last may be to start its range.
UNTIL_REACH = timedelta(days=366)
#: "since" just before a year: the year starts a span that runs to now, it dates nothing after it.
_SINCE = re.compile(r"(?i:\bsince)\s+$")


@dataclass(frozen=True, slots=True)
class FoundTime:
    """A resolved temporal expression: its span and inclusive interval."""

    start: int
    end: int
    text: str
    earliest: date | None
    latest: date | None
    precision: str
    resolvable: bool


def resolve_mention(m: Mention, frame: resolve.Frame) -> Interval | None:
    """Resolve one mention (ranges and open ranges through their parts)."""
    if m.kind == "within":
        return resolve_within(m, resolve_mention(m.parts[0], frame))
    if m.kind == "range":
        return _resolve_range(m, frame)
    if m.kind == "open":
        return _open_range(m.f["op"], resolve_mention(m.parts[0], frame), frame.published,
                           frame.anchor)
    return _RESOLVERS[m.kind](m, frame)


def _resolve_range(m: Mention, frame: resolve.Frame) -> Interval | None:
    """Resolve both ends; a yearless end that would come out backwards moves by a year."""
    first, last = (resolve_mention(part, frame) for part in m.parts)
    if first is None or last is None or first.earliest is None or last.latest is None:
        return None
    if last.latest < first.earliest:
        a, b = m.parts
        if frame.tense == "future" and not b.f.get("year") and b.kind in _YEARLESS:
            last = shift(last, _YEARLESS[b.kind], 1)
        elif not a.f.get("year") and a.kind in _YEARLESS:
            first = shift(first, _YEARLESS[a.kind], -1)
    return close_range(first, last)


def _open_range(op: str, inner: Interval | None, published: date | None,
                anchor: Interval | None = None) -> Interval | None:
    """'since X' runs to publication; 'until X' from publication when X is ahead, else from
    the time the story told last (within a year before X: "left in December ... drifted until
    7 January"), else open."""
    if inner is None or inner.earliest is None or inner.latest is None:
        return None
    one = timedelta(days=1)
    if op == "since":
        latest = published if published and published >= inner.earliest else None
        return Interval(inner.earliest, latest, "range")
    if op == "until":
        earliest = published if published and published < inner.earliest else None
        if earliest is None and anchor is not None and anchor.earliest is not None and \
                timedelta(0) < inner.earliest - anchor.earliest <= UNTIL_REACH:
            earliest = anchor.earliest
        return Interval(earliest, inner.latest, "range")
    if op == "before":
        return Interval(None, inner.earliest - one, "range")
    latest = published if published and published > inner.latest else None
    return Interval(inner.latest + one, latest, "range")


def _is_anchor(m: Mention) -> bool:
    if m.kind == "open":
        return _is_anchor(m.parts[0])
    if m.kind == "deictic":
        return m.f["rel"] != 0 or bool(m.f.get("anaphoric"))
    return m.kind in _ANCHORS


def precision_of(m: Mention) -> str:
    """The precision a mention has even when it cannot be resolved ("last year": year)."""
    if m.kind in ("deictic", "ago") or (m.kind == "rolling" and m.f["high"] == 1):
        unit = m.f["unit"]
        return _UNIT_PRECISION.get(unit, unit) if not m.f.get("mod") else "range"
    return _PRECISION.get(m.kind, "range")


def _explicit_year(m: Mention) -> int | None:
    """The year a mention states outright ("2012", "March 2012"), if it states one."""
    if m.kind == "year":
        return int(m.f["year"])
    if m.kind in ("date", "month", "season", "dayrange") and m.f.get("year"):
        return int(m.f["year"])
    return None


def _local_year(text: str, start: int, explicit: tuple[int, int] | None) -> int | None:
    """The year of an explicit mention shortly before ``start`` in the same paragraph."""
    if explicit is None or start - explicit[0] > LOCAL_REACH or "\n" in text[explicit[0]:start]:
        return None
    return explicit[1]


def _forget_unplaced(m: Mention, frame: resolve.Frame, clock: narrative.Clock) -> None:
    """An undated article's time that the text cannot place: nothing counts from it ("the
    next day" after an unresolved "on Thursday"), and a reporting time ends the story, as it
    does in a dated article."""
    if not _is_anchor(m):
        return
    frame.anchor = clock.day = None
    if narrative.reports_from_now(m):
        clock.story = None


def find_times(text: str, published: date | None, parse: Any = None) -> list[FoundTime]:
    """Return every temporal expression of ``text`` resolved against ``published``."""
    frame = resolve.Frame(published=published)
    parse = parse if parse_matches(parse, text) else None
    found: list[FoundTime] = []
    explicit: tuple[int, int] | None = None  # (end offset, year) of the last explicit past year
    clock = narrative.Clock()
    for m in attach_edges(join_ranges(scan(text), text), text):
        frame.tense = sentence_tense(text, m.start, m.end, parse)
        frame.local_year = _local_year(text, m.start, explicit)
        if explicit is not None and clock.story_at >= explicit[0]:
            frame.local_year = None  # the story has moved on from that year
        here = narrative.frame_for(m, frame, clock)
        interval = resolve_mention(m, here)
        year = _explicit_year(m)
        if year is not None and (published is None or year < published.year) and \
                not _SINCE.search(text, max(0, m.start - 8), m.start):
            explicit = (m.end, year)
        inner = resolve_mention(m.parts[0], here) if m.kind == "open" else interval
        narrative.advance(clock, m, inner, explicit=year is not None,
                          by_story=here.story is not None)
        if interval is not None and _is_anchor(m):
            if inner is not None and inner.earliest is not None:
                frame.anchor = inner
        elif interval is None and published is None:
            _forget_unplaced(m, frame, clock)
        precision = interval.precision if interval else precision_of(m)
        found.append(FoundTime(
            start=m.start, end=m.end, text=text[m.start:m.end],
            earliest=interval.earliest if interval else None,
            latest=interval.latest if interval else None,
            precision=precision, resolvable=interval is not None))
    return found
