"""The shared SQLAlchemy Core implementation of the Store protocol.

Backends subclass ``SqlStore`` and supply the dialect parts: the engine, the
insert-or-ignore statement, full-text DDL, full-text matching and snippets.

Every write runs through ``run_write``: one transaction on the ``writer`` engine
(``BEGIN IMMEDIATE`` on SQLite, so a writer queues for the lock up front under the
busy timeout instead of failing when it upgrades a read), retried with backoff
while the database still reports a lock.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    FromClause,
    Integer,
    Join,
    Select,
    bindparam,
    func,
    or_,
    select,
    tuple_,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError

from eventwire.errors import StoreError
from eventwire.model import Document
from eventwire.rows import EventRow, Incident
from eventwire.store import records, schema
from eventwire.store.base import (
    DocumentQuery,
    DocumentSummary,
    ErrorRecord,
    EventQuery,
    IncidentQuery,
    Page,
    PlaceQuery,
    PlaceRow,
    SaveResult,
    SearchHit,
)
from eventwire.store.migrations import run_migrations

D, E, P = schema.documents, schema.events, schema.places
T = TypeVar("T")
#: How long a writer keeps retrying a lock the busy timeout did not clear, and its backoff.
LOCK_PATIENCE_SECONDS = 60.0
RETRY_FIRST_SECONDS, RETRY_MAX_SECONDS = 0.02, 1.0


@dataclass(frozen=True, slots=True)
class FullText:
    """A backend's full-text match: optional table to join, the condition, the rank."""

    condition: ColumnElement[bool]
    rank: Any
    join: FromClause | None = None
    onclause: ColumnElement[bool] | None = None
    key: Any = None  # the joined index's column equal to documents.seq
#: Event counts stop here; beyond it a page reports "more than" this many.
EVENT_COUNT_CAP = 1_000
STREAM_BATCH = 500
ANY_DOCUMENT, ANY_EVENT = DocumentQuery(), EventQuery()
ANY_PLACE, ANY_INCIDENT = PlaceQuery(), IncidentQuery()
_HEAD = func.substr(D.c.text, 1, 400).label("head")
_SUMMARY_COLS = (D.c.id, D.c.title, D.c.source, D.c.published, D.c.path, D.c.url,
                 D.c.n_entities, D.c.n_places, D.c.n_events, _HEAD)


@dataclass(frozen=True, slots=True)
class Prepared:
    """A compiled statement: its SQL and, for positional drivers, its parameters' order."""

    sql: str
    order: tuple[str, ...] | None
    defaults: dict[str, Any]  # values bound at build time (e.g. an OFFSET 0 the dialect adds)


#: Event filters that are an equality test on one column: (query field, column).
_EVENT_EQUALS = (("type", E.c.type), ("country", E.c.country), ("certainty", E.c.certainty),
                 ("source_kind", E.c.source_kind), ("document_id", E.c.document_id),
                 ("acled_type", E.c.acled_event_type))
_UPPER = frozenset({"type", "country"})


def _event_params(query: EventQuery) -> tuple[tuple[str, ...], dict[str, Any]]:
    """The query's shape (which filters it uses) and its values, for prepared statements."""
    params: dict[str, Any] = {}
    for name, _column in _EVENT_EQUALS:
        value = getattr(query, name)
        if value:
            params[name] = value.upper() if name in _UPPER else value
    for name in ("since", "until"):
        value = getattr(query, name)
        if value:
            params[name] = value
    if not query.include_rejected:
        params["rejected"] = "rejected"
    return tuple(params), params


def _event_conditions(shape: tuple[str, ...]) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [column == bindparam(name)
                                        for name, column in _EVENT_EQUALS if name in shape]
    if "since" in shape:
        conds.append(E.c.date_end >= bindparam("since"))
    if "until" in shape:
        conds.append(E.c.date_start <= bindparam("until"))
    if "rejected" in shape:
        conds.append(E.c.review_status != bindparam("rejected"))
    return conds


def _event_page_select(shape: tuple[str, ...], newest: Any) -> Select[Any]:
    cols = [E.c[name] for name in records.EVENT_ROW_FIELDS]
    return (select(*cols).where(*_event_conditions(shape))
            .order_by(newest, E.c.document_id.desc(),
                      E.c.event_id.desc())
            .limit(bindparam("limit", type_=Integer))
            .offset(bindparam("offset", type_=Integer)))


