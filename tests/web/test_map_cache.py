"""The map and timeline are drawn once per store generation, then served from a cache."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.rows import Incident
from eventwire.store.base import Store
from eventwire.web import mapview, pages, timeline
from eventwire.web.app import create_app
from tests.web.sample_docs import Builder


@pytest.fixture
def draws(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    calls: list[Any] = []
    real_map, real_series = mapview.map_data, timeline.series

    def counting_map(*args: Any) -> Any:
        calls.append(args)
        return real_map(*args)

    def counting_series(*args: Any) -> Any:
        calls.append(args)
        return real_series(*args)

    monkeypatch.setattr(mapview, "map_data", counting_map)
    monkeypatch.setattr(timeline, "series", counting_series)
    return calls


def _new_document() -> Any:
    b = Builder("Gunmen attacked a market in Maiduguri on Monday, police said.")
    p = b.place("Maiduguri", "Maiduguri", "city", "NG", 11.85, 13.16)
    b.event("ASSAULT", "attacked", place=p)
    return b.build("Market attacked", "Cache Desk", "2024-06-03", "cache.txt")


@pytest.mark.parametrize("path", ["/map/data.json", "/timeline"])
def test_page_is_drawn_once_until_the_store_changes(demo_store: Store, draws: list[Any],
                                                    path: str) -> None:
    client = TestClient(create_app(demo_store))
    first = client.get(path)
    assert first.status_code == 200
    assert client.get(path).text == first.text and len(draws) == 1
    assert client.get(f"{path}?type=MOVE").status_code == 200 and len(draws) == 2
    demo_store.save([_new_document()])
    changed = client.get(path)
    assert len(draws) == 3 and changed.text != first.text
    assert "Maiduguri" in changed.text or path == "/timeline"
    client.get(path)
    assert len(draws) == 3
    demo_store.save_incidents([Incident(
        id="i9", type="ASSAULT", country="NG", admin1=None, lat=11.85, lon=13.16,
        earliest="2024-06-03", latest="2024-06-03", low=1, best=1, high=1, num_sources=1,
        num_documents=1, events=())], replace=False)
    client.get(path)
    assert len(draws) == 4


def test_cached_map_keeps_security_headers(demo_store: Store) -> None:
    client = TestClient(create_app(demo_store))
    client.get("/map")
    assert "default-src 'self'" in client.get("/map").headers["content-security-policy"]


def test_page_cache_evicts_oldest_beyond_its_budget() -> None:
    cache = pages.PageCache(max_bytes=10)
    cache.put("a", 1, b"123456")
    cache.put("b", 1, b"123456")
    assert cache.get("a", 1) is None and cache.get("b", 1) == b"123456"
    assert cache.get("b", 2) is None


def test_a_stale_page_is_answered_while_another_draw_is_under_way() -> None:
    import threading

    from fastapi.responses import HTMLResponse

    cache = pages.PageCache()
    cache.put("/map?", 1, b"old")
    started, finish = threading.Event(), threading.Event()

    def slow_draw() -> HTMLResponse:
        started.set()
        finish.wait(5)
        return HTMLResponse("new")

    drawer = threading.Thread(target=lambda: cache.fetch("/map?", 2, slow_draw))
    drawer.start()
    assert started.wait(5)
    assert cache.fetch("/map?", 2, lambda: HTMLResponse("other")).body == b"old"
    finish.set()
    drawer.join()
    assert cache.fetch("/map?", 2, lambda: HTMLResponse("other")).body == b"new"


def test_search_results_are_cached_until_the_store_changes(demo_store: Store,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real_search, real_documents = demo_store.search, demo_store.documents

    def search(text: str, limit: int = 20) -> Any:
        calls.append("search")
        return real_search(text, limit)

    def documents(query: Any) -> Any:
        calls.append("documents" if query.q else "list")
        return real_documents(query)

    monkeypatch.setattr(demo_store, "search", search)
    monkeypatch.setattr(demo_store, "documents", documents)
    client = TestClient(create_app(demo_store))
    for _ in range(2):
        assert client.get("/api/search?q=Kunduz").status_code == 200
        assert client.get("/articles?q=Maiduguri").status_code == 200
        assert client.get("/api/documents?q=Maiduguri").status_code == 200
        assert client.get("/api/documents").status_code == 200
    assert calls == ["search", "documents", "list", "list"]  # page and API share results
    assert "Market attacked" not in client.get("/articles?q=Maiduguri").text
    demo_store.save([_new_document()])
    assert "Market attacked" in client.get("/articles?q=Maiduguri").text
    assert calls.count("documents") == 2
