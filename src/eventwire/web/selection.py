"""The events a view shows: the store's filters plus the facets the store cannot filter by.

Every view (table, map, timeline, downloads) reads its rows through here, so the same
URL parameters select the same events everywhere. ``type``, ``country``, ``since``,
``until``, ``certainty`` and ``source_kind`` are the store's own filters (SQL);
``acled``, ``admin1``, ``actor`` and ``outlet`` are applied to the streamed rows.
Row sets are kept per store generation in a small LRU (a few recent filters).
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from typing import Annotated

from fastapi import Depends, Query, Request

from eventwire.rows import EventRow
from eventwire.store.base import DocumentQuery, EventQuery, Store
from eventwire.web import coding, heap
from eventwire.web.params import NO_NUL

Text = Annotated[str | None, Query(max_length=200, pattern=NO_NUL)]
#: How many documents one look-up of outlets reads per page.
OUTLET_PAGE = 500


@dataclass(frozen=True, slots=True)
class Facets:
    """Filters applied to streamed rows (the store has no column or index for them)."""

    acled: str | None = None
    admin1: str | None = None
    actor: str | None = None
    outlet: str | None = None

    def __bool__(self) -> bool:
        return any((self.acled, self.admin1, self.actor, self.outlet))


def _blank(value: str | None) -> str | None:
    value = value.strip() if value else value
    return value or None


async def facet_query(acled: Text = None, admin1: Text = None, actor: Text = None,
                      outlet: Text = None) -> Facets:
    """The facet parameters of a page's URL ("" means no filter, as in HTML forms).

    ``async`` (no I/O): FastAPI then runs it inline rather than in a worker thread.
    """
    return Facets(_blank(acled), _blank(admin1), _blank(actor), _blank(outlet))


FacetFilters = Annotated[Facets, Depends(facet_query)]


class RowCache:
    """A few recent row sets and the outlet index, valid while the store's generation holds.

    ``settle`` (``heap.settle_soon`` when the app owns its process) runs after loading a set
    of at least ``heap.SETTLE_MIN_ROWS`` rows: the collector then skips them.
    """

    def __init__(self, size: int = 4, settle: Callable[[], object] | None = None) -> None:
        self.size = size
        self.settle = settle
        self._sets: OrderedDict[tuple[object, ...], tuple[int, RowSet]] = OrderedDict()
        self._outlets: tuple[int, dict[str, str]] | None = None
        self._lock = threading.Lock()

    def rows(self, key: tuple[object, ...], generation: int,
             load: Callable[[], RowSet]) -> RowSet:
        with self._lock:
            hit = self._sets.get(key)
            if hit is not None and hit[0] == generation >= 0:
                self._sets.move_to_end(key)
                return hit[1]
        value = load()
        if generation >= 0:
            with self._lock:
                self._sets[key] = (generation, value)
                while len(self._sets) > self.size:
                    self._sets.popitem(last=False)
            if self.settle is not None and len(value.rows) >= heap.SETTLE_MIN_ROWS:
                self.settle()
        return value

    def outlets(self, store: Store) -> dict[str, str]:
        """Document id -> outlet (the publication), read once per generation."""
        generation = store.generation()
        with self._lock:
            if self._outlets is not None and self._outlets[0] == generation >= 0:
                return self._outlets[1]
        index: dict[str, str] = {}
        offset = 0
        while True:
            page = store.documents(DocumentQuery(limit=OUTLET_PAGE, offset=offset))
            index.update((d.id, d.source) for d in page.items if d.source)
            offset += len(page.items)
            if len(page.items) < OUTLET_PAGE:
                break
        with self._lock:
            self._outlets = (generation, index)
        return index


@dataclass(frozen=True, slots=True)
class RowSet:
    """Matching rows, newest first, up to a cap; ``capped`` when more matched."""

    rows: tuple[EventRow, ...]
    capped: bool


def row_cache(request: Request) -> RowCache:
    state = request.app.state
    cache: RowCache | None = getattr(state, "row_cache", None)
    if cache is None:
        freeze = state.settings.freeze_heap
        cache = state.row_cache = RowCache(settle=heap.settle_soon if freeze else None)
    return cache


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def keep(rows: Iterable[EventRow], facets: Facets,
         outlets: dict[str, str] | None = None) -> Iterator[EventRow]:
    """The rows that pass the facet filters."""
    for r in rows:
        if facets.acled and coding.acled_label(r) != facets.acled:
            continue
        if facets.admin1 and r.admin1 != facets.admin1:
            continue
        if facets.actor and facets.actor not in (r.actor, r.target):
            continue
        if facets.outlet and (outlets or {}).get(r.document_id) != facets.outlet:
            continue
        yield r


def newest_first(row: EventRow) -> tuple[str, str, str]:
    return (row.earliest or row.latest or row.published or "", row.document_id, row.event_id)


def stream(request: Request, query: EventQuery, facets: Facets) -> Iterator[EventRow]:
    """Every matching row (no cap, no order promised): for downloads."""
    store = _store(request)
    rows = store.iter_events(replace(query, offset=0))
    if not facets:
        return rows
    outlets = row_cache(request).outlets(store) if facets.outlet else None
    return keep(rows, facets, outlets)


def matching(request: Request, query: EventQuery, facets: Facets) -> RowSet:
    """Up to ``map_max_events`` matching rows, newest first (cached per generation)."""
    cap: int = request.app.state.settings.map_max_events
    store = _store(request)
    key = (replace(query, limit=0, offset=0), facets, cap)

    def load() -> RowSet:
        rows = list(islice(stream(request, query, facets), cap + 1))
        capped = len(rows) > cap
        rows.sort(key=newest_first, reverse=True)
        return RowSet(tuple(rows[:cap]), capped)

    return row_cache(request).rows(key, store.generation(), load)


#: Facets beside the table: (parameter, heading).
FACETS: tuple[tuple[str, str], ...] = (
    ("acled", "ACLED type"), ("type", "PLOVER type"), ("country", "Country"),
    ("admin1", "Admin1"), ("actor", "Actor"), ("certainty", "Certainty"),
    ("source_kind", "Source kind"), ("outlet", "Outlet"),
)


def facet_counts(rows: Iterable[EventRow], outlets: dict[str, str],
                 top: int = 10) -> dict[str, list[tuple[str, int]]]:
    """For every facet, its most frequent values with their counts."""
    counters: dict[str, Counter[str]] = {name: Counter() for name, _ in FACETS}
    for r in rows:
        counters["acled"][coding.acled_label(r)] += 1
        counters["type"][r.type] += 1
        if r.country:
            counters["country"][r.country] += 1
        if r.admin1:
            counters["admin1"][r.admin1] += 1
        if r.actor:
            counters["actor"][r.actor] += 1
        counters["certainty"][r.certainty] += 1
        counters["source_kind"][r.source_kind] += 1
        outlet = outlets.get(r.document_id)
        if outlet:
            counters["outlet"][outlet] += 1
    return {name: c.most_common(top) for name, c in counters.items()}
