"""The grammar: every rule run over the text, overlapping matches settled longest-first."""

from __future__ import annotations

from eventwire.temporal import absolute, relative
from eventwire.temporal.mention import Mention, Rule

RULES: tuple[Rule, ...] = absolute.RULES + relative.RULES


def scan(text: str) -> list[Mention]:
    """Return the temporal mentions of ``text``, in order, none overlapping another.

    Where matches overlap, the longest wins ("March 3, 2015" over "March" and
    "2015"); ties go to the earlier rule.
    """
    found: list[tuple[int, int, int, Mention]] = []
    for rank, (pattern, build) in enumerate(RULES):
        for match in pattern.finditer(text):
            mention = build(match, text)
            if mention is not None and mention.end > mention.start:
                found.append((-(mention.end - mention.start), rank, mention.start, mention))
    found.sort(key=lambda item: item[:3])
    chosen: list[Mention] = []
    for _length, _rank, _start, mention in found:
        if all(mention.end <= c.start or mention.start >= c.end for c in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)
