"""Long-lived data out of the cyclic garbage collector's passes (``gc.freeze``).

The map, timeline and facets keep up to 100,000 event rows per filter in memory, each
row an object the collector must visit. A full collection then walks every one of
them: 0.1 to 0.5 s during which the server answers nothing (CPython's collector stops
the world), and a few such pauses a minute put the slowest requests far past 100 ms.
``settle`` collects once, then moves every surviving object to the permanent
generation, which later collections skip; what is frozen is still freed as usual when
nothing refers to it any more (reference counting), and the next ``settle`` looks at
it again (``gc.unfreeze`` first), so cyclic garbage is never kept for good.

Only for a process the app owns (``eventwire serve`` sets ``WebSettings.freeze_heap``).
"""

from __future__ import annotations

import gc
import threading
import time

#: A row set at least this large is frozen once loaded (smaller ones cost a collection
#: little, and settling costs a full collection).
SETTLE_MIN_ROWS = 5_000
#: ``settle_soon`` waits this long: the request that loaded the rows answers first.
SETTLE_DELAY = 0.5

_lock = threading.Lock()
_pending: threading.Timer | None = None


def settle() -> float:
    """Collect every generation, then freeze what survives; the seconds it took."""
    global _pending
    with _lock:
        _pending = None
        start = time.perf_counter()
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        return time.perf_counter() - start


def settle_soon(delay: float = SETTLE_DELAY) -> threading.Timer:
    """``settle`` in ``delay`` seconds, on a timer thread (one pending at a time)."""
    global _pending
    with _lock:
        if _pending is None:
            _pending = threading.Timer(delay, settle)
            _pending.daemon = True
            _pending.start()
        return _pending
