"""``/api/events`` leaves rejected rows out unless ``include_rejected=true``, and every row
carries its review_status and reviewer."""

from __future__ import annotations

from fastapi.testclient import TestClient

from eventwire.review import actions
from eventwire.store.base import Store
from tests.web.sample_docs import sample_documents

IDLIB = sample_documents()[0].id


def test_api_events_include_rejected(client: TestClient, demo_store: Store) -> None:
    actions.reject(demo_store, IDLIB, "v2", user="amina", version=1, reason="duplicate")
    actions.accept(demo_store, IDLIB, "v1", user="amina", version=1)

    def rows(query: str) -> dict[str, tuple[str, str | None]]:
        response = client.get(f"/api/events?document_id={IDLIB}{query}")
        assert response.status_code == 200, response.text
        return {r["event_id"]: (r["review_status"], r["reviewer"])
                for r in response.json()["items"]}

    assert rows("") == {"v1": ("accepted", "amina")}
    assert rows("&include_rejected=false") == {"v1": ("accepted", "amina")}
    assert rows("&include_rejected=true") == {"v1": ("accepted", "amina"),
                                              "v2": ("rejected", "amina")}
    assert client.get("/api/events?include_rejected=maybe").status_code in (400, 422)