def _event_stream_select(shape: tuple[str, ...], *, after: bool) -> Select[Any]:
    """A batch of event rows in key order, after a (document_id, event_id) when ``after``."""
    cols = [E.c[name] for name in records.EVENT_ROW_FIELDS]
    conds = _event_conditions(shape)
    if after:
        conds.append(tuple_(E.c.document_id, E.c.event_id)
                     > tuple_(bindparam("after_document"), bindparam("after_event")))
    return (select(*cols).where(*conds).order_by(E.c.document_id, E.c.event_id)
            .limit(bindparam("limit", type_=Integer)))


def _event_count_select(shape: tuple[str, ...], newest: Any) -> Select[Any]:
    capped = (select(E.c.event_id).where(*_event_conditions(shape))
              .order_by(newest)
              .limit(bindparam("cap", type_=Integer)).subquery())
    return select(func.count()).select_from(capped)


def _check_finite(doc: Document) -> None:
    """Refuse a document whose place coordinates are NaN or infinite (JSON cannot say them)."""
    for place in doc.places:
        for name in ("lat", "lon"):
            value = getattr(place, name)
            if value is not None and not (isinstance(value, int | float)
                                          and math.isfinite(value)):
                raise StoreError(f"cannot save document {doc.id} ({doc.meta.path}): place "
                                 f"{place.id} {name} is {value!r}; coordinates must be finite "
                                 "numbers or absent.")


def _bump_generation(conn: Connection) -> None:
    """Mark a change for readers that cache (last in the transaction: the row lock is brief)."""
    t = schema.store_state
    conn.execute(t.update().where(t.c.key == schema.GENERATION).values(value=t.c.value + 1))


