"""Migration 0006 adds the review columns to an existing events table, keeping its rows."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Column, MetaData, Table, create_engine, inspect, select

from eventwire.review.rows import get_row
from eventwire.store import open_store, schema
from eventwire.store.migrations import MIGRATIONS
from eventwire.store.records import now_iso
from tests.web.sample_docs import sample_documents


def test_old_database_gains_review_columns(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    old = MetaData()
    for table in schema.CORE_TABLES:  # the tables as migration 0001 made them before review
        keep = [c for c in table.columns if c.name not in schema.REVIEW_COLUMNS]
        Table(table.name, old, *(Column(c.name, c.type, primary_key=c.primary_key,
                                        nullable=c.nullable) for c in keep))
    old.create_all(engine)
    schema.migrations_table.create(engine)
    schema.store_state.create(engine)
    with engine.begin() as conn:
        conn.execute(schema.store_state.insert().values(key=schema.GENERATION, value=0))
        for m in MIGRATIONS:  # the tables above already have the later (0007+) columns
            if m.name not in ("0002_full_text_search", "0006_review"):
                conn.execute(schema.migrations_table.insert().values(name=m.name,
                                                                     applied_at=now_iso()))
        conn.execute(old.tables["events"].insert().values(
            document_id="d-old", event_id="e1", type="ASSAULT", trigger="shelled",
            certainty="asserted", source_kind="reporter", sentence="Troops shelled a town.",
            confidence=0.7))
    docs = sample_documents()
    store = open_store(url, migrate=False)
    store.migrate(rerun=())  # applies 0002 (FTS) and 0006
    try:
        columns = {c["name"] for c in inspect(engine).get_columns("events")}
        assert set(schema.REVIEW_COLUMNS) <= columns
        kept = get_row(store, "d-old", "e1")
        assert kept is not None and (kept.status, kept.version, kept.reviewer) == (
            "machine", 1, None)
        store.save(docs)
        row = get_row(store, docs[0].id, "v1")
        assert row is not None and (row.status, row.version) == ("machine", 1)
        with engine.connect() as conn:
            assert conn.execute(select(schema.review_audit)).all() == []
    finally:
        store.close()
        engine.dispose()
