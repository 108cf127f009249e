"""Resolution of deictic and anaphoric mentions: "last year", "the past year", "two weeks ago",
"early the next year", "a year later", "now"."""

from __future__ import annotations

from datetime import date, timedelta

from eventwire.temporal.calendar import Interval, day_of, part_of, shift, unit_containing
from eventwire.temporal.mention import Mention
from eventwire.temporal.resolve import Frame, move

_PART_PRECISION = {"month": "part-of-month", "year": "season", "week": "week", "day": "day"}
#: Anchors a year count keeps the grain of: "a year earlier" than late March is late March.
_KEEPS_PRECISION = frozenset({"part-of-month", "month", "season"})
_ORDER = ["day", "week", "weekend", "part-of-month", "month", "season", "year", "range", "decade"]


def resolve_now(m: Mention, frame: Frame) -> Interval | None:
    """'now', 'today', 'yesterday', 'last night', 'tomorrow'."""
    if frame.published is None:
        return None
    return day_of(frame.published + timedelta(days=m.f["offset"]))


def _base(m: Mention, frame: Frame) -> date | None:
    """The day an expression counts from: the anchor's for anaphoric ones, else publication."""
    if m.f.get("anaphoric") and frame.anchor is not None and frame.anchor.earliest is not None:
        return frame.anchor.earliest
    return frame.published


def resolve_deictic(m: Mention, frame: Frame) -> Interval | None:
    """'this year', 'late last year', 'earlier this month', 'early the next year', 'that year'."""
    f = m.f
    base = _base(m, frame)
    if base is None:
        return None
    unit = f["unit"]
    interval = shift(unit_containing(base, unit), unit if unit != "weekend" else "week", f["rel"])
    word, p = f.get("word"), frame.published
    if word in ("earlier", "later") and f["rel"] == 0 and not f.get("anaphoric") and p:
        assert interval.earliest is not None and interval.latest is not None
        precision = _PART_PRECISION.get(unit, "range")
        if word == "earlier":
            return Interval(interval.earliest, max(interval.earliest, min(p, interval.latest)),
                            precision)
        return Interval(min(interval.latest, max(p, interval.earliest)), interval.latest, precision)
    return part_of(interval, f["mod"]) if f.get("mod") else interval


def resolve_rolling(m: Mention, frame: Frame) -> Interval | None:
    """'the past year', 'in recent weeks', 'the last three months', 'the coming days'."""
    p = frame.published
    if p is None:
        return None
    f = m.f
    unit, high = f["unit"], f["high"]
    single = f["low"] == high == 1 and unit in ("week", "month", "year", "decade")
    precision = unit if single else "range"
    if f["direction"] < 0:
        return Interval(move(p, unit, -high) + timedelta(days=1), p, precision)
    return Interval(p, move(p, unit, high) - timedelta(days=1), precision)


def resolve_ago(m: Mention, frame: Frame) -> Interval | None:
    """'two weeks ago', 'a few years ago', 'three days later', 'a year earlier'."""
    f = m.f
    anchor = frame.anchor if f.get("anaphoric") else None
    unit, sign = f["unit"], f["sign"]
    if anchor is not None and anchor.earliest is not None:
        if f["low"] == f["high"] and anchor.precision in _KEEPS_PRECISION and \
                unit in ("year", "decade") and anchor.latest is not None:
            return shift(anchor, unit, sign * f["low"])  # "late March ... a year earlier"
        if _ORDER.index(anchor.precision) <= _ORDER.index(_unit_precision(unit)) or \
                f["low"] != f["high"]:
            return _ago_from(anchor.earliest, unit, sign, f["low"], f["high"])
        moved = shift(anchor, unit if unit in ("day", "week", "month", "year", "decade") else "day",
                      sign * f["low"])
        return Interval(moved.earliest, moved.latest, "range")
    base = frame.published
    if base is None:
        return None
    return _ago_from(base, unit, sign, f["low"], f["high"])


def _unit_precision(unit: str) -> str:
    return {"fortnight": "week", "quarter": "season", "century": "decade"}.get(unit, unit)


def _ago_from(base: date, unit: str, sign: int, low: int, high: int) -> Interval:
    """The calendar unit ``low``..``high`` units before (or after) ``base``."""
    grains = {"fortnight": "week", "decade": "year", "century": "year", "quarter": "month"}
    grain = grains.get(unit, unit)
    near = unit_containing(move(base, unit, sign * low), grain)
    far = unit_containing(move(base, unit, sign * high), grain)
    first, last = (far, near) if sign < 0 else (near, far)
    precision = near.precision if low == high else "range"
    return Interval(first.earliest, last.latest, precision)


def order_of(precision: str) -> int:
    """Rank a precision from finest (day) to coarsest (decade)."""
    return _ORDER.index(precision) if precision in _ORDER else len(_ORDER)
