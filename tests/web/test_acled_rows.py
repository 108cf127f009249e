"""The map data colours stored rows by their ACLED type and sums their fatalities."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from fastapi.testclient import TestClient

from eventwire.model import AcledCode, CountRange
from eventwire.store.base import open_store
from eventwire.web import coding
from eventwire.web.app import create_app
from tests.web.sample_docs import idlib


def test_map_data_returns_the_stored_acled_type_and_deaths(tmp_path: Path) -> None:
    doc = idlib()
    shelling = dataclasses.replace(
        doc.events[0], acled=AcledCode("Political violence", "Explosions/Remote violence",
                                       "Shelling/artillery/missile attack"),
        fatalities=CountRange(12, 12, 20))
    doc = dataclasses.replace(doc, events=(shelling, *doc.events[1:]))
    store = open_store(f"sqlite:///{tmp_path / 'acled.db'}")
    try:
        store.save([doc])
        with TestClient(create_app(store)) as client:
            data = client.get("/map/data.json").json()
    finally:
        store.close()
    assert data["mode"] == "acled"
    labels = [name for name, _ in data["acled"]]
    coded = [p for p in data["points"] if labels[p[4]] == "Explosions/Remote violence"]
    assert [(p[8], p[3]) for p in coded] == [("Idlib", 12)]
    others = [p for p in data["points"] if p not in coded]
    assert others and all(labels[p[4]] == coding.NOT_CODED for p in others)
