"""Storing a newer extraction of an article without overwriting what people reviewed.

Machine rows (never reviewed) are replaced by the new output. A reviewed row is kept as
it is; when the new output disagrees with the human decision (an accepted or edited row
now coded differently or no longer found; a rejected row proposed again), the row gets
a ``review_flag`` saying how, and an audit entry, but no value changes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from eventwire.model import Document
from eventwire.review import audit
from eventwire.review.rows import COLUMNS
from eventwire.review.sqlstore import bump_generation, sql_store
from eventwire.store import records, schema
from eventwire.store.base import Store

E, D = schema.events, schema.documents
#: Fields whose disagreement flags a reviewed row.
COMPARED = ("type", "actor", "target", "place_name", "country", "earliest", "latest", "best",
            "certainty")
MACHINE_USER = "eventwire (re-extraction)"


@dataclass(slots=True)
class ReextractReport:
    """What storing a new extraction did."""

    document_id: str
    new_document: bool = False
    machine_rows: int = 0
    kept_reviewed: int = 0
    flagged: list[tuple[str, str]] = field(default_factory=list)  # (event id, flag)


def _differs(a: Any, b: Any) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float):
        return not math.isclose(float(a), float(b), rel_tol=1e-6)
    return bool(a != b)


def disagreement(reviewed: Mapping[str, Any], new: Mapping[str, Any] | None) -> str | None:
    """How the new machine row disagrees with the human decision on ``reviewed``, or None."""
    status = reviewed["review_status"]
    if new is None:
        return None if status == "rejected" else "the new extraction no longer finds this row"
    if status == "rejected":
        return f"the new extraction proposes this row again (rejected: {reviewed['review_reason']})"
    diffs = [f"{k} {new.get(k)!r} (reviewed: {reviewed.get(k)!r})" for k in COMPARED
             if _differs(new.get(k), reviewed.get(k))]
    return "the new extraction says " + "; ".join(diffs) if diffs else None


def _match(reviewed: Mapping[str, Any], candidates: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The new row telling the same happening: same trigger words, else same sentence and type."""
    for key in (("trigger_start", "trigger_end"), ("sentence_start", "sentence_end", "type")):
        for cand in candidates:
            if all(cand.get(k) == reviewed.get(k) for k in key):
                return cand
    return None


def store_reextracted(store: Store, doc: Document) -> ReextractReport:
    """Store ``doc`` (a new extraction of a stored article) keeping every reviewed row."""
    report = ReextractReport(doc.id)
    if not store.has(doc.id):
        store.save([doc])
        report.new_document, report.machine_rows = True, len(doc.events)
        return report
    head, layers = records.document_rows(doc)
    new_rows = layers.pop("events")

    def work(conn: Connection) -> ReextractReport:
        conn.execute(D.update().where(D.c.id == doc.id)
                     .values(**{k: v for k, v in head.items() if k != "id"}))
        for name, rows in layers.items():
            table = schema.metadata.tables[name]
            conn.execute(table.delete().where(table.c.document_id == doc.id))
            if rows:
                conn.execute(table.insert(), rows)
        reviewed = [dict(r) for r in conn.execute(select(*COLUMNS).where(
            E.c.document_id == doc.id, E.c.review_status != "machine")).mappings()]
        conn.execute(E.delete().where(E.c.document_id == doc.id,
                                      E.c.review_status == "machine"))
        pending = list(new_rows)
        for row in reviewed:
            match = _match(row, pending)
            if match is not None:
                pending.remove(match)
            _flag(conn, row, disagreement(row, match), report)
        kept = {r["event_id"] for r in reviewed}
        for row in pending:
            stem, n = row["event_id"], 1
            while row["event_id"] in kept:
                row["event_id"], n = f"{stem}-x{n}", n + 1
            kept.add(row["event_id"])
        if pending:
            conn.execute(E.insert(), pending)
        report.machine_rows, report.kept_reviewed = len(pending), len(reviewed)
        bump_generation(conn)
        return report

    return sql_store(store).run_write(work)


def _flag(conn: Connection, row: Mapping[str, Any], flag: str | None,
          report: ReextractReport) -> None:
    if flag == row["review_flag"]:
        return
    conn.execute(E.update().where(E.c.document_id == row["document_id"],
                                  E.c.event_id == row["event_id"]).values(review_flag=flag))
    audit.record(conn, user=MACHINE_USER, action="flag" if flag else "unflag",
                 document_id=row["document_id"], event_id=row["event_id"],
                 version=int(row["version"]), before={"review_flag": row["review_flag"]},
                 after={"review_flag": flag}, reason=flag)
    if flag:
        report.flagged.append((row["event_id"], flag))
