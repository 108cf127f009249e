"""Records of a layer indexed by position, so that a sentence reads only its own records.

Scanning every place, time, entity or quote of a document for each sentence makes the
events stage quadratic in the document's length; with the records sorted by start, a
sentence's records are a binary search away.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Any


class SpanIndex:
    """Records with ``start``/``end`` offsets, sorted by start."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = sorted(items, key=lambda x: (x.start, x.end))
        self.starts = [x.start for x in self.items]
        self.longest = max((x.end - x.start for x in self.items), default=0)

    def starting_in(self, start: int, end: int) -> list[Any]:
        """Records that start in [start, end), in text order."""
        return self.items[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def overlapping(self, start: int, end: int) -> list[Any]:
        """Records that overlap [start, end)."""
        lo = bisect_left(self.starts, start - self.longest)
        return [x for x in self.items[lo:bisect_left(self.starts, end)] if x.end > start]

    def containing(self, start: int, end: int) -> list[Any]:
        """Records whose span holds all of [start, end)."""
        lo = bisect_left(self.starts, end - self.longest)
        return [x for x in self.items[lo:bisect_right(self.starts, start)] if x.end >= end]