class SqlStore:
    """A Store over one SQLAlchemy engine."""

    url: str
    engine: Engine
    _insert_cache: dict[str, Any] | None = None
    _prepared_cache: dict[Hashable, Prepared] | None = None
    _writer: Engine | None = None

    @property
    def writer(self) -> Engine:
        """The engine for write transactions (same pool; backends may begin them differently)."""
        if self._writer is None:
            self._writer = self.engine.execution_options(eventwire_write=True)
        return self._writer

    @staticmethod
    def parse_url(url: str) -> URL:
        """The parsed database URL, or a StoreError naming it."""
        try:
            return make_url(url)
        except ArgumentError as e:
            raise StoreError(f"cannot parse database URL {url!r}: {e}") from e

    # --- dialect hooks -------------------------------------------------------------------
    def insert_ignore(self, table: Any) -> Any:
        raise NotImplementedError

    def full_text_ddl(self) -> list[str]:
        raise NotImplementedError

    def lock_migrations(self, conn: Connection) -> None:
        """Serialise migrators; the default relies on the database's own write lock."""

    def is_lock_error(self, error: DBAPIError) -> bool:
        """Whether ``error`` means "locked, try again later" (SQLite's busy/locked)."""
        return False

    def run_write(self, work: Callable[[Connection], T], *, rerunnable: bool = True) -> T:
        """Run ``work`` in one write transaction; retry it with backoff while locked.

        A lock met before the transaction began is always retried; one met inside it
        only when ``rerunnable`` (``work`` can run again, e.g. it does not consume a
        generator). Gives up after ``LOCK_PATIENCE_SECONDS`` with the last error.
        """
        deadline = time.monotonic() + LOCK_PATIENCE_SECONDS
        delay = RETRY_FIRST_SECONDS
        while True:
            began = False
            try:
                with self.writer.connect() as conn, conn.begin():
                    began = True
                    return work(conn)
            except OperationalError as e:
                if (not self.is_lock_error(e) or (began and not rerunnable)
                        or time.monotonic() + delay > deadline):
                    raise
            time.sleep(delay * (0.5 + random.random()))
            delay = min(delay * 2, RETRY_MAX_SECONDS)

    def match_documents(self, q: str) -> FullText:
        """How to select documents matching ``q``: a join, a condition, a rank (lower = better)."""
        raise NotImplementedError

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        raise NotImplementedError

    def newest_first(self, column: Any) -> Any:
        """Descending order with NULLs last (the backend's natural way, so indexes apply)."""
        return column.desc().nulls_last()

    # --- lifecycle -----------------------------------------------------------------------
    def migrate(self, *, rerun: Iterable[str] = ()) -> list[str]:
        return run_migrations(self.engine, self, rerun=rerun)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing -------------------------------------------------------------------------
    def save(self, docs: Iterable[Document]) -> SaveResult:
        """Store documents in one transaction: all of them are stored, or none (on error)."""
        current: Document | None = None

        def work(conn: Connection) -> SaveResult:
            nonlocal current
            inserted = skipped = 0
            for current in docs:
                _check_finite(current)
                if self._save_one(conn, current):
                    inserted += 1
                else:
                    skipped += 1
            if inserted:
                _bump_generation(conn)
            return SaveResult(inserted, skipped)

        try:
            return self.run_write(work, rerunnable=isinstance(docs, Sequence))
        except SQLAlchemyError as e:
            where = f"{current.id} ({current.meta.path})" if current else "batch"
            raise StoreError(f"cannot save document {where}: {e}") from e

    def generation(self) -> int:
        """A number that changes whenever documents or incidents change (for caches).

        -1 when the database predates the counter (opened without migrating): unknown.
        """
        t = schema.store_state
        try:
            with self.engine.connect() as conn:
                value = conn.execute(select(t.c.value)
                                     .where(t.c.key == schema.GENERATION)).scalar()
        except DBAPIError:
            return -1
        return -1 if value is None else int(value)

    def _inserts(self) -> dict[str, Any]:
        """Insert statements built once per store (a document save runs one per table)."""
        cached = self._insert_cache
        if cached is None:
            cached = {name: table.insert() for name, table in schema.metadata.tables.items()}
            cached["documents"] = self.insert_ignore(D).returning(D.c.seq)
            self._insert_cache = cached
        return cached

    def _save_one(self, conn: Connection, doc: Document) -> bool:
        head, layers = records.document_rows(doc)
        inserts = self._inserts()
        if conn.execute(inserts["documents"], head).first() is None:
            return False
        for name, rows in layers.items():
            if rows:
                conn.execute(inserts[name], rows)
        return True

    def save_incidents(self, incidents: Sequence[Incident], *, replace: bool = True) -> int:
        incidents = list(incidents)
        for incident in incidents:
            for name in ("lat", "lon"):
                value = getattr(incident, name)
                if value is not None and not math.isfinite(value):
                    raise StoreError(f"cannot save incident {incident.id}: {name} is {value}; "
                                     "coordinates must be finite numbers or absent.")
        heads, links = records.incident_rows(incidents)

        def work(conn: Connection) -> None:
            if replace:
                conn.execute(schema.incident_events.delete())
                conn.execute(schema.incidents.delete())
            elif heads:
                ids = [h["id"] for h in heads]
                conn.execute(schema.incident_events.delete()
                             .where(schema.incident_events.c.incident_id.in_(ids)))
                conn.execute(schema.incidents.delete().where(schema.incidents.c.id.in_(ids)))
            if heads:
                conn.execute(schema.incidents.insert(), heads)
            if links:
                conn.execute(schema.incident_events.insert(), links)
            _bump_generation(conn)

        self.run_write(work)
        return len(heads)

    def record_error(self, path: str, reason: str) -> None:
        t, now = schema.errors, records.now_iso()

        def work(conn: Connection) -> None:
            bumped = conn.execute(t.update().where(t.c.path == path, t.c.reason == reason)
                                  .values(count=t.c.count + 1, last_seen=now))
            if not bumped.rowcount:
                conn.execute(self.insert_ignore(t).values(
                    path=path, reason=reason, count=1, first_seen=now, last_seen=now))

        self.run_write(work)

    # --- reading documents ---------------------------------------------------------------
    def has(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(D.c.seq).where(D.c.id == doc_id)).first() is not None

    def existing(self, doc_ids: Iterable[str]) -> set[str]:
        ids, found = list(doc_ids), set[str]()
        with self.engine.connect() as conn:
            for i in range(0, len(ids), STREAM_BATCH):
                chunk = ids[i:i + STREAM_BATCH]
                found.update(r[0] for r in conn.execute(select(D.c.id).where(D.c.id.in_(chunk))))
        return found

    def get(self, doc_id: str) -> Document | None:
        statement = self.prepared("get", lambda: select(D.c.text, D.c.data)
                                  .where(D.c.id == bindparam("id")))
        with self.engine.connect() as conn:
            rows = self.fetch(conn, statement, {"id": doc_id})
        return records.document_from_row(*rows[0]) if rows else None

    def _document_filter(self, query: DocumentQuery
                         ) -> tuple[list[ColumnElement[bool]], FromClause, Any]:
        conds: list[ColumnElement[bool]] = []
        source: FromClause = D
        rank = None
        if query.q and query.q.strip():
            match = self.match_documents(query.q)
            conds.append(match.condition)
            rank = match.rank
            if match.join is not None:
                source = D.join(match.join, match.onclause)
        if query.source:
            conds.append(D.c.source == query.source)
        if query.since:
            conds.append(D.c.published >= query.since)
        if query.until:
            conds.append(D.c.published <= query.until)
        if query.country:
            conds.append(select(P.c.document_id).where(
                P.c.document_id == D.c.id, P.c.country == query.country.upper()).exists())
        return conds, source, rank

    def documents(self, query: DocumentQuery = ANY_DOCUMENT) -> Page[DocumentSummary]:
        conds, source, rank = self._document_filter(query)
        order = [rank, D.c.seq.desc()] if rank is not None else [
            D.c.published.desc().nulls_last(), D.c.seq.desc()]
        stmt = (select(*_SUMMARY_COLS).select_from(source).where(*conds).order_by(*order)
                .limit(query.limit).offset(query.offset))
        counted = source
        if len(conds) == 1 and isinstance(source, Join):
            counted = source.right  # only the text match: count in the full-text index alone
            key = self.match_documents(query.q or "").key
            if key is not None:
                # ... and rank in it alone: only the page's rows are read from documents
                # (joining first reads every match's row before the sort: 3x slower).
                ranked = (select(key.label("seq"), rank.label("rank")).select_from(counted)
                          .where(*conds).order_by(rank, key.desc())
                          .limit(query.limit).offset(query.offset).subquery())
                stmt = (select(*_SUMMARY_COLS)
                        .select_from(ranked.join(D, D.c.seq == ranked.c.seq))
                        .order_by(ranked.c.rank, D.c.seq.desc()))
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(counted)
                                 .where(*conds)).scalar_one()
            rows = conn.execute(stmt).mappings()
            items = tuple(records.summary_from(r) for r in rows)
        return Page(items, total, query.limit, query.offset)

    def iter_documents(self, query: DocumentQuery = ANY_DOCUMENT) -> Iterator[Document]:
        conds, source, _ = self._document_filter(query)
        last = 0
        while True:
            stmt = (select(D.c.seq, D.c.text, D.c.data).select_from(source)
                    .where(D.c.seq > last, *conds)
                    .order_by(D.c.seq).limit(STREAM_BATCH))
            with self.engine.connect() as conn:
                rows = conn.execute(stmt).all()
            if not rows:
                return
            for row in rows:
                yield records.document_from_row(row.text, row.data)
            last = rows[-1].seq

    def search_hits(self, stmt: Any, params: dict[str, Any], *, shown: str) -> list[SearchHit]:
        """Run a dialect's full-text query (columns id, title, published, source, snip)."""
        try:
            with self.engine.connect() as conn:
                rows = conn.execute(stmt, params).all()
        except DBAPIError as e:
            raise StoreError(f"cannot search for {shown!r}: {e.orig}") from e
        return [SearchHit(document_id=r.id, title=r.title, snippet=r.snip,
                          published=r.published, source=r.source) for r in rows]

    # --- reading events, places, incidents -----------------------------------------------
    def prepared(self, key: Hashable, build: Callable[[], Any]) -> Prepared:
        """``build()``'s statement compiled once for this database (per ``key``)."""
        cache = self._prepared_cache
        if cache is None:
            cache = self._prepared_cache = {}
        hit = cache.get(key)
        if hit is None:
            compiled = build().compile(dialect=self.engine.dialect)
            order = tuple(compiled.positiontup or ()) if compiled.positional else None
            defaults = {k: v for k, v in compiled.params.items() if v is not None}
            hit = cache[key] = Prepared(compiled.string, order, defaults)
        return hit

    @staticmethod
    def fetch(conn: Connection, statement: Prepared, params: dict[str, Any]) -> list[Any]:
        """Rows of a prepared statement as the driver's tuples, on ``conn``'s DBAPI cursor.

        For the hot read paths (a page of events, one document): building and compiling
        the SQLAlchemy statement and wrapping each row cost more than the query itself.
        Driver errors are raised as SQLAlchemy's, as ``conn.execute`` would.
        """
        values = {**statement.defaults, **params} if statement.defaults else params
        args: Any = values if statement.order is None else \
            tuple(values[k] for k in statement.order)
        error = conn.dialect.loaded_dbapi.Error
        cursor = conn.connection.cursor()
        try:
            cursor.execute(statement.sql, args)
            return list(cursor.fetchall())
        except error as e:
            raise DBAPIError.instance(statement.sql, args, e, error,
                                      dialect=conn.dialect) from e
        finally:
            cursor.close()

    def events(self, query: EventQuery = ANY_EVENT) -> Page[EventRow]:
        shape, params = _event_params(query)
        newest = self.newest_first
        page = self.prepared(("events", shape),
                             lambda: _event_page_select(shape, newest(E.c.date_start)))
        count = self.prepared(("events-count", shape),
                              lambda: _event_count_select(shape, newest(E.c.date_start)))
        # Count newest first and stop past EVENT_COUNT_CAP: a broad filter over a large
        # database then costs a bounded index scan, and pages say "more than N".
        with self.engine.connect() as conn, conn.begin():  # one snapshot for both
            total = self.fetch(conn, count, {**params, "cap": EVENT_COUNT_CAP + 1})[0][0]
            rows = self.fetch(conn, page, {**params, "limit": query.limit,
                                           "offset": query.offset})
        items = tuple(EventRow(*r) for r in rows)
        exact = total <= EVENT_COUNT_CAP
        return Page(items, min(total, EVENT_COUNT_CAP), query.limit, query.offset, exact)

    def iter_events(self, query: EventQuery = ANY_EVENT) -> Iterator[EventRow]:
        shape, params = _event_params(query)
        first = self.prepared(("events-stream", shape),
                              lambda: _event_stream_select(shape, after=False))
        more = self.prepared(("events-stream-after", shape),
                             lambda: _event_stream_select(shape, after=True))
        after: tuple[str, str] | None = None
        while True:
            with self.engine.connect() as conn:
                if after is None:
                    rows = self.fetch(conn, first, {**params, "limit": STREAM_BATCH})
                else:
                    rows = self.fetch(conn, more, {**params, "limit": STREAM_BATCH,
                                                   "after_document": after[0],
                                                   "after_event": after[1]})
            if not rows:
                return
            yield from (EventRow(*r) for r in rows)
            after = (rows[-1][0], rows[-1][1])  # (document_id, event_id): the key order

    def places(self, query: PlaceQuery = ANY_PLACE) -> Page[PlaceRow]:
        conds: list[ColumnElement[bool]] = []
        if query.country:
            conds.append(P.c.country == query.country.upper())
        if query.kind:
            conds.append(P.c.kind == query.kind)
        if query.name:
            conds.append(or_(P.c.name == query.name, P.c.text == query.name))
        if query.document_id:
            conds.append(P.c.document_id == query.document_id)
        cols = [P.c[k] for k in records.PLACE_ROW_FIELDS if k != "place_id"] + [P.c.id]
        stmt = (select(*cols).where(*conds).order_by(P.c.document_id, P.c.start)
                .limit(query.limit).offset(query.offset))
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(P).where(*conds)).scalar_one()
            items = tuple(records.place_row_from(r) for r in conn.execute(stmt).mappings())
        return Page(items, total, query.limit, query.offset)

    def incidents(self, query: IncidentQuery = ANY_INCIDENT) -> Page[Incident]:
        t, links = schema.incidents, schema.incident_events
        conds: list[ColumnElement[bool]] = []
        if query.type:
            conds.append(t.c.type == query.type.upper())
        if query.country:
            conds.append(t.c.country == query.country.upper())
        if query.since:
            conds.append(func.coalesce(t.c.latest, t.c.earliest) >= query.since)
        if query.until:
            conds.append(func.coalesce(t.c.earliest, t.c.latest) <= query.until)
        stmt = (select(t).where(*conds)
                .order_by(t.c.num_sources.desc(), t.c.earliest.desc().nulls_last(), t.c.id)
                .limit(query.limit).offset(query.offset))
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(t).where(*conds)).scalar_one()
            heads = list(conn.execute(stmt).mappings())
            members: dict[str, list[tuple[str, str]]] = {h["id"]: [] for h in heads}
            if heads:
                for r in conn.execute(select(links).where(links.c.incident_id.in_(list(members)))
                                      .order_by(links.c.incident_id, links.c.position)):
                    members[r.incident_id].append((r.document_id, r.event_id))
        items = tuple(records.incident_from(h, tuple(members[h["id"]])) for h in heads)
        return Page(items, total, query.limit, query.offset)

    def errors(self, limit: int = 1000) -> list[ErrorRecord]:
        t = schema.errors
        stmt = select(t).order_by(t.c.last_seen.desc(), t.c.path).limit(limit)
        with self.engine.connect() as conn:
            return [ErrorRecord(path=r["path"], reason=r["reason"], recorded_at=r["last_seen"],
                                count=r["count"]) for r in conn.execute(stmt).mappings()]

    def events_frame(self, query: EventQuery = ANY_EVENT) -> Any:
        from eventwire.store.frame import store_events_frame

        return store_events_frame(self, query)

    def stats(self) -> dict[str, int]:
        tables = ("documents", "entities", "places", "times", "quantities", "quotes", "events",
                  "incidents")
        with self.engine.connect() as conn:
            counts = {name: conn.execute(select(func.count()).select_from(
                schema.metadata.tables[name])).scalar_one() for name in tables}
            counts["errors"] = conn.execute(select(func.count()).select_from(
                schema.errors)).scalar_one()
        return counts

