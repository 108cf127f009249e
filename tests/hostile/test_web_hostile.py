"""The web app against hostile requests: bodies, non-finite numbers, NUL bytes, Host headers,
and errors that must reach the server's log."""

from __future__ import annotations

import json
import math
import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from eventwire.cli import app as cli_app
from eventwire.store.base import Store, open_store
from eventwire.web.app import WebSettings, create_app
from tests.hostile.test_concurrency import start_serve, stop
from tests.store.conftest import _pg_engine_or_skip, postgres_url
from tests.web.conftest import TOKEN, build_demo_store
from tests.web.sample_docs import Builder, idlib


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = build_demo_store(tmp_path / "demo.db")
    yield s
    s.close()


@pytest.fixture
def uploads(store: Store) -> Iterator[TestClient]:
    settings = WebSettings(allow_ingest=True, token=TOKEN, max_upload_bytes=2_000_000)
    with TestClient(create_app(store, settings), raise_server_exceptions=False) as c:
        yield c


def _raw(client: TestClient, body: str | bytes) -> httpx.Response:
    return client.post("/api/documents", content=body,
                       headers={"Authorization": f"Bearer {TOKEN}",
                                "Content-Type": "application/json"})


def _contract(lat: float = 36.73) -> dict[str, Any]:
    b = Builder("Fighters attacked a convoy near Kunduz on Friday.")
    p = b.place("Kunduz", "Kunduz", "city", "AF", lat, 68.86)
    b.event("ASSAULT", "attacked", place=p)
    return b.build("Convoy attacked", "Upload Desk", "2024-04-05", "upload.txt").to_dict()


def _with(path: str, value: Any) -> dict[str, Any]:
    """The contract document with one field (``places.0.lat``) replaced."""
    doc = _contract()
    *parents, last = path.split(".")
    node: Any = doc
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    node[int(last) if isinstance(node, list) else last] = value
    return doc


HUGE = "9" * 5001
HOSTILE_BODIES = {
    "huge integer title": '{"text": "Quiet day in Herat.", "title": ' + HUGE + "}",
    "huge integer in a contract": json.dumps(_with("places.0.start", 123456789)
                                             ).replace("123456789", HUGE),
    "deep nesting": "[" * 100_000 + "]" * 100_000,
    "deep nesting in a field": '{"text": "x", "title": ' + "[" * 50_000 + "]" * 50_000 + "}",
    "NaN latitude": json.dumps(_contract()).replace("36.73", "NaN"),
    "Infinity longitude": json.dumps(_contract()).replace("68.86", "-Infinity"),
    "overflowing latitude": json.dumps(_contract()).replace("36.73", "1e999"),
    "authors a number": json.dumps(_with("meta.authors", 5)),
    "latitude a string": json.dumps(_with("places.0.lat", "north")),
    "offset a string": json.dumps(_with("places.0.start", "x")),
    "offset beyond 64 bits": json.dumps(_with("places.0.start", 10 ** 30)),
    "places an object": json.dumps(_with("places", {"a": 1})),
    "place a number": json.dumps(_with("places.0", 5)),
    "event trigger a string": json.dumps(_with("events.0.trigger", "attacked")),
    "confidence a bool": json.dumps(_with("places.0.confidence", True)),
    "stages a list": json.dumps(_with("stages", [1, 2])),
    "meta a list": json.dumps(_with("meta", [1])),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_BODIES))
def test_hostile_upload_bodies_answer_4xx_and_store_nothing(uploads: TestClient, store: Store,
                                                            name: str) -> None:
    before = store.stats()["documents"]
    resp = _raw(uploads, HOSTILE_BODIES[name])
    assert 400 <= resp.status_code < 500, (resp.status_code, resp.text[:300])
    body = resp.json()
    assert body["ok"] is False and body["error"]
    assert store.stats()["documents"] == before


def test_good_contract_upload_still_stored(uploads: TestClient) -> None:
    resp = _raw(uploads, json.dumps(_contract()))
    assert resp.status_code == 201, resp.text


def test_store_refuses_non_finite_coordinates(store: Store) -> None:
    from eventwire.errors import StoreError
    from eventwire.model import document_from_dict

    doc = document_from_dict(_contract(lat=math.nan))
    with pytest.raises(StoreError, match="lat"):
        store.save([doc])
    assert not store.has(doc.id)


