"""Review decisions on event rows: accept, reject, edit, merge, split, add a missed one.

Every decision names the version of the row it was made on. It is applied only if
the row is still at that version (``UPDATE ... WHERE version = :seen``); otherwise a
``ConflictError`` carries the change made in between. Each change and its audit entry
are one transaction.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from eventwire.review import audit
from eventwire.review.fields import (
    COLUMN_FIELDS,
    EXTRA_FIELDS,
    REJECT_REASONS,
    ConflictError,
    ReviewError,
    clean_value,
    dumps,
    loads,
)
from eventwire.review.rows import ReviewRow, fetch, machine_extras, row_from
from eventwire.review.sqlstore import bump_generation, sql_store
from eventwire.store import schema
from eventwire.store.base import Store
from eventwire.store.records import now_iso

E = schema.events


@dataclass(frozen=True, slots=True)
class Decision:
    """What a reviewer decided for one row (besides who and on which version)."""

    action: str  # accept | reject | edit
    changes: Mapping[str, Any] | None = None
    reason: str | None = None
    note: str | None = None


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float):
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    return bool(a == b)


def _reject_reason(reason: str | None, note: str | None) -> str:
    if reason not in REJECT_REASONS:
        raise ReviewError(f"reject needs a reason: one of {', '.join(REJECT_REASONS)} "
                          f"(got {reason!r}).")
    note = (note or "").strip()[:300]
    return f"{reason}: {note}" if note else reason


def planned(row: ReviewRow, decision: Decision) -> tuple[str, dict[str, Any], str | None]:
    """The status, values and reason a decision gives ``row`` (values unchanged on reject)."""
    values = dict(row.values)
    if decision.action == "reject":
        return "rejected", values, _reject_reason(decision.reason, decision.note)
    if decision.action == "edit":
        for name, value in (decision.changes or {}).items():
            values[name] = clean_value(name, value)
        if any(not _same(values[k], row.values[k]) for k in values):
            return "edited", values, (decision.note or None)
    elif decision.action != "accept":
        raise ReviewError(f"unknown review action {decision.action!r}: use accept, reject or edit.")
    return ("edited" if row.status == "edited" else "accepted"), values, None


def _diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[dict[str, Any],
                                                                         dict[str, Any]]:
    keys = [k for k in after if not _same(before.get(k), after.get(k))]
    keys = ["review_status", *[k for k in keys if k != "review_status"]]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}


def _date_range(values: Mapping[str, Any], published: Any) -> dict[str, Any]:
    early, late = values.get("earliest"), values.get("latest")
    return {"date_start": early or late or published, "date_end": late or early or published}


def _update(conn: Connection, row: ReviewRow, *, user: str, status: str,
            values: Mapping[str, Any], reason: str | None, action: str,
            audit_reason: str | None = None, machine: Mapping[str, Any] | None = None) -> ReviewRow:
    """Write the new state if the row is still at ``row.version``; audit it; return it."""
    changes: dict[str, Any] = {k: values[k] for k in COLUMN_FIELDS
                               if not _same(values[k], row.values[k])}
    if "place_name" in changes:
        changes["place_id"] = None
    if "earliest" in changes or "latest" in changes:
        changes.update(_date_range(values, row.context.get("published")))
    base = machine or {}
    edits = {name: values.get(name) for name in EXTRA_FIELDS
             if not _same(values.get(name), base.get(name))}
    now = now_iso()
    result = conn.execute(
        E.update().where(E.c.document_id == row.document_id, E.c.event_id == row.event_id,
                         E.c.version == row.version)
        .values(**changes, review_status=status, reviewer=user, reviewed_at=now,
                review_reason=reason, review_edits=dumps(edits) if edits else None,
                review_flag=None, version=E.c.version + 1))
    if result.rowcount != 1:
        _raise_conflict(conn, row.document_id, row.event_id, row.version)
    new = ReviewRow(row.document_id, row.event_id, dict(values), status, user, now,
                    row.version + 1, reason, None, row.context)
    before, after = _diff(row.snapshot(), new.snapshot())
    audit.record(conn, user=user, action=action, document_id=row.document_id,
                 event_id=row.event_id, version=new.version, before=before, after=after,
                 reason=audit_reason if audit_reason is not None else reason)
    bump_generation(conn)
    return new


def _raise_conflict(conn: Connection, document_id: str, event_id: str, seen: int) -> None:
    current = conn.execute(select(E.c.version).where(
        E.c.document_id == document_id, E.c.event_id == event_id)).scalar()
    if current is None:
        raise ReviewError(f"row {document_id}/{event_id} does not exist (any more).")
    raise ConflictError(document_id, event_id, seen, int(current),
                        audit.last_change(conn, document_id, event_id, seen))


def _locked_row(conn: Connection, document_id: str, event_id: str,
                version: int, machine: Mapping[str, Any]) -> ReviewRow:
    data = fetch(conn, document_id, event_id)
    if data is None:
        raise ReviewError(f"no event row {document_id}/{event_id}.")
    row = row_from(data)
    row.values.update({k: v for k, v in machine.items() if k not in loads(data["review_edits"])})
    if row.version != version:
        _raise_conflict(conn, document_id, event_id, version)
    return row


def _machine(store: Store, document_id: str, event_id: str) -> dict[str, Any]:
    return machine_extras(store.get(document_id), event_id)


def decide(store: Store, document_id: str, event_id: str, *, user: str, version: int,
           decision: Decision) -> ReviewRow:
    """Apply one decision made on ``version`` of the row; ConflictError if it moved on."""
    sql = sql_store(store)
    machine = _machine(store, document_id, event_id)

    def work(conn: Connection) -> ReviewRow:
        row = _locked_row(conn, document_id, event_id, version, machine)
        status, values, reason = planned(row, decision)
        return _update(conn, row, user=user, status=status, values=values, reason=reason,
                       action=decision.action, machine=machine)

    return sql.run_write(work)


def accept(store: Store, document_id: str, event_id: str, *, user: str,
           version: int) -> ReviewRow:
    return decide(store, document_id, event_id, user=user, version=version,
                  decision=Decision("accept"))


def reject(store: Store, document_id: str, event_id: str, *, user: str, version: int,
           reason: str, note: str | None = None) -> ReviewRow:
    return decide(store, document_id, event_id, user=user, version=version,
                  decision=Decision("reject", reason=reason, note=note))


def edit(store: Store, document_id: str, event_id: str, *, user: str, version: int,
         changes: Mapping[str, Any], note: str | None = None) -> ReviewRow:
    return decide(store, document_id, event_id, user=user, version=version,
                  decision=Decision("edit", changes=changes, note=note))


def merge(store: Store, document_id: str, keep: tuple[str, int], duplicate: tuple[str, int],
          *, user: str) -> ReviewRow:
    """Merge ``duplicate`` into ``keep`` (event id, version seen): the kept row takes the
    values it lacks from the duplicate; the duplicate is rejected as a duplicate of it."""
    if keep[0] == duplicate[0]:
        raise ReviewError("merge needs two different rows.")
    sql = sql_store(store)
    doc = store.get(document_id)
    machines = {e: machine_extras(doc, e) for e in (keep[0], duplicate[0])}

    def work(conn: Connection) -> ReviewRow:
        kept = _locked_row(conn, document_id, keep[0], keep[1], machines[keep[0]])
        dup = _locked_row(conn, document_id, duplicate[0], duplicate[1],
                          machines[duplicate[0]])
        values = dict(kept.values)
        for name, value in dup.values.items():
            if values.get(name) is None and value is not None:
                values[name] = value
        changed = any(not _same(values[k], kept.values[k]) for k in values)
        status = "edited" if changed or kept.status == "edited" else "accepted"
        why = f"merged {duplicate[0]} into {keep[0]}"
        _update(conn, dup, user=user, status="rejected", values=dup.values,
                reason=f"duplicate: of {keep[0]}", action="merge", audit_reason=why,
                machine=machines[duplicate[0]])
        return _update(conn, kept, user=user, status=status, values=values, reason=None,
                       action="merge", audit_reason=why, machine=machines[keep[0]])

    return sql.run_write(work)


def _free_id(conn: Connection, document_id: str, stem: str) -> str:
    taken = set(conn.execute(select(E.c.event_id).where(E.c.document_id == document_id))
                .scalars())
    n = 1
    while f"{stem}{n}" in taken:
        n += 1
    return f"{stem}{n}"


def _insert(conn: Connection, data: dict[str, Any], *, user: str, values: Mapping[str, Any],
            action: str, reason: str) -> ReviewRow:
    extras = {k: values.get(k) for k in EXTRA_FIELDS if values.get(k) is not None}
    data.update({k: values.get(k) for k in COLUMN_FIELDS})
    data.update(_date_range(values, data.get("published")))
    now = now_iso()
    data.update(review_status="edited", reviewer=user, reviewed_at=now, version=1,
                review_reason=None, review_edits=dumps(extras) if extras else None,
                review_flag=None)
    conn.execute(E.insert().values(**data))
    new = row_from(fetch(conn, data["document_id"], data["event_id"]) or {})
    audit.record(conn, user=user, action=action, document_id=new.document_id,
                 event_id=new.event_id, version=1, before=None, after=new.snapshot(),
                 reason=reason)
    bump_generation(conn)
    return new


def split(store: Store, document_id: str, event_id: str, *, user: str,
          version: int) -> ReviewRow:
    """Split a row that tells two happenings: a copy becomes a new row, edited by the user."""
    sql = sql_store(store)
    machine = _machine(store, document_id, event_id)

    def work(conn: Connection) -> ReviewRow:
        row = _locked_row(conn, document_id, event_id, version, machine)
        data = dict(conn.execute(select(E).where(E.c.document_id == document_id,
                                                 E.c.event_id == event_id)).mappings().one())
        data["event_id"] = _free_id(conn, document_id, f"{event_id}-s")
        return _insert(conn, data, user=user, values=row.values, action="split",
                       reason=f"split from {event_id}")

    return sql.run_write(work)


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    s = left + 1 if left >= 0 else 0
    while s < start and text[s].isspace():
        s += 1
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    e = min(ends) + 1 if ends else len(text)
    return s, min(e, len(text))


def add_missed(store: Store, document_id: str, start: int, end: int, *, user: str,
               changes: Mapping[str, Any]) -> ReviewRow:
    """A happening the extractor missed, from the words ``start:end`` of the article."""
    doc = store.get(document_id)
    if doc is None:
        raise ReviewError(f"no document {document_id}.")
    if not (0 <= start < end <= len(doc.text)) or end - start > 300:
        raise ReviewError(f"words {start}:{end} are not a selection of at most 300 characters "
                          f"of document {document_id} ({len(doc.text)} characters).")
    values: dict[str, Any] = dict.fromkeys((*COLUMN_FIELDS, *EXTRA_FIELDS))
    values["certainty"] = "asserted"
    for name, value in changes.items():
        values[name] = clean_value(name, value)
    if not values.get("type"):
        raise ReviewError("a new row needs its type (e.g. ASSAULT).")
    s, e = _sentence_span(doc.text, start, end)
    sql = sql_store(store)

    def work(conn: Connection) -> ReviewRow:
        data = {"document_id": document_id, "event_id": _free_id(conn, document_id, "r"),
                "mode": None, "trigger": doc.text[start:end], "trigger_start": start,
                "trigger_end": end, "sentence_start": s, "sentence_end": e,
                "sentence": doc.text[s:e], "source_kind": "reporter", "confidence": 1.0,
                "url": doc.meta.url or doc.meta.path, "published": doc.meta.published,
                "title": doc.meta.title}
        return _insert(conn, data, user=user, values=values, action="add",
                       reason="added by a reviewer")

    return sql.run_write(work)


def count_by_status(store: Store) -> dict[str, int]:
    """How many rows have each review status (and how many are flagged)."""
    with sql_store(store).engine.connect() as conn:
        rows = conn.execute(select(E.c.review_status, func.count()).group_by(
            E.c.review_status)).all()
        flagged = conn.execute(select(func.count()).select_from(E).where(
            E.c.review_flag.is_not(None))).scalar_one()
    out = {s: 0 for s in ("machine", "accepted", "edited", "rejected")}
    out.update({str(s): int(n) for s, n in rows})
    out["flagged"] = int(flagged)
    return out


__all__ = ["Decision", "accept", "add_missed", "count_by_status", "decide", "edit", "merge",
           "reject", "split"]
