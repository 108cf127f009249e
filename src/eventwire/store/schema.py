"""The relational schema: every layer is a table of queryable columns.

``documents.data`` keeps the full contract JSON (minus ``text``, which has its own
column) so ``Store.get`` round-trips a Document exactly; every other table is the
queryable projection of one layer. Full-text search is dialect-specific and lives
in ``sqlite.py`` / ``postgres.py``.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

ID = String(80)


def _doc_key() -> Column[str]:
    return Column("document_id", ID, primary_key=True)


def _span() -> list[Column[object]]:
    return [Column("text", Text, nullable=False), Column("start", Integer, nullable=False),
            Column("end", Integer, nullable=False)]


migrations_table = Table(
    "eventwire_migrations", metadata,
    Column("name", String(120), primary_key=True),
    Column("applied_at", String(), nullable=False),
)

#: One-row bookkeeping: ``generation`` goes up with every change readers may cache.
GENERATION = "generation"
store_state = Table(
    "eventwire_state", metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Integer, nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", ID, nullable=False),
    Column("title", Text), Column("source", Text), Column("published", String()),
    Column("path", Text), Column("url", Text), Column("language", String()),
    Column("authors", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("data", Text, nullable=False),
    Column("n_entities", Integer, nullable=False), Column("n_places", Integer, nullable=False),
    Column("n_events", Integer, nullable=False),
    Column("ingested_at", String(), nullable=False),
    UniqueConstraint("id", name="uq_documents_id"),
)

document_stages = Table(
    "document_stages", metadata, _doc_key(),
    Column("stage", String(80), primary_key=True),
    Column("version", Integer, nullable=False),
)

entities = Table(
    "entities", metadata, _doc_key(), Column("id", String(), primary_key=True), *_span(),
    Column("label", String(), nullable=False), Column("canonical", Text),
    Column("cluster", String()),
)

places = Table(
    "places", metadata, _doc_key(), Column("id", String(), primary_key=True), *_span(),
    Column("name", Text), Column("kind", String(), nullable=False),
    Column("country", String()), Column("admin1", Text),
    Column("lat", Float), Column("lon", Float), Column("geonames_id", Integer),
    Column("confidence", Float, nullable=False),
)

times = Table(
    "times", metadata, _doc_key(), Column("id", String(), primary_key=True), *_span(),
    Column("earliest", String()), Column("latest", String()),
    Column("precision", String(), nullable=False), Column("resolvable", Boolean, nullable=False),
)

quantities = Table(
    "quantities", metadata, _doc_key(), Column("id", String(), primary_key=True), *_span(),
    Column("low", Float), Column("high", Float), Column("best", Float),
    Column("unit", String()), Column("object", Text), Column("per", String()),
    Column("approximate", Boolean, nullable=False),
)

quotes = Table(
    "quotes", metadata, _doc_key(), Column("id", String(), primary_key=True), *_span(),
    Column("speaker", Text), Column("speaker_entity", String()),
    Column("speaker_description", Text), Column("anonymous", Boolean, nullable=False),
    Column("cue", Text),
)

#: The flat EventRow columns, plus the ids and offsets they were resolved from.
events = Table(
    "events", metadata, _doc_key(), Column("event_id", String(), primary_key=True),
    Column("type", String(), nullable=False), Column("mode", String()),
    Column("trigger", Text, nullable=False),
    Column("trigger_start", Integer), Column("trigger_end", Integer),
    Column("sentence_start", Integer), Column("sentence_end", Integer),
    Column("actor", Text), Column("actor_entity", String()),
    Column("target", Text), Column("target_entity", String()),
    Column("place_id", String()), Column("place_name", Text), Column("place_kind", String()),
    Column("country", String()), Column("admin1", Text),
    Column("lat", Float), Column("lon", Float),
    Column("origin_id", String()), Column("origin_name", Text),
    Column("origin_lat", Float), Column("origin_lon", Float),
    Column("destination_id", String()), Column("destination_name", Text),
    Column("destination_lat", Float), Column("destination_lon", Float),
    Column("time_id", String()), Column("earliest", String()), Column("latest", String()),
    Column("date_start", String()), Column("date_end", String()),
    Column("quantity_id", String()),
    Column("low", Float), Column("best", Float), Column("high", Float),
    Column("certainty", String(), nullable=False), Column("source", Text),
    Column("source_kind", String(), nullable=False), Column("quote", String()),
    Column("sentence", Text, nullable=False), Column("confidence", Float, nullable=False),
    Column("url", Text), Column("published", String()), Column("title", Text),
)

incidents = Table(
    "incidents", metadata,
    Column("id", String(), primary_key=True),
    Column("type", String(), nullable=False), Column("country", String()),
    Column("admin1", Text), Column("lat", Float), Column("lon", Float),
    Column("earliest", String()), Column("latest", String()),
    Column("low", Float), Column("best", Float), Column("high", Float),
    Column("num_sources", Integer, nullable=False),
    Column("num_documents", Integer, nullable=False),
)

incident_events = Table(
    "incident_events", metadata,
    Column("incident_id", String(), primary_key=True),
    Column("document_id", ID, primary_key=True),
    Column("event_id", String(), primary_key=True),
    Column("position", Integer, nullable=False),
)

errors = Table(
    "ingest_errors", metadata,
    Column("path", Text, primary_key=True),
    Column("reason", Text, primary_key=True),
    Column("count", Integer, nullable=False),
    Column("first_seen", String(), nullable=False),
    Column("last_seen", String(), nullable=False),
)

#: Review state of an event row (migration 0006): added to ``events`` by ALTER TABLE.
REVIEW_COLUMNS: tuple[str, ...] = ("review_status", "reviewer", "reviewed_at", "version",
                                   "review_reason", "review_edits", "review_flag")
for _column in (Column("review_status", String(16), nullable=False, server_default="machine"),
                Column("reviewer", String(80)), Column("reviewed_at", String()),
                Column("version", Integer, nullable=False, server_default="1"),
                Column("review_reason", Text), Column("review_edits", Text),
                Column("review_flag", Text)):
    events.append_column(_column)

#: ACLED coding and casualty counts of an event row (migration 0007), nullable: rows
#: stored before it stay NULL until their article is extracted again (``reextract``).
ACLED_COLUMNS: tuple[Column[object], ...] = (
    Column("acled_disorder_type", String()), Column("acled_event_type", String()),
    Column("acled_sub_event_type", String()),
    Column("fatalities_low", Integer), Column("fatalities", Integer),
    Column("fatalities_high", Integer), Column("injured", Integer),
)
for _acled_column in ACLED_COLUMNS:
    events.append_column(_acled_column)

#: Append-only: one row per change of a reviewed row (JSON before/after).
review_audit = Table(
    "review_audit", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(), nullable=False), Column("user", String(80), nullable=False),
    Column("action", String(16), nullable=False),
    Column("document_id", ID, nullable=False), Column("event_id", String(), nullable=False),
    Column("version", Integer, nullable=False),
    Column("before", Text), Column("after", Text), Column("reason", Text),
)
users = Table(
    "users", metadata,
    Column("name", String(80), primary_key=True), Column("role", String(16), nullable=False),
    Column("password_hash", Text, nullable=False), Column("created_at", String(), nullable=False),
)
user_sessions = Table(
    "user_sessions", metadata,
    Column("id", String(80), primary_key=True), Column("user", String(80), nullable=False),
    Column("created_at", String(), nullable=False), Column("expires_at", String(), nullable=False),
)
api_tokens = Table(
    "api_tokens", metadata,
    Column("token_hash", String(80), primary_key=True), Column("user", String(80), nullable=False),
    Column("label", Text), Column("created_at", String(), nullable=False),
)
#: Server secrets (the session-signing key), created on first use.
secrets = Table(
    "eventwire_secrets", metadata,
    Column("name", String(40), primary_key=True), Column("value", Text, nullable=False),
)
REVIEW_TABLES: tuple[Table, ...] = (review_audit, users, user_sessions, api_tokens, secrets)
REVIEW_INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ix_events_review_status", "events", ("review_status", "confidence")),
    ("ix_review_audit_row", "review_audit", ("document_id", "event_id", "id")),
)

#: Layer name -> table, for the contract layers stored row by row.
LAYER_TABLES: dict[str, Table] = {
    "entities": entities, "places": places, "times": times,
    "quantities": quantities, "quotes": quotes,
}

#: Indexes for the common queries (name, table, columns), created by a migration.
QUERY_INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ix_documents_published", "documents", ("published",)),
    ("ix_documents_source", "documents", ("source",)),
    # Newest-first event pages: the filter column, then the page order, then date_end so
    # the date-range test and the count are answered from the index alone.
    ("ix_events_country_date", "events",
     ("country", "date_start", "document_id", "event_id", "date_end")),
    ("ix_events_date", "events", ("date_start", "document_id", "event_id", "date_end")),
    ("ix_events_type_date", "events",
     ("type", "date_start", "document_id", "event_id", "date_end")),
    ("ix_places_country", "places", ("country",)),
    ("ix_places_name", "places", ("name",)),
    ("ix_entities_canonical", "entities", ("canonical",)),
    ("ix_incidents_country", "incidents", ("country", "earliest")),
    ("ix_incident_events_event", "incident_events", ("document_id", "event_id")),
)

#: Indexes added later (migration 0004): event filters by certainty and source kind,
#: laid out like the others so filtered pages and counts are answered from the index.
FILTER_INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ix_events_certainty_date", "events",
     ("certainty", "date_start", "document_id", "event_id", "date_end")),
    ("ix_events_source_kind_date", "events",
     ("source_kind", "date_start", "document_id", "event_id", "date_end")),
)

#: Migration 0008: the event-page indexes above again, ending in ``review_status``: every
#: page leaves rejected rows out by default, and with the column in the index that test,
#: the capped count and the rows an offset skips need no table look-up per row.
REVIEWED_EVENT_INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = tuple(
    (f"{name}_rs", table, (*columns, "review_status"))
    for name, table, columns in (*QUERY_INDEXES, *FILTER_INDEXES)
    if table == "events")
#: The indexes 0008 replaces (dropped: each write would otherwise update both).
SUPERSEDED_EVENT_INDEXES: tuple[str, ...] = tuple(
    name for name, table, _ in (*QUERY_INDEXES, *FILTER_INDEXES) if table == "events")

#: Tables created by the first migration (everything but the index list above).
CORE_TABLES: tuple[Table, ...] = (
    documents, document_stages, entities, places, times, quantities, quotes, events,
    incidents, incident_events, errors,
)
