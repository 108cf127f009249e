"""Export fixtures: a store holding a few hand-built documents."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from eventwire.store import Store, open_store
from tests.store.factory import make_doc, variant


@pytest.fixture
def filled_store() -> Iterator[Store]:
    """Three documents: Sudan 2024, Chad 2024, and one whose place has no coordinates."""
    unlocated = variant(3, country="ML")
    unlocated = dataclasses.replace(unlocated, places=(dataclasses.replace(
        unlocated.places[0], lat=None, lon=None),))
    store = open_store("sqlite://")
    store.save([make_doc(), variant(2, country="TD", published="2023-06-01"), unlocated])
    yield store
    store.close()