def test_a_stored_nan_latitude_never_breaks_a_page(tmp_path: Path) -> None:
    """A database written before the checks may hold NaN: every page still answers."""
    db = tmp_path / "nan.db"
    store = open_store(f"sqlite:///{db}")
    doc = idlib()
    store.save([doc])
    store.close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE documents SET data = replace(replace(data, '\"lat\":35.93', "
                     "'\"lat\":NaN'), '\"lon\":37.046', '\"lon\":Infinity')")
        assert "NaN" in conn.execute("SELECT data FROM documents").fetchone()[0]
    store = open_store(f"sqlite:///{db}")
    try:
        with TestClient(create_app(store), raise_server_exceptions=False) as client:
            api = client.get(f"/api/documents/{doc.id}")
            assert api.status_code == 200, api.text[:300]
            lats = [p["lat"] for p in api.json()["places"]]
            assert None in lats and all(x is None or math.isfinite(x) for x in lats)
            for path in (f"/articles/{doc.id}", f"/articles/{doc.id}.json", "/map", "/timeline",
                         "/events", "/api/events", "/api/places", "/events.geojson"):
                resp = client.get(path, follow_redirects=True)
                assert resp.status_code == 200, (path, resp.text[:300])
    finally:
        store.close()


# --- NUL bytes ---------------------------------------------------------------------------

NUL_URLS = ["/api/documents?q=a%00b", "/api/documents?source=%00", "/api/search?q=%00x",
            "/articles?q=Idlib%00", "/articles?source=x%00", "/api/places?name=%00Idlib",
            "/api/events?type=%00", "/events?certainty=%00", "/map?country=%00",
            "/api/documents?q=ok&unknown=%00"]


@pytest.fixture
def pg_store() -> Iterator[Store]:
    base = postgres_url()
    engine = _pg_engine_or_skip(base)
    schema = f"ew_hostile_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    store = open_store(f"{base}{'&' if '?' in base else '?'}schema={schema}")
    store.save([idlib()])
    yield store
    store.close()
    with engine.begin() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres",
                                                            marks=pytest.mark.postgres)])
def test_nul_in_a_parameter_answers_422(backend: str, request: pytest.FixtureRequest) -> None:
    store: Store = request.getfixturevalue("store" if backend == "sqlite" else "pg_store")
    with TestClient(create_app(store), raise_server_exceptions=False) as client:
        for url in NUL_URLS:
            resp = client.get(url)
            assert resp.status_code == 422, (url, resp.status_code, resp.text[:200])
            assert "NUL" in resp.json()["error"]
        assert client.get("/api/documents?q=Idlib").status_code == 200


# --- Host header ---------------------------------------------------------------------------

runner = CliRunner()


def _served_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *args: str) -> Any:
    calls: dict[str, Any] = {}
    monkeypatch.setattr("uvicorn.run", lambda asgi, **kw: calls.update(kw, app=asgi))
    monkeypatch.delenv("EVENTWIRE_TOKEN", raising=False)
    result = runner.invoke(cli_app, ["serve", "--db", f"sqlite:///{tmp_path}/h.db", *args])
    assert result.exit_code == 0, result.output
    return calls["app"]


@pytest.mark.parametrize("host,status", [
    ("127.0.0.1:8000", 200), ("localhost:8000", 200), ("[::1]:8000", 200), ("localhost", 200),
    ("LOCALHOST:8000", 200), ("evil.example", 400), ("evil.example:8000", 400),
    ("127.0.0.1.evil.example", 400), ("", 400)])
def test_serve_rejects_unknown_host_headers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                           host: str, status: int) -> None:
    app = _served_app(monkeypatch, tmp_path)
    with TestClient(app, raise_server_exceptions=False) as client:
        resp = client.get("/api/stats", headers={"Host": host})
    assert resp.status_code == status, resp.text[:200]
    if status == 400:
        assert "Host" in resp.json()["error"]


def test_serve_allowed_host_option_replaces_the_default(monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    app = _served_app(monkeypatch, tmp_path, "--allowed-host", "news.example.org",
                      "--allowed-host", "*.internal.example")
    with TestClient(app, raise_server_exceptions=False) as client:
        assert client.get("/api/stats", headers={"Host": "news.example.org"}).status_code == 200
        assert client.get("/api/stats", headers={"Host": "a.internal.example:80"}
                          ).status_code == 200
        assert client.get("/api/stats", headers={"Host": "127.0.0.1:8000"}).status_code == 400


def test_serve_workers_keep_the_allowed_hosts(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    from eventwire.web.app import SETTINGS_ENV, app_from_environment

    monkeypatch.setenv(SETTINGS_ENV, "{}")
    assert _served_app(monkeypatch, tmp_path, "--workers", "2") == \
        "eventwire.web.app:app_from_environment"
    worker = app_from_environment()
    try:
        with TestClient(worker, raise_server_exceptions=False) as client:
            assert client.get("/api/stats", headers={"Host": "evil.example"}).status_code == 400
            assert client.get("/api/stats", headers={"Host": "localhost"}).status_code == 200
    finally:
        worker.state.store.close()


# --- store errors in serve's log -------------------------------------------------------------

def test_store_errors_reach_the_serve_log(tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    build_demo_store(db).close()
    proc, base = start_serve(f"sqlite:///{db}")
    try:
        with sqlite3.connect(db) as conn:
            conn.execute("DROP TABLE events")
        assert httpx.get(f"{base}/api/events", timeout=10).status_code == 500
    finally:
        err = stop(proc)
    assert "/api/events" in err and "events" in err, err[-2000:]
