"""The Store contract, run against SQLite and PostgreSQL alike."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import func, select

from eventwire.errors import StoreError
from eventwire.model import Entity, content_id
from eventwire.rows import Incident
from eventwire.store import (
    DocumentQuery,
    EventQuery,
    IncidentQuery,
    PlaceQuery,
    SaveResult,
    Store,
    open_store,
    schema,
    sql,
)
from tests.store.factory import TEXT, make_doc, variant


def test_store_save_round_trips_document(store: Store) -> None:
    doc = make_doc()
    assert store.save([doc]) == SaveResult(1, 0)
    back = store.get(doc.id)
    assert back == doc
    assert back is not None and back.to_dict() == doc.to_dict()


def test_store_resave_is_a_no_op(store: Store) -> None:
    doc = make_doc()
    store.save([doc])
    before = store.stats()
    assert store.save([doc, doc]) == SaveResult(0, 2)
    assert store.stats() == before


def test_store_get_missing_returns_none(store: Store) -> None:
    assert store.get("sha256:nothing") is None
    assert not store.has("sha256:nothing")


def test_store_has_and_existing(store: Store) -> None:
    a, b = variant(1), variant(2)
    store.save([a])
    assert store.has(a.id) and not store.has(b.id)
    assert store.existing([a.id, b.id, "x"]) == {a.id}


def test_store_plugin_layer_round_trips_as_contract(store: Store) -> None:
    doc = dataclasses.replace(make_doc(), extras={**make_doc().extras,
                                                  "acme.tags": ({"id": "g1", "tag": "x"},)})
    store.save([doc])
    back = store.get(doc.id)
    assert back is not None and back.to_dict() == doc.to_dict()


def test_store_unicode_text_round_trips(store: Store) -> None:
    text = "Ayşe Öztürk fled Ḥalab — “the shelling”, she said. 🚣 " + TEXT
    doc = make_doc(text, title="Ḥalab")
    store.save([doc])
    assert store.get(doc.id) == doc


def test_store_failed_save_leaves_no_partial_document(store: Store) -> None:
    doc = make_doc()
    bad = dataclasses.replace(doc, entities=doc.entities + (doc.entities[0],))  # duplicate id
    with pytest.raises(StoreError):
        store.save([bad])
    assert not store.has(doc.id)
    assert store.stats()["entities"] == 0
    assert store.save([doc]) == SaveResult(1, 0)


def test_store_batch_is_all_or_nothing_and_the_sink_isolates_the_bad_one(
        store: Store) -> None:
    from eventwire.scale.sinks import StoreSink

    good, other = variant(1), variant(2)
    bad = dataclasses.replace(other, entities=other.entities + (other.entities[0],))
    with pytest.raises(StoreError):
        store.save([good, bad])
    assert not store.has(good.id) and not store.has(other.id)
    result, failures = StoreSink(store).write([good, bad])
    assert result == SaveResult(1, 0) and store.has(good.id) and not store.has(other.id)
    assert len(failures) == 1


def test_store_events_are_flat_rows(store: Store) -> None:
    doc = make_doc()
    store.save([doc])
    (row,) = store.events().items
    assert (row.type, row.actor, row.place_name, row.country, row.lat, row.best) == (
        "COERCE", "Border guards", "Kassala", "SD", 15.45, 40)
    assert row.sentence == doc.text[0:102] and row.url == "https://example.org/a.txt"


def test_store_events_filter_by_country_and_date_range(store: Store) -> None:
    store.save([variant(1, country="SD", published="2024-03-04"),
                variant(2, country="TD", published="2024-03-04"),
                variant(3, country="SD", published="2023-01-01")])
    # variant 3's event keeps the time t1 (2024-03-04): the event date, not the publication
    assert store.events(EventQuery(country="sd")).total == 2
    assert store.events(EventQuery(country="SD", since="2024-03-05")).total == 0
    assert store.events(EventQuery(country="SD", since="2024-03-04", until="2024-03-04")).total == 2
    assert store.events(EventQuery(until="2024-03-03")).total == 0


def test_store_events_filter_type_certainty_source_kind_document(store: Store) -> None:
    a, b = variant(1), variant(2)
    store.save([a, b])
    assert store.events(EventQuery(type="coerce")).total == 2
    assert store.events(EventQuery(type="ASSAULT")).total == 0
    assert store.events(EventQuery(certainty="claimed", source_kind="named")).total == 2
    assert store.events(EventQuery(certainty="confirmed")).total == 0
    assert [r.document_id for r in store.events(EventQuery(document_id=b.id)).items] == [b.id]


def test_store_events_paginate(store: Store) -> None:
    store.save([variant(i) for i in range(5)])
    first = store.events(EventQuery(limit=2))
    second = store.events(EventQuery(limit=2, offset=2))
    assert first.total == 5 and len(first.items) == 2 and first.has_next
    assert {r.document_id for r in first.items}.isdisjoint(r.document_id for r in second.items)


def test_store_events_count_stops_at_the_cap(store: Store,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sql, "EVENT_COUNT_CAP", 3)
    store.save([variant(i) for i in range(5)])
    page = store.events(EventQuery(limit=2))
    assert (page.total, page.exact, page.has_next) == (3, False, True)
    assert store.events(EventQuery(limit=2, type="NOPE")).exact


def test_store_iter_events_streams_every_row(store: Store,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sql, "STREAM_BATCH", 2)
    docs = [variant(i) for i in range(5)]
    store.save(docs)
    assert sorted(r.document_id for r in store.iter_events()) == sorted(d.id for d in docs)
    assert len(list(store.iter_documents())) == 5


def test_store_documents_full_text_and_filters(store: Store) -> None:
    store.save([variant(1, source="Wire A"), variant(2, source="Wire B", published="2023-05-01"),
                make_doc("Floods displaced farmers near Mopti, officials said.", path="m.txt",
                         title="Floods in Mopti")])
    assert store.documents().total == 3
    page = store.documents(DocumentQuery(q="detained"))
    assert page.total == 2 and all("Kassala" in s.title for s in page.items)
    assert store.documents(DocumentQuery(q="flood")).items[0].title == "Floods in Mopti"
    assert store.documents(DocumentQuery(source="Wire B")).total == 1
    assert store.documents(DocumentQuery(since="2024-01-01")).total == 2
    assert store.documents(DocumentQuery(country="SD")).total == 3
    assert store.documents(DocumentQuery(country="FR")).total == 0


def test_store_search_returns_highlighted_snippet(store: Store) -> None:
    doc = make_doc()
    store.save([doc, make_doc("Storms hit the coast of Tartus.", path="s.txt", title="Storms")])
    (hit,) = store.search("detained migrants")
    assert hit.document_id == doc.id and hit.title == doc.meta.title
    assert "**detained**" in hit.snippet


@pytest.mark.parametrize("query", ['"unbalanced', "AND OR NOT", "a:b (c) * ^", "NEAR(x y)",
                                   "   ", "-", "Kassala*"])
def test_store_search_accepts_any_user_input(store: Store, query: str) -> None:
    store.save([make_doc()])
    hits = store.search(query)
    assert isinstance(hits, list)


def test_store_places_filter(store: Store) -> None:
    doc = make_doc()
    store.save([doc, variant(2, country="TD")])
    page = store.places(PlaceQuery(country="SD"))
    assert page.total == 1 and page.items[0].document_id == doc.id
    assert page.items[0].place_id == "p1" and page.items[0].lat == 15.45
    assert store.places(PlaceQuery(name="Kassala")).total == 2


def test_store_incidents_round_trip_and_replace(store: Store) -> None:
    a, b = variant(1), variant(2)
    store.save([a, b])
    inc = Incident("i1", "COERCE", "SD", "Kassala", 15.45, 36.4, "2024-03-04", "2024-03-04",
                   40, 40, 40, 1, 2, ((a.id, "v1"), (b.id, "v1")))
    assert store.save_incidents([inc]) == 1
    assert store.incidents().items == (inc,)
    assert store.incidents(IncidentQuery(country="TD")).total == 0
    assert store.incidents(IncidentQuery(since="2024-03-01", type="coerce")).total == 1
    store.save_incidents([dataclasses.replace(inc, id="i2")])
    assert [i.id for i in store.incidents().items] == ["i2"]
    store.save_incidents([inc], replace=False)
    assert store.stats()["incidents"] == 2


def test_store_record_error_counts_repeats(store: Store) -> None:
    store.record_error("a.txt", "binary file")
    store.record_error("a.txt", "binary file")
    store.record_error("b.txt", "empty")
    errors = {e.path: e for e in store.errors()}
    assert errors["a.txt"].count == 2 and errors["b.txt"].reason == "empty"


def test_store_stats_counts_every_layer(store: Store) -> None:
    store.save([variant(1), variant(2)])
    stats = store.stats()
    for name in ("documents", "entities", "places", "times", "quantities", "quotes", "events"):
        assert stats[name] == 2, name
    assert stats["incidents"] == 0


def test_store_layers_and_stage_versions_are_columns(store: Store) -> None:
    doc = make_doc()
    store.save([doc])
    engine = store.engine  # type: ignore[attr-defined]
    with engine.connect() as conn:
        versions = dict(conn.execute(select(schema.document_stages.c.stage,
                                            schema.document_stages.c.version)).all())
        label = conn.execute(select(schema.entities.c.label)).scalar_one()
        unit = conn.execute(select(schema.quantities.c.unit)).scalar_one()
        speaker = conn.execute(select(schema.quotes.c.speaker)).scalar_one()
        earliest = conn.execute(select(schema.times.c.earliest)).scalar_one()
        n = conn.execute(select(func.count()).select_from(schema.events)).scalar_one()
    assert versions == {"entities": 1, "geoparse": 2, "events": 1}
    assert (label, unit, speaker, earliest, n) == ("PERSON", "person", "Amira Tesfay",
                                                   "2024-03-04", 1)


def test_store_migrations_are_recorded_and_rerunnable(store_url: str) -> None:
    s = open_store(store_url, migrate=False)
    try:
        first = s.migrate()
        assert first == ["0001_create_tables", "0002_full_text_search", "0003_query_indexes",
                         "0004_event_filter_indexes", "0005_store_generation", "0006_review",
                         "0007_acled_counts", "0008_event_indexes_review_status"]
        assert s.migrate() == []
        s.save([make_doc()])
        assert s.migrate(rerun=["0002_full_text_search"]) == ["0002_full_text_search"]
        assert [h.document_id for h in s.search("Kassala")] == [content_id(TEXT)]
        with pytest.raises(StoreError, match="unknown migration"):
            s.migrate(rerun=["9999_nothing"])
    finally:
        s.close()


def test_open_store_rejects_unknown_scheme() -> None:
    with pytest.raises(StoreError, match="Use sqlite:///FILE or postgresql://"):
        open_store("mysql://x/y")


def test_open_store_names_missing_folder(tmp_path: object) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store("sqlite:////nonexistent-folder-ew/x.db")


def test_store_entity_rows_keep_offsets(store: Store) -> None:
    doc = make_doc()
    store.save([doc])
    with store.engine.connect() as conn:  # type: ignore[attr-defined]
        row = conn.execute(select(schema.entities)).mappings().one()
    entity = Entity(**{k: row[k] for k in ("id", "text", "label", "start", "end", "canonical",
                                           "cluster")})
    assert doc.text[entity.start:entity.end] == entity.text


def test_store_generation_changes_with_documents_and_incidents(store: Store) -> None:
    start = store.generation()
    doc = make_doc()
    store.save([doc])
    after_save = store.generation()
    assert after_save != start
    store.save([doc])  # already stored: nothing changed
    assert store.generation() == after_save
    store.save_incidents([])
    assert store.generation() != after_save


def test_sqlite_writer_waits_for_a_lock_instead_of_failing(tmp_path: Path) -> None:
    """Another process holding the write lock for a while: the save waits (busy timeout)."""
    import sqlite3
    import threading
    import time

    url = f"sqlite:///{tmp_path / 'locked.db'}"
    s = open_store(url)
    holder = sqlite3.connect(tmp_path / "locked.db", isolation_level=None,
                             check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO ingest_errors VALUES ('held', 'lock', 1, 'x', 'x')")
    release = threading.Timer(1.5, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        started = time.monotonic()
        assert s.save([make_doc()]).inserted == 1
        assert time.monotonic() - started >= 1.0
        s.record_error("a.txt", "bad")
        assert {e.path for e in s.errors()} == {"held", "a.txt"}
    finally:
        release.join()
        holder.close()
        s.close()
