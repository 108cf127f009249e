"""Caches keyed by the store's generation: valid until the next write, then recomputed.

``Store.generation()`` changes with every write (documents, incidents), so nothing
here is ever stale for longer than it takes to notice a write: one tiny query per
request. ``PageCache`` holds whole rendered pages (the map, the timeline);
``ResultCache`` holds query results (full-text search pages, popular searches).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from fastapi.responses import HTMLResponse, Response

T = TypeVar("T")


class PageCache:
    """Rendered pages by path and query, kept while the store's generation is unchanged.

    The map and the timeline read up to ``map_max_events`` events and draw them all:
    hundreds of milliseconds. Cached, a repeat costs one tiny query (the generation)
    and a dictionary look-up; any write to the store changes the generation and the
    next request draws the page afresh. One page is drawn at a time (a burst of
    requests never draws the same page twice, nor several pages at once); while a
    draw is under way, a page with an older drawing is answered with that drawing
    at once (it is replaced as soon as the new one is ready) instead of queueing.
    """

    def __init__(self, max_bytes: int = 64_000_000) -> None:
        self.max_bytes = max_bytes
        self._pages: OrderedDict[str, tuple[int, bytes]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()
        self._drawing = threading.Lock()

    def _lookup(self, key: str) -> tuple[int, bytes] | None:
        with self._lock:
            hit = self._pages.get(key)
            if hit is not None:
                self._pages.move_to_end(key)
            return hit

    def get(self, key: str, generation: int) -> bytes | None:
        """The page drawn at ``generation``, or None."""
        hit = self._lookup(key)
        return hit[1] if hit is not None and hit[0] == generation else None

    def put(self, key: str, generation: int, body: bytes) -> None:
        with self._lock:
            old = self._pages.pop(key, None)
            if old is not None:
                self._size -= len(old[1])
            self._pages[key] = (generation, body)
            self._size += len(body)
            while self._size > self.max_bytes and len(self._pages) > 1:
                _, (_, dropped) = self._pages.popitem(last=False)
                self._size -= len(dropped)

    def fetch(self, key: str, generation: int, draw: Callable[[], Response]) -> Response:
        """The page for ``key`` at ``generation``: cached, or drawn (one draw at a time)."""
        hit = self._lookup(key)
        if hit is not None and hit[0] == generation:
            return HTMLResponse(hit[1])
        if hit is not None:
            if not self._drawing.acquire(blocking=False):
                return HTMLResponse(hit[1])  # a draw is under way: the last drawing, now
        else:
            self._drawing.acquire()
        try:
            body = self.get(key, generation)  # drawn while this request waited
            if body is None:
                response = draw()
                if response.status_code != 200:
                    return response
                body = bytes(response.body)
                self.put(key, generation, body)
        finally:
            self._drawing.release()
        return HTMLResponse(body)


class ResultCache:
    """The results of recent queries by key, each kept while the generation holds (LRU)."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._results: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_run(self, key: Hashable, generation: int, run: Callable[[], T]) -> T:
        """The cached result of ``key`` at ``generation``, or ``run()`` (then cached)."""
        with self._lock:
            hit = self._results.get(key)
            if hit is not None and hit[0] == generation:
                self._results.move_to_end(key)
                cached: T = hit[1]
                return cached
        result = run()
        with self._lock:
            self._results[key] = (generation, result)
            self._results.move_to_end(key)
            while len(self._results) > self.size:
                self._results.popitem(last=False)
        return result
