"""The review queue: which rows await a decision, in the order the reviewer chose."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, select

from eventwire.review.fields import loads
from eventwire.review.sqlstore import sql_store
from eventwire.store import schema
from eventwire.store.base import Store

E = schema.events
ORDERS: dict[str, str] = {"confidence": "low confidence first",
                          "fatalities": "high fatalities first", "newest": "newest first"}
FILTERS: dict[str, str] = {"machine": "awaiting review", "flagged": "flagged by re-extraction",
                           "reviewed": "reviewed", "rejected": "rejected", "all": "all rows"}
#: The most rows one queue lists (a larger backlog is worked through in turns).
QUEUE_CAP = 5000
Key = tuple[str, str]


def _condition(status: str) -> ColumnElement[bool] | None:
    if status == "machine":
        return E.c.review_status == "machine"
    if status == "flagged":
        return E.c.review_flag.is_not(None)
    if status == "reviewed":
        return E.c.review_status.in_(("accepted", "edited"))
    if status == "rejected":
        return E.c.review_status == "rejected"
    return None


def _fatalities(store: Store, rows: Sequence[Any]) -> dict[Key, float]:
    """Each row's fatality count: the reviewer's, else the extractor's (from the document)."""
    out: dict[Key, float] = {}
    docs: dict[str, dict[str, Any]] = {}
    for r in rows:
        edited = loads(r.review_edits).get("fatalities")
        if edited is not None:
            out[(r.document_id, r.event_id)] = float(edited)
            continue
        if r.document_id not in docs:
            doc = store.get(r.document_id)
            docs[r.document_id] = {e.id: e.fatalities for e in doc.events} if doc else {}
        count = docs[r.document_id].get(r.event_id)
        if count is not None:
            out[(r.document_id, r.event_id)] = float(count.best)
    return out


def queue_keys(store: Store, order: str = "confidence", status: str = "machine") -> list[Key]:
    """The (document id, event id) of every row in the queue, in ``order``."""
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}: use one of {', '.join(ORDERS)}")
    if status not in FILTERS:
        raise ValueError(f"unknown queue {status!r}: use one of {', '.join(FILTERS)}")
    cond = _condition(status)
    stmt = select(E.c.document_id, E.c.event_id, E.c.confidence, E.c.date_start,
                  E.c.trigger_start, E.c.review_edits)
    if cond is not None:
        stmt = stmt.where(cond)
    if order == "confidence":
        stmt = stmt.order_by(E.c.confidence, E.c.document_id, E.c.trigger_start, E.c.event_id)
    else:
        stmt = stmt.order_by(sql_store(store).newest_first(E.c.date_start), E.c.document_id,
                             E.c.trigger_start, E.c.event_id)
    with sql_store(store).engine.connect() as conn:
        rows = conn.execute(stmt.limit(QUEUE_CAP)).all()
    if order == "fatalities":
        counts = _fatalities(store, rows)
        ranked = sorted(enumerate(rows), key=lambda ir: (
            -counts.get((ir[1].document_id, ir[1].event_id), -1.0), ir[1].confidence, ir[0]))
        rows = [r for _, r in ranked]
    return [(r.document_id, r.event_id) for r in rows]
