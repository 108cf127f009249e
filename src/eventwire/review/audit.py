"""The append-only audit log: who changed which row, when, from what to what, and why.

Entries are only ever inserted (there is no update or delete here); each is written in
the same transaction as the change it records, so a row never changes unrecorded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from eventwire.review.fields import dumps, loads
from eventwire.review.sqlstore import sql_store
from eventwire.store import schema
from eventwire.store.base import Store
from eventwire.store.records import now_iso

A = schema.review_audit


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One recorded change."""

    id: int
    at: str
    user: str
    action: str
    document_id: str
    event_id: str
    version: int
    before: dict[str, Any]
    after: dict[str, Any]
    reason: str | None


def record(conn: Connection, *, user: str, action: str, document_id: str, event_id: str,
           version: int, before: Mapping[str, Any] | None, after: Mapping[str, Any] | None,
           reason: str | None = None) -> None:
    """Append one entry (inside the caller's transaction)."""
    conn.execute(A.insert().values(at=now_iso(), user=user, action=action,
                                   document_id=document_id, event_id=event_id, version=version,
                                   before=dumps(before), after=dumps(after), reason=reason))


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(id=row.id, at=row.at, user=row.user, action=row.action,
                      document_id=row.document_id, event_id=row.event_id, version=row.version,
                      before=loads(row.before), after=loads(row.after), reason=row.reason)


def history(store: Store, document_id: str | None = None, event_id: str | None = None,
            *, limit: int = 1000) -> list[AuditEntry]:
    """Entries, oldest first; of one row when ``document_id``/``event_id`` are given."""
    conds = []
    if document_id is not None:
        conds.append(A.c.document_id == document_id)
    if event_id is not None:
        conds.append(A.c.event_id == event_id)
    with sql_store(store).engine.connect() as conn:
        rows = conn.execute(select(A).where(*conds).order_by(A.c.id).limit(limit)).all()
    return [_entry(r) for r in rows]


def last_change(conn: Connection, document_id: str, event_id: str,
                after_version: int) -> dict[str, Any] | None:
    """The latest entry made on a row since ``after_version`` (for conflict messages)."""
    row = conn.execute(select(A).where(A.c.document_id == document_id, A.c.event_id == event_id,
                                       A.c.version > after_version)
                       .order_by(A.c.id.desc()).limit(1)).first()
    if row is None:
        return None
    entry = _entry(row)
    return {"user": entry.user, "at": entry.at, "action": entry.action,
            "before": entry.before, "after": entry.after, "reason": entry.reason}
