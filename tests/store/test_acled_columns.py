"""Event rows carry the event's ACLED coding and casualty counts (migration 0007)."""

from __future__ import annotations

import dataclasses

from eventwire.model import AcledCode, CountRange, Document
from eventwire.store import EventQuery, Store, open_store, schema, sql
from tests.store.factory import make_doc, variant

ACLED = AcledCode("Political violence", "Violence against civilians",
                  "Abduction/forced disappearance")


def coded_doc(doc: Document | None = None) -> Document:
    """``make_doc()`` with its event ACLED-coded, 2-4 (best 3) killed and 5 injured."""
    doc = doc or make_doc()
    event = dataclasses.replace(doc.events[0], acled=ACLED, fatalities=CountRange(2, 3, 4),
                                injured=CountRange(5, 5, 5))
    return dataclasses.replace(doc, events=(event,))


def test_stored_event_row_carries_acled_type_and_casualties(store: Store) -> None:
    store.save([coded_doc(), variant(1)])
    rows = {r.document_id: r for r in store.events(EventQuery()).items}
    coded = rows[coded_doc().id]
    assert (coded.acled_disorder_type, coded.acled_event_type, coded.acled_sub_event_type) == (
        ACLED.disorder_type, ACLED.event_type, ACLED.sub_event_type)
    assert (coded.fatalities_low, coded.fatalities, coded.fatalities_high, coded.injured) == (
        2, 3, 4, 5)
    plain = rows[variant(1).id]
    assert plain.acled_event_type is None and plain.fatalities is None and plain.injured is None
    only = store.events(EventQuery(acled_type="Violence against civilians")).items
    assert [r.document_id for r in only] == [coded_doc().id]
    assert not store.events(EventQuery(acled_type="Battles")).items


def test_migration_adds_columns_to_an_older_database(store_url: str) -> None:
    """A database from before 0007 gets the columns; its rows stay NULL until re-stored."""
    s = open_store(store_url)
    try:
        assert isinstance(s, sql.SqlStore)
        s.save([coded_doc()])
        with s.engine.begin() as conn:  # back to the 0006 schema
            for column in schema.ACLED_COLUMNS:
                conn.exec_driver_sql(f'ALTER TABLE events DROP COLUMN "{column.name}"')
            conn.execute(schema.migrations_table.delete()
                         .where(schema.migrations_table.c.name == "0007_acled_counts"))
        assert s.migrate() == ["0007_acled_counts"]
        assert s.migrate() == []
        (old,) = s.events(EventQuery()).items
        assert old.acled_event_type is None and old.fatalities is None
        s.save([coded_doc(variant(2))])
        new = [r for r in s.events(EventQuery()).items if r.document_id == variant(2).id]
        assert new[0].acled_event_type == ACLED.event_type and new[0].fatalities == 3
    finally:
        s.close()


def test_coded_rows_export_to_parquet_with_integer_casualties(store: Store) -> None:
    import io

    import pyarrow.parquet as pq

    from eventwire.export import parquet

    store.save([coded_doc()])
    buf = io.BytesIO()
    assert parquet.write(store.iter_events(EventQuery()), buf) == 1
    table = pq.read_table(io.BytesIO(buf.getvalue()))
    assert table.column("acled_event_type").to_pylist() == [ACLED.event_type]
    assert table.column("fatalities").to_pylist() == [3]
