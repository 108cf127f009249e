"""Review fixtures: the web tests' sample documents in a store, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from eventwire.model import Document
from eventwire.store import Store, open_store
from tests.store.conftest import pg_url, store_url  # noqa: F401 - fixtures used here
from tests.web.sample_docs import sample_documents


@pytest.fixture
def docs() -> list[Document]:
    return sample_documents()


@pytest.fixture
def store(store_url: str, docs: list[Document]) -> Iterator[Store]:  # noqa: F811
    s = open_store(store_url)
    s.save(docs)
    yield s
    s.close()
