"""The non-quoted text around a quotation: where its cue and speaker are written.

Sentences are split on end punctuation that lies outside quotes (or ends a quote),
so that a quotation of several sentences stays one unit, and abbreviations such
as "Mr." or "U.S." do not end a sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.speech.marks import QuoteMarks

_END = re.compile(r"[.?!]['\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n+")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|"
    r"Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mt|Ft|Rev|Pres)|\b[A-Z]|\b(?:[A-Za-z]\.){1,3}[A-Za-z])"
    r"\.$")


class QuoteMask:
    """Answers "is this offset inside a quotation (marks included)?" in O(log n)."""

    def __init__(self, quotes: Sequence[QuoteMarks]) -> None:
        spans = sorted((q.outer_start, q.outer_end) for q in quotes)
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def inside(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def quoted_chars(self, start: int, end: int) -> int:
        """Return how many characters of [start, end) lie inside quotations."""
        total = 0
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        while i < len(self.starts) and self.starts[i] < end:
            total += max(0, min(end, self.ends[i]) - max(start, self.starts[i]))
            i += 1
        return total


def sentence_starts(text: str, mask: QuoteMask) -> list[int]:
    """Return the start offset of every sentence, quotations kept whole."""
    starts = [0]
    for m in _END.finditer(text):
        if "\n" in m.group():
            starts.append(m.end())
            continue
        if mask.inside(m.end() - 1) or mask.inside(m.start()) and not _closes_there(text, m):
            continue
        if _ABBREVIATION.search(text[max(0, m.start() - 12):m.start() + 1]):
            continue
        starts.append(m.end())
    return sorted(set(starts))


def _closes_there(text: str, m: re.Match[str]) -> bool:
    """True when the end punctuation is the last thing inside a quotation."""
    tail = m.group()[1:].rstrip()
    return bool(tail) and tail[0] in "\"”"


@dataclass(frozen=True, slots=True)
class Frame:
    """The non-quoted text before and after one quotation, within its sentence(s)."""

    before: tuple[int, int]
    after: tuple[int, int]
    sentence: tuple[int, int]


class Sentences:
    """Sentence lookup over a text (quotations kept whole)."""

    def __init__(self, text: str, mask: QuoteMask) -> None:
        self.text = text
        self.starts = sentence_starts(text, mask)

    def bounds(self, pos: int) -> tuple[int, int]:
        """Return (start, end) of the sentence that holds offset ``pos``."""
        i = bisect.bisect_right(self.starts, pos) - 1
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return self.starts[max(i, 0)], end

    def previous(self, pos: int) -> tuple[int, int] | None:
        start, _ = self.bounds(pos)
        return self.bounds(start - 1) if start > 0 else None

    def following(self, pos: int) -> tuple[int, int] | None:
        _, end = self.bounds(pos)
        return self.bounds(end) if end < len(self.text) else None

    def frame(self, quote: QuoteMarks) -> Frame:
        """Return the text around ``quote`` that shares a sentence with it."""
        s_start, _ = self.bounds(quote.outer_start)
        _, s_end = self.bounds(max(quote.outer_end - 1, quote.outer_start))
        after_end = s_end
        newline = self.text.find("\n", quote.outer_end, s_end)
        if newline >= 0:
            after_end = newline
        return Frame((s_start, quote.outer_start), (quote.outer_end, after_end), (s_start, s_end))
