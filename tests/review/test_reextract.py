"""Re-extracting an article never overwrites a reviewed row; disagreements are flagged."""

from __future__ import annotations

import dataclasses

from eventwire.model import Document
from eventwire.review import actions
from eventwire.review.audit import history
from eventwire.review.reextract import MACHINE_USER, store_reextracted
from eventwire.review.rows import document_rows
from eventwire.store import EventQuery, Store


def retyped(doc: Document, changes: dict[str, str]) -> Document:
    """The same article as a newer model might code it: some event types changed."""
    events = tuple(dataclasses.replace(e, type=changes.get(e.id, e.type)) for e in doc.events)
    return dataclasses.replace(doc, events=events)


def test_reextraction_keeps_reviewed_rows_and_flags_disagreement(
        store: Store, docs: list[Document]) -> None:
    idlib, nairobi = docs[0], docs[1]
    actions.edit(store, idlib.id, "v1", user="amina", version=1, changes={"type": "COERCE"})
    actions.accept(store, idlib.id, "v2", user="amina", version=1)
    actions.reject(store, nairobi.id, "v1", user="amina", version=1, reason="not an event")
    actions.accept(store, nairobi.id, "v2", user="amina", version=1)

    # The new model codes idlib v1 as ASSAULT again (disagrees with the edit), keeps v2 as it
    # was (agrees), still proposes nairobi v1 (rejected) and no longer finds nairobi v2.
    report = store_reextracted(store, retyped(idlib, {}))
    assert report.kept_reviewed == 2 and report.machine_rows == 0
    assert [e for e, _ in report.flagged] == ["v1"]
    rows = {r.event_id: r for r in document_rows(store, idlib.id)}
    assert (rows["v1"].status, rows["v1"].values["type"]) == ("edited", "COERCE")
    assert "type 'ASSAULT' (reviewed: 'COERCE')" in (rows["v1"].flag or "")
    assert (rows["v2"].status, rows["v2"].flag) == ("accepted", None)

    gone = dataclasses.replace(nairobi, events=nairobi.events[:1])
    report = store_reextracted(store, gone)
    rows = {r.event_id: r for r in document_rows(store, nairobi.id)}
    assert rows["v1"].status == "rejected" and "proposes this row again" in (rows["v1"].flag or "")
    assert rows["v2"].status == "accepted" and "no longer finds" in (rows["v2"].flag or "")
    flags = [e for e in history(store, nairobi.id) if e.user == MACHINE_USER]
    assert {e.event_id for e in flags} == {"v1", "v2"} and all(e.action == "flag" for e in flags)
    # Exports still leave the rejected row out, keep the reviewed values.
    assert {r.event_id for r in store.iter_events(EventQuery(document_id=nairobi.id))} == {"v2"}


def test_reextraction_replaces_machine_rows_and_renames_clashing_ids(
        store: Store, docs: list[Document]) -> None:
    lampedusa = docs[2]
    actions.accept(store, lampedusa.id, "v1", user="amina", version=1)
    moved = dataclasses.replace(lampedusa.events[0], id="v1", type="ASSAULT",
                                trigger=dataclasses.replace(lampedusa.events[0].trigger,
                                                            start=0, end=6, text="Dozens"))
    # The first matches the reviewed row (same trigger); the second, also called v1, is new.
    newer = dataclasses.replace(lampedusa, events=(lampedusa.events[0], moved))
    report = store_reextracted(store, newer)
    assert report.machine_rows == 1 and report.flagged == []
    rows = {r.event_id: r for r in document_rows(store, lampedusa.id)}
    assert set(rows) == {"v1", "v1-x1"}
    assert rows["v1"].status == "accepted" and rows["v1-x1"].values["type"] == "ASSAULT"
    again = store_reextracted(store, newer)  # idempotent: the same output changes nothing
    assert again.machine_rows == 1 and again.flagged == []
    assert {r.event_id for r in document_rows(store, lampedusa.id)} == {"v1", "v1-x1"}
