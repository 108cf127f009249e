"""Reading event rows with their review state: the values a reviewer sees and changes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from eventwire.model import Document
from eventwire.review.fields import COLUMN_FIELDS, EDITABLE, EXTRA_FIELDS, loads
from eventwire.review.sqlstore import sql_store
from eventwire.store import schema
from eventwire.store.base import Store

E = schema.events
_CONTEXT = ("mode", "trigger", "trigger_start", "trigger_end", "sentence", "sentence_start",
            "sentence_end", "confidence", "published", "title", "url", "date_start",
            "source", "source_kind")
_REVIEW = ("review_status", "reviewer", "reviewed_at", "version", "review_reason",
           "review_edits", "review_flag")
COLUMNS = tuple(E.c[n] for n in ("document_id", "event_id", *COLUMN_FIELDS, *_CONTEXT, *_REVIEW))


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """One event row as the reviewer sees it: current values, context and review state."""

    document_id: str
    event_id: str
    values: dict[str, Any]
    status: str
    reviewer: str | None
    reviewed_at: str | None
    version: int
    reason: str | None
    flag: str | None
    context: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str]:
        return self.document_id, self.event_id

    def snapshot(self) -> dict[str, Any]:
        """What the audit log records: status, reviewer, reason and every editable value."""
        return {"review_status": self.status, "reviewer": self.reviewer,
                "review_reason": self.reason, **self.values}


def machine_extras(doc: Document | None, event_id: str) -> dict[str, Any]:
    """The values the extractor gave for the fields without a column (ACLED type, counts)."""
    out: dict[str, Any] = dict.fromkeys(EXTRA_FIELDS)
    event = next((e for e in doc.events if e.id == event_id), None) if doc else None
    if event is None:
        return out
    if event.acled is not None:
        out["acled_event_type"] = event.acled.event_type
        out["acled_sub_event_type"] = event.acled.sub_event_type
    if event.fatalities is not None:
        out["fatalities"] = event.fatalities.best
    if event.injured is not None:
        out["injured"] = event.injured.best
    return out


def row_from(data: Mapping[Any, Any], doc: Document | None = None) -> ReviewRow:
    """A ReviewRow from an ``events`` row; ``doc`` supplies the machine's extra values."""
    values = {n: data[n] for n in COLUMN_FIELDS}
    values.update(machine_extras(doc, data["event_id"]))
    values.update({k: v for k, v in loads(data["review_edits"]).items() if k in EDITABLE})
    return ReviewRow(document_id=data["document_id"], event_id=data["event_id"], values=values,
                     status=data["review_status"], reviewer=data["reviewer"],
                     reviewed_at=data["reviewed_at"], version=int(data["version"]),
                     reason=data["review_reason"], flag=data["review_flag"],
                     context={n: data[n] for n in _CONTEXT})


def fetch(conn: Connection, document_id: str, event_id: str) -> Mapping[Any, Any] | None:
    """The raw ``events`` row (review columns included), or None."""
    return conn.execute(select(*COLUMNS).where(E.c.document_id == document_id,
                                               E.c.event_id == event_id)).mappings().first()


def get_row(store: Store, document_id: str, event_id: str,
            doc: Document | None = None) -> ReviewRow | None:
    """One row with its review state, or None when no such row exists."""
    with sql_store(store).engine.connect() as conn:
        data = fetch(conn, document_id, event_id)
    if data is None:
        return None
    return row_from(data, doc if doc is not None else store.get(document_id))


def document_rows(store: Store, document_id: str) -> list[ReviewRow]:
    """Every row of one document (rejected ones included), in event order."""
    doc = store.get(document_id)
    with sql_store(store).engine.connect() as conn:
        data = conn.execute(select(*COLUMNS).where(E.c.document_id == document_id)
                            .order_by(E.c.trigger_start, E.c.event_id)).mappings().all()
    return [row_from(d, doc) for d in data]
