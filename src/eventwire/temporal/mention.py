"""A temporal mention: a span of text and what its words say, before resolution."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from eventwire.temporal.lexicon import MODIFIERS


@dataclass(slots=True)
class Mention:
    """One temporal expression found by the grammar.

    ``kind`` names the form (date, month, year, decade, century, season, quarter,
    half, week_of_month, weekday, holiday, deictic, rolling, ago, now, dayrange,
    yearrange, range, open) and ``f`` holds its parsed fields (year, month, day,
    mod, rel, unit, low, high ...); ``parts`` holds the mentions a range joins.
    """

    start: int
    end: int
    kind: str
    f: dict[str, Any] = field(default_factory=dict)
    parts: tuple[Mention, ...] = ()


#: A grammar rule: a compiled pattern, the function that turns a match into a mention, and a
#: trigger: a cheap pattern for a word every match contains (the rule runs only near its hits).
Builder = Callable[[re.Match[str], str], "Mention | None"]
Rule = tuple[re.Pattern[str], Builder, re.Pattern[str]]

_PREV_WORD = re.compile(r"([A-Za-z'’.]+)[^A-Za-z0-9]*$")


def previous_word(text: str, pos: int) -> str:
    """Return the word just before ``pos`` (empty at the start of the text)."""
    m = _PREV_WORD.search(text, max(0, pos - 30), pos)
    return m.group(1) if m else ""


def span_of(m: re.Match[str]) -> tuple[int, int]:
    """The span of a match: its ``core`` group when the pattern has one, else the whole match."""
    if "core" in m.re.groupindex and m.start("core") >= 0:
        return m.start("core"), m.end("core")
    return m.start(), m.end()


def make(m: re.Match[str], kind: str, **fields: Any) -> Mention:
    """Build a mention over a match's span."""
    start, end = span_of(m)
    return Mention(start, end, kind, fields)


def mod_of(m: re.Match[str]) -> str | None:
    """The early/mid/late modifier of a match (from its ``mod`` or ``edge`` group)."""
    groups = m.re.groupindex
    for name in ("mod", "edge"):
        if name in groups and m.group(name):
            return MODIFIERS.get(m.group(name).lower())
    return None
