"""Review decisions: status, reviewer, version, audit log, rejected rows left out, conflicts."""

from __future__ import annotations

import pytest

from eventwire.model import Document
from eventwire.review import actions
from eventwire.review.audit import history
from eventwire.review.fields import ConflictError, ReviewError
from eventwire.review.rows import document_rows, get_row
from eventwire.store import EventQuery, Store


def ids(store: Store, **kw: object) -> set[str]:
    return {r.event_id for r in store.iter_events(EventQuery(**kw))}  # type: ignore[arg-type]


def test_accept_records_reviewer_version_and_audit(store: Store, docs: list[Document]) -> None:
    doc = docs[0].id
    row = get_row(store, doc, "v1")
    assert row is not None and (row.status, row.version, row.reviewer) == ("machine", 1, None)
    done = actions.accept(store, doc, "v1", user="amina", version=1)
    assert (done.status, done.version, done.reviewer) == ("accepted", 2, "amina")
    again = get_row(store, doc, "v1")
    assert again is not None and (again.status, again.version) == ("accepted", 2)
    [entry] = history(store, doc, "v1")
    assert (entry.user, entry.action, entry.version) == ("amina", "accept", 2)
    assert entry.before["review_status"] == "machine"
    assert entry.after["review_status"] == "accepted"
    exported = {r.event_id: r for r in store.iter_events(EventQuery(document_id=doc))}
    assert (exported["v1"].review_status, exported["v1"].reviewer) == ("accepted", "amina")
    assert exported["v2"].review_status == "machine"


def test_rejected_rows_are_left_out_unless_asked(store: Store, docs: list[Document]) -> None:
    doc = docs[1].id
    with pytest.raises(ReviewError, match="reason"):
        actions.reject(store, doc, "v1", user="amina", version=1, reason="meh")
    actions.reject(store, doc, "v1", user="amina", version=1, reason="not an event",
                   note="a march plan, not a march")
    assert ids(store, document_id=doc) == {"v2"}
    assert ids(store, document_id=doc, include_rejected=True) == {"v1", "v2"}
    page = store.events(EventQuery(document_id=doc))
    assert [r.event_id for r in page.items] == ["v2"] and page.total == 1
    row = get_row(store, doc, "v1")
    assert row is not None and row.reason == "not an event: a march plan, not a march"
    assert [e.reason for e in history(store, doc, "v1")] == [row.reason]


def test_edit_changes_columns_and_extra_fields(store: Store, docs: list[Document]) -> None:
    doc = docs[0].id
    done = actions.edit(store, doc, "v1", user="amina", version=1,
                        changes={"type": "coerce", "fatalities": "14", "earliest": "2024-03-03",
                                 "acled_event_type": "Explosions/Remote violence",
                                 "actor": "<script>alert(1)</script>"})
    assert done.status == "edited" and done.values["type"] == "COERCE"
    row = get_row(store, doc, "v1")
    assert row is not None
    assert (row.values["fatalities"], row.values["acled_event_type"]) == (
        14, "Explosions/Remote violence")
    assert row.values["actor"] == "<script>alert(1)</script>"  # stored as text; pages escape it
    [exported] = [r for r in store.iter_events(EventQuery(document_id=doc)) if r.event_id == "v1"]
    assert (exported.type, exported.earliest, exported.review_status) == (
        "COERCE", "2024-03-03", "edited")
    assert ids(store, since="2024-03-03", until="2024-03-03") == {"v1"}  # date range follows
    [entry] = history(store, doc, "v1")
    assert entry.before["type"] == "ASSAULT" and entry.after["type"] == "COERCE"
    assert entry.before["fatalities"] is None and entry.after["fatalities"] == 14
    with pytest.raises(ReviewError, match="certainty"):
        actions.edit(store, doc, "v1", user="amina", version=2, changes={"certainty": "sure"})
    with pytest.raises(ReviewError, match="use one of AGREE"):
        actions.edit(store, doc, "v1", user="amina", version=2, changes={"type": "BOMBING"})
    with pytest.raises(ReviewError, match="not a date"):
        actions.edit(store, doc, "v1", user="amina", version=2, changes={"earliest": "Monday"})


def test_stale_edit_is_refused_with_the_other_change(store: Store, docs: list[Document]) -> None:
    doc = docs[0].id
    actions.edit(store, doc, "v2", user="amina", version=1, changes={"best": 250})
    with pytest.raises(ConflictError) as caught:
        actions.edit(store, doc, "v2", user="bilal", version=1, changes={"best": 400})
    message = str(caught.value)
    assert "amina" in message and "best: 300.0 -> 250.0" in message and "not saved" in message
    row = get_row(store, doc, "v2")
    assert row is not None and (row.values["best"], row.reviewer, row.version) == (250, "amina", 2)
    assert [e.user for e in history(store, doc, "v2")] == ["amina"]


def test_merge_split_and_add_missed(store: Store, docs: list[Document]) -> None:
    doc = docs[1]
    kept = actions.merge(store, doc.id, ("v1", 1), ("v2", 1), user="amina")
    assert kept.status == "edited" and kept.values["actor"] == "Police"  # filled from v2
    dup = get_row(store, doc.id, "v2")
    assert dup is not None and (dup.status, dup.reason) == ("rejected", "duplicate: of v1")
    part = actions.split(store, doc.id, "v1", user="amina", version=kept.version)
    assert part.event_id == "v1-s1" and part.status == "edited"
    start = doc.text.index("arrested")
    added = actions.add_missed(store, doc.id, start, start + len("arrested"), user="amina",
                               changes={"type": "COERCE", "fatalities": 0})
    assert added.event_id == "r1" and added.context["trigger"] == "arrested"
    assert added.context["sentence"].startswith("Police arrested 45 people")
    assert {r.event_id for r in document_rows(store, doc.id)} == {"v1", "v2", "v1-s1", "r1"}
    assert [e.action for e in history(store, doc.id)] == ["merge", "merge", "split", "add"]
    with pytest.raises(ReviewError, match="type"):
        actions.add_missed(store, doc.id, 0, 5, user="amina", changes={})


def test_counts_by_status(store: Store, docs: list[Document]) -> None:
    actions.accept(store, docs[0].id, "v1", user="a", version=1)
    actions.reject(store, docs[0].id, "v2", user="a", version=1, reason="duplicate")
    counts = actions.count_by_status(store)
    assert counts == {"machine": 3, "accepted": 1, "edited": 0, "rejected": 1, "flagged": 0}
