"""The review queue's orders (low confidence, high fatalities, newest) and filters."""

from __future__ import annotations

import pytest

from eventwire.model import Document
from eventwire.review import actions
from eventwire.review.queue import queue_keys
from eventwire.review.rows import get_row
from eventwire.store import Store


def confidence(store: Store, keys: list[tuple[str, str]]) -> list[float]:
    out = []
    for key in keys:
        row = get_row(store, *key)
        assert row is not None
        out.append(row.context["confidence"])
    return out


def test_orders_and_filters(store: Store, docs: list[Document]) -> None:
    everything = queue_keys(store, "confidence", "machine")
    assert len(everything) == 5
    values = confidence(store, everything)
    assert values == sorted(values)
    newest = queue_keys(store, "newest", "machine")
    dates = [get_row(store, *k).context["date_start"] for k in newest]  # type: ignore[union-attr]
    assert dates == sorted(dates, reverse=True)
    idlib, nairobi = docs[0].id, docs[1].id
    actions.edit(store, nairobi, "v2", user="a", version=1, changes={"fatalities": 2})
    actions.edit(store, idlib, "v1", user="a", version=1, changes={"fatalities": 12})
    actions.reject(store, idlib, "v2", user="a", version=1, reason="duplicate")
    assert queue_keys(store, "fatalities", "reviewed") == [(idlib, "v1"), (nairobi, "v2")]
    assert queue_keys(store, "confidence", "rejected") == [(idlib, "v2")]
    assert len(queue_keys(store, "confidence", "machine")) == 2
    assert len(queue_keys(store, "confidence", "all")) == 5
    with pytest.raises(ValueError, match="unknown order"):
        queue_keys(store, "random")
