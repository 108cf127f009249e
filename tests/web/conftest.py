"""Fixtures for the web tests: a SQLite store holding the hand-made sample documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.rows import Incident
from eventwire.store.base import Store, open_store
from eventwire.web.app import WebSettings, create_app
from tests.web.sample_docs import sample_documents

TOKEN = "test-token-0123456789abcdef"


def build_demo_store(path: Path) -> Store:
    """A SQLite store at ``path`` with the sample documents and one incident."""
    store = open_store(f"sqlite:///{path}")
    docs = sample_documents()
    store.save(docs)
    store.save_incidents([Incident(
        id="i1", type="MOVE", country="SY", admin1="Aleppo", lat=36.586, lon=37.046,
        earliest="2024-03-09", latest="2024-03-10", low=270, best=300, high=330,
        num_sources=1, num_documents=1, events=((docs[0].id, "v2"),))])
    return store


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[Store]:
    store = build_demo_store(tmp_path / "demo.db")
    yield store
    store.close()


@pytest.fixture
def client(demo_store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(demo_store)) as c:
        yield c


@pytest.fixture
def ingest_client(demo_store: Store) -> Iterator[TestClient]:
    settings = WebSettings(allow_ingest=True, token=TOKEN, max_upload_bytes=20_000)
    with TestClient(create_app(demo_store, settings)) as c:
        yield c
