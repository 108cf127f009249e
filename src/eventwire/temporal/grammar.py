"""The grammar: every rule run over the text, overlapping matches settled longest-first."""

from __future__ import annotations

import re
from bisect import bisect_left, insort

from eventwire.temporal import absolute, relative
from eventwire.temporal.mention import Mention, Rule

RULES: tuple[Rule, ...] = absolute.RULES + relative.RULES


#: How far a match may reach before and after its trigger word.
REACH = 80
_SPACE = re.compile(r"\s")


def windows(text: str, hits: list[int]) -> list[tuple[int, int]]:
    """Merge the stretches of ``text`` around trigger hits, cut at whitespace."""
    out: list[tuple[int, int]] = []
    for hit in hits:
        before = max(0, hit - REACH)
        lo = max(text.rfind(" ", 0, before), text.rfind("\n", 0, before)) + 1
        space = _SPACE.search(text, hit + REACH)
        hi = space.start() if space else len(text)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def scan(text: str) -> list[Mention]:
    """Return the temporal mentions of ``text``, in order, none overlapping another.

    Where matches overlap, the longest wins ("March 3, 2015" over "March" and
    "2015"); ties go to the earlier rule.
    """
    found: list[tuple[int, int, int, Mention]] = []
    for rank, (pattern, build, trigger) in enumerate(RULES):
        for lo, hi in windows(text, [m.start() for m in trigger.finditer(text)]):
            for match in pattern.finditer(text, lo, hi):
                mention = build(match, text)
                if mention is not None and mention.end > mention.start:
                    found.append((-(mention.end - mention.start), rank, mention.start, mention))
    found.sort(key=lambda item: item[:3])
    chosen: list[Mention] = []
    taken: list[tuple[int, int]] = []  # chosen spans, sorted by start (they never overlap)
    for _length, _rank, _start, mention in found:
        at = bisect_left(taken, (mention.start, mention.start))
        before = taken[at - 1] if at > 0 else None
        after = taken[at] if at < len(taken) else None
        if (before is None or before[1] <= mention.start) and (
                after is None or mention.end <= after[0]):
            chosen.append(mention)
            insort(taken, (mention.start, mention.end))
    return sorted(chosen, key=lambda m: m.start)
