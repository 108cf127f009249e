"""The JSON API: lists, filters, limits, the error envelope, and the guarded upload."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from eventwire.model import Document
from eventwire.store.base import Store
from eventwire.web.app import WebSettings, create_app
from tests.web.conftest import TOKEN
from tests.web.sample_docs import Builder, idlib

ENVELOPE_KEYS = {"ok", "error", "errors", "status"}


def assert_envelope(resp: Any, status: int) -> dict[str, Any]:
    assert resp.status_code == status
    assert resp.headers["content-type"].startswith("application/json")
    body: dict[str, Any] = resp.json()
    assert set(body) == ENVELOPE_KEYS
    assert body["ok"] is False and body["status"] == status and body["error"]
    return body


def test_api_documents_lists_summaries(client: TestClient) -> None:
    body = client.get("/api/documents").json()
    assert body["ok"] is True and body["total"] == 3 and body["next"] is None
    titles = {d["title"] for d in body["items"]}
    assert "Families flee shelling in Idlib" in titles
    assert {"id", "snippet", "events", "places"} <= set(body["items"][0])


def test_api_documents_filters_by_country_and_source(client: TestClient) -> None:
    body = client.get("/api/documents", params={"country": "ke"}).json()
    assert [d["title"] for d in body["items"]] == ["Tax protest in Nairobi ends in arrests"]
    body = client.get("/api/documents", params={"source": "Test Wire"}).json()
    assert body["total"] == 1


def test_api_document_round_trips_the_contract(client: TestClient) -> None:
    doc = idlib()
    body = client.get(f"/api/documents/{doc.id}").json()
    assert body == json.loads(json.dumps(doc.to_dict()))


def test_api_events_filter_and_page(client: TestClient) -> None:
    body = client.get("/api/events", params={"type": "move"}).json()
    assert body["total"] == 2 and {e["type"] for e in body["items"]} == {"MOVE"}
    first = client.get("/api/events", params={"limit": 2}).json()
    assert first["total"] == 5 and len(first["items"]) == 2
    assert first["next"] == "/api/events?offset=2&limit=2"
    second = client.get(first["next"]).json()
    ids = {(e["document_id"], e["event_id"]) for e in first["items"] + second["items"]}
    assert len(ids) == 4


def test_api_events_certainty_and_source_kind(client: TestClient) -> None:
    body = client.get("/api/events", params={"certainty": "confirmed"}).json()
    assert [e["trigger"] for e in body["items"]] == ["arrested"]
    body = client.get("/api/events", params={"source_kind": "named"}).json()
    assert [e["source"] for e in body["items"]] == ["Layla Haddad"]


def test_api_events_date_range(client: TestClient) -> None:
    body = client.get("/api/events", params={"since": "2024-03-11", "until": "2024-03-31"}).json()
    assert {e["trigger"] for e in body["items"]} == {"marched", "arrested"}


def test_api_incidents_places_search_stats(client: TestClient) -> None:
    assert client.get("/api/incidents").json()["items"][0]["id"] == "i1"
    places = client.get("/api/places", params={"country": "SY"}).json()
    assert places["total"] == 3 and {p["name"] for p in places["items"]} == {"Idlib", "Azaz"}
    hits = client.get("/api/search", params={"q": "Nairobi"}).json()["items"]
    assert hits and "Nairobi" in hits[0]["title"]
    assert client.get("/api/stats").json()["counts"]["documents"] == 3


@pytest.mark.parametrize("url", [
    "/api/events?limit=0", "/api/events?limit=501", "/api/events?offset=-1",
    "/api/events?since=2024-02-30", "/api/events?country=Syria", "/api/events?certainty=sure",
    "/api/documents?q=" + "x" * 201, "/api/search", "/api/places?kind=planet",
])
def test_api_invalid_parameters_get_422_envelope(client: TestClient, url: str) -> None:
    body = assert_envelope(client.get(url), 422)
    assert body["errors"] and body["errors"][0]["loc"][0] == "query"


def test_api_page_size_capped_by_settings(demo_store: Store) -> None:
    client = TestClient(create_app(demo_store, WebSettings(max_page_size=2)))
    body = assert_envelope(client.get("/api/events?limit=3"), 422)
    assert "at most 2" in body["error"]


def test_api_unknown_document_is_404_envelope(client: TestClient) -> None:
    body = assert_envelope(client.get("/api/documents/sha256:nope"), 404)
    assert "sha256:nope" in body["error"]


def test_api_unknown_route_and_method_use_envelope(client: TestClient) -> None:
    assert_envelope(client.get("/api/nothing-here"), 404)
    assert_envelope(client.delete("/api/events"), 405)


def test_api_crash_is_500_envelope_without_details(demo_store: Store) -> None:
    app = create_app(demo_store)

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("secret internals")

    client = TestClient(app, raise_server_exceptions=False)
    body = assert_envelope(client.get("/api/boom"), 500)
    assert "secret" not in body["error"]


def test_api_openapi_lists_endpoints_and_no_cdn_docs(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    for path in ("/api/documents", "/api/documents/{doc_id}", "/api/events", "/api/incidents",
                 "/api/places", "/api/search"):
        assert path in schema["paths"]
    assert not any(p.startswith(("/articles", "/map")) for p in schema["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/docs/assets/swagger-ui-bundle.js" in docs.text
    assert "http://" not in docs.text and "https://" not in docs.text  # no CDN
    asset = client.get("/docs/assets/swagger-ui-bundle.js")
    assert asset.status_code == 200 and len(asset.content) > 100_000
    assert client.get("/docs/assets/index.html").status_code == 404
    assert client.get("/redoc").status_code == 404


def test_api_security_headers(client: TestClient) -> None:
    headers = client.get("/api/documents").headers
    assert "default-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


# --- upload -----------------------------------------------------------------------------

def _contract(text: str = "Fighters attacked a convoy near Kunduz on Friday.") -> dict[str, Any]:
    b = Builder(text)
    p = b.place("Kunduz", "Kunduz", "city", "AF", 36.73, 68.86)
    b.event("ASSAULT", "attacked", place=p)
    doc: Document = b.build("Convoy attacked", "Upload Desk", "2024-04-05", "upload.txt")
    return doc.to_dict()


def _post(client: TestClient, body: Any, token: str | None = TOKEN, **kw: Any) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.post("/api/documents", json=body, headers=headers, **kw)


def test_api_upload_refused_when_read_only(client: TestClient) -> None:
    body = assert_envelope(_post(client, _contract()), 403)
    assert "--allow-ingest" in body["error"]


@pytest.mark.parametrize("token", [None, "wrong-token-0123456789", TOKEN + "x"])
def test_api_upload_needs_matching_bearer_token(ingest_client: TestClient,
                                                token: str | None) -> None:
    resp = _post(ingest_client, _contract(), token=token)
    assert_envelope(resp, 401)
    assert resp.headers["www-authenticate"] == "Bearer"


def test_api_upload_stores_contract_document_once(ingest_client: TestClient) -> None:
    doc = _contract()
    resp = _post(ingest_client, doc)
    assert resp.status_code == 201 and resp.json() == {"ok": True, "id": doc["id"],
                                                       "inserted": True, "events": 1}
    again = _post(ingest_client, doc)
    assert again.status_code == 200 and again.json()["inserted"] is False
    assert ingest_client.get(f"/api/documents/{doc['id']}").json()["text"] == doc["text"]


def test_api_upload_rejects_offsets_that_miss_the_text(ingest_client: TestClient) -> None:
    doc = _contract()
    doc["places"][0]["start"] += 1
    body = assert_envelope(_post(ingest_client, doc), 422)
    assert "p1" in body["error"]


def test_api_upload_size_limit(ingest_client: TestClient) -> None:
    body = assert_envelope(_post(ingest_client, {"text": "x" * 30_000}), 413)
    assert "20000 bytes" in body["error"]


def test_api_upload_rejects_non_json(ingest_client: TestClient) -> None:
    resp = ingest_client.post("/api/documents", content=b"text=hello",
                              headers={"Authorization": f"Bearer {TOKEN}",
                                       "Content-Type": "application/x-www-form-urlencoded"})
    assert_envelope(resp, 415)
    resp = ingest_client.post("/api/documents", content=b"{not json",
                              headers={"Authorization": f"Bearer {TOKEN}",
                                       "Content-Type": "application/json"})
    assert_envelope(resp, 400)
    assert_envelope(_post(ingest_client, ["a", "list"]), 422)
    assert_envelope(_post(ingest_client, {"text": ""}), 422)
    assert_envelope(_post(ingest_client, {"text": "ok", "title": 5}), 422)


def test_api_upload_article_runs_extraction(ingest_client: TestClient,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def fake_extract(text: str, **kw: Any) -> Document:
        seen.update(kw, text=text)
        return idlib().__class__(id="sha256:fake", text=text, meta=idlib().meta)

    monkeypatch.setattr("eventwire.api.extract", fake_extract)
    resp = _post(ingest_client, {"text": "Quiet day in Herat.", "title": "Herat",
                                 "published": "2024-05-01"})
    assert resp.status_code == 201 and resp.json()["id"] == "sha256:fake"
    assert seen == {"text": "Quiet day in Herat.", "title": "Herat", "published": "2024-05-01",
                    "source": None, "path": None}


def test_api_app_has_no_upload_side_effects_when_disabled(demo_store: Store) -> None:
    app: FastAPI = create_app(demo_store, WebSettings(allow_ingest=True, token=None))
    assert_envelope(_post(TestClient(app), _contract()), 403)


def test_api_upload_id_must_be_the_content_hash(ingest_client: TestClient) -> None:
    doc = _contract()
    doc["id"] = '"><script>alert(1)</script>'
    body = assert_envelope(_post(ingest_client, doc), 422)
    assert "content hash" in body["error"]
    del doc["id"]
    resp = _post(ingest_client, doc)
    assert resp.status_code == 201 and resp.json()["id"].startswith("sha256:")


@pytest.mark.slow
def test_api_upload_article_end_to_end_with_the_real_pipeline(ingest_client: TestClient) -> None:
    text = ("Gunmen killed four farmers near Jos on Tuesday, police said. "
            "About 200 residents fled to Bukuru.")
    resp = _post(ingest_client, {"text": text, "title": "Jos attack", "published": "2024-05-02"})
    assert resp.status_code == 201, resp.text
    doc = ingest_client.get(f"/api/documents/{resp.json()['id']}").json()
    assert doc["text"] == text and doc["meta"]["title"] == "Jos attack"
    assert doc["events"] and doc["places"]  # which ones is the stages' business
    page = ingest_client.get(f"/articles/{doc['id']}").text
    assert page.count('class="hl hl-event') >= len(doc["events"])
    assert 'class="hl hl-place' in page
