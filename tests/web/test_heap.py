"""Freezing long-lived data out of the garbage collector's passes (``web.heap``)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from eventwire.store.base import Store
from eventwire.web import heap, selection
from eventwire.web.app import WebSettings, create_app


@pytest.fixture(autouse=True)
def thawed() -> Iterator[None]:
    """Each test leaves the collector as it found it (nothing frozen)."""
    yield
    gc.unfreeze()


class Node:
    """A record that can sit in a reference cycle."""

    def __init__(self) -> None:
        self.other: Node | None = None


@pytest.fixture
def manual_gc() -> Iterator[None]:
    """No automatic collection during the test: only what the test runs collects."""
    gc.disable()
    yield
    gc.enable()


def cycle() -> weakref.ref[Node]:
    """A pair of nodes referring to each other; a weak reference to one of them."""
    node = Node()
    node.other = Node()
    node.other.other = node
    return weakref.ref(node)


def test_settle_freezes_survivors_and_collects_cycles(manual_gc: None) -> None:
    kept = [Node() for _ in range(100)]
    garbage = cycle()  # nothing refers to the pair: only a collection frees it
    assert garbage() is not None
    heap.settle()
    assert garbage() is None
    assert gc.get_freeze_count() >= len(kept)
    assert not [o for o in gc.get_objects() if type(o) is Node]  # frozen: never visited


def test_settle_looks_again_at_what_it_froze(manual_gc: None) -> None:
    holder = [cycle()]
    alive = holder[0]()
    heap.settle()  # frozen while alive
    del alive
    assert holder[0]() is not None
    gc.collect()  # an ordinary collection skips frozen objects
    assert holder[0]() is not None
    heap.settle()
    assert holder[0]() is None


def test_settle_soon_runs_once_for_a_burst() -> None:
    timers = {id(heap.settle_soon(0.05)) for _ in range(5)}
    assert len(timers) == 1
    timer = heap.settle_soon(0.05)
    timer.join(5)
    assert not timer.is_alive() and gc.get_freeze_count() > 0
    assert heap.settle_soon(0.05) is not timer  # a later load settles again
    heap.settle_soon(0.05).join(5)


def test_row_cache_settles_after_loading_a_large_set_only() -> None:
    calls: list[int] = []
    cache = selection.RowCache(settle=lambda: calls.append(1))

    def rows(n: int) -> selection.RowSet:
        return selection.RowSet(tuple(object() for _ in range(n)), False)  # type: ignore[misc]

    cache.rows(("small",), 1, lambda: rows(heap.SETTLE_MIN_ROWS - 1))
    assert calls == []
    cache.rows(("large",), 1, lambda: rows(heap.SETTLE_MIN_ROWS))
    assert calls == [1]
    cache.rows(("large",), 1, lambda: rows(heap.SETTLE_MIN_ROWS))  # cached: no load
    assert calls == [1]
    cache.rows(("large",), 2, lambda: rows(heap.SETTLE_MIN_ROWS))  # the store changed
    assert calls == [1, 1]


@pytest.mark.parametrize("freeze", [False, True])
def test_app_freezes_its_heap_only_when_it_owns_the_process(demo_store: Store,
                                                             freeze: bool) -> None:
    app = create_app(demo_store, WebSettings(freeze_heap=freeze))
    with TestClient(app) as client:
        assert (gc.get_freeze_count() > 0) is freeze  # frozen after start-up's warm-up
        assert client.get("/map/data.json").status_code == 200
        cache = selection.row_cache(SimpleNamespace(app=app))  # type: ignore[arg-type]
        assert (cache.settle is heap.settle_soon) is freeze
