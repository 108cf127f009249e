"""The Store interface: one protocol, two backends (SQLite, PostgreSQL), chosen by URL.

Everything above the store (CLI, web app, exporters, incidents) talks to this
protocol only; nothing above it writes SQL. Queries and pages are frozen
dataclasses so they can be built from CLI flags or request parameters alike.

Dates are ISO strings (``YYYY-MM-DD``). ``since``/``until`` are inclusive. For
events they match the event's time (``earliest``..``latest`` overlapping the
range), falling back to the document's publication date when the event has no
resolved time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

from eventwire.errors import StoreError
from eventwire.model import Document
from eventwire.rows import EventRow, Incident

T = TypeVar("T")

DEFAULT_URL = "sqlite:///eventwire.db"
DEFAULT_LIMIT = 50
#: How search snippets mark matched terms (plain text: escape it, then style the marks).
HIGHLIGHT = ("**", "**")


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What ``save`` did: documents newly stored and documents already present."""

    inserted: int = 0
    skipped: int = 0

    def __add__(self, other: SaveResult) -> SaveResult:
        return SaveResult(self.inserted + other.inserted, self.skipped + other.skipped)


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of results plus the total number of matches."""

    items: tuple[T, ...]
    total: int
    limit: int
    offset: int
    exact: bool = True  # False: at least ``total`` matches (counting stopped at a cap)

    @property
    def has_next(self) -> bool:
        if not self.exact:
            return bool(self.items)
        return self.offset + len(self.items) < self.total


@dataclass(frozen=True, slots=True)
class DocumentQuery:
    """Filter documents: full-text ``q``, outlet, publication date range, a place's country."""

    q: str | None = None
    source: str | None = None
    since: str | None = None
    until: str | None = None
    country: str | None = None
    limit: int = DEFAULT_LIMIT
    offset: int = 0


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """A document without its text and layers: what lists and search results show."""

    id: str
    title: str | None
    source: str | None
    published: str | None
    path: str | None
    url: str | None
    entities: int
    places: int
    events: int
    snippet: str


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filter flat event rows (``rows.EventRow``)."""

    type: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    certainty: str | None = None
    source_kind: str | None = None
    document_id: str | None = None
    limit: int = DEFAULT_LIMIT
    offset: int = 0
    #: Rows a reviewer rejected are left out unless asked for.
    include_rejected: bool = False
    #: ACLED event type (e.g. ``Battles``), exact; rows stored before 0007 have none.
    acled_type: str | None = None


@dataclass(frozen=True, slots=True)
class PlaceQuery:
    """Filter place mentions by country, kind, (canonical) name or document."""

    country: str | None = None
    kind: str | None = None
    name: str | None = None
    document_id: str | None = None
    limit: int = DEFAULT_LIMIT
    offset: int = 0


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """One place mention with the document it comes from."""

    document_id: str
    place_id: str
    text: str
    name: str | None
    kind: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    confidence: float


@dataclass(frozen=True, slots=True)
class IncidentQuery:
    """Filter incidents by type, country and date range (overlap with earliest..latest)."""

    type: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    limit: int = DEFAULT_LIMIT
    offset: int = 0


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A full-text match: the document, its title and a snippet around the match."""

    document_id: str
    title: str | None
    snippet: str
    published: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """A bad input recorded during ingest, with why it failed."""

    path: str
    reason: str
    recorded_at: str
    count: int = 1


@runtime_checkable
class Store(Protocol):
    """Where documents, their layers, events and incidents are kept and queried."""

    url: str

    def migrate(self, *, rerun: Iterable[str] = ()) -> list[str]:
        """Apply pending migrations (and re-apply those named in ``rerun``); return names."""
        ...

    def save(self, docs: Iterable[Document]) -> SaveResult:
        """Store documents in one transaction (all or none); a document already present is
        skipped. A crash leaves each document either fully stored or absent."""
        ...

    def has(self, doc_id: str) -> bool:
        """Return True when a document with this id is stored."""
        ...

    def existing(self, doc_ids: Iterable[str]) -> set[str]:
        """Return the subset of ``doc_ids`` already stored."""
        ...

    def get(self, doc_id: str) -> Document | None:
        """Return the stored document (exact round-trip of ``to_dict``), or None if absent."""
        ...

    def documents(self, query: DocumentQuery = DocumentQuery()) -> Page[DocumentSummary]:
        """Return one page of document summaries, newest first (best match first with q)."""
        ...

    def iter_documents(self, query: DocumentQuery = DocumentQuery()) -> Iterator[Document]:
        """Stream every matching full document (limit/offset ignored), for export."""
        ...

    def events(self, query: EventQuery = EventQuery()) -> Page[EventRow]:
        """Return one page of flat event rows."""
        ...

    def iter_events(self, query: EventQuery = EventQuery()) -> Iterator[EventRow]:
        """Stream every matching event row (limit/offset ignored), for export."""
        ...

    def places(self, query: PlaceQuery = PlaceQuery()) -> Page[PlaceRow]:
        """Return one page of place mentions."""
        ...

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over titles and texts, best match first."""
        ...

    def save_incidents(self, incidents: Sequence[Incident], *, replace: bool = True) -> int:
        """Store incidents (replacing all stored ones unless ``replace=False``); return count."""
        ...

    def incidents(self, query: IncidentQuery = IncidentQuery()) -> Page[Incident]:
        """Return one page of incidents, most sources first."""
        ...

    def record_error(self, path: str, reason: str) -> None:
        """Record a bad input; the same path and reason recorded again bumps its count."""
        ...

    def errors(self, limit: int = 1000) -> list[ErrorRecord]:
        """Return recorded bad inputs, most recent first."""
        ...

    def generation(self) -> int:
        """A number that changes whenever documents or incidents change (for caches);
        -1 when the store cannot tell."""
        ...

    def stats(self) -> dict[str, int]:
        """Counts of documents, entities, places, times, quantities, quotes, events, incidents."""
        ...

    def events_frame(self, query: EventQuery = EventQuery()) -> Any:
        """Every event matching ``query`` as a pandas DataFrame, its place, time and counts
        joined (``store.frame``; pandas is the ``frame`` extra)."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...


def open_store(url: str = DEFAULT_URL, *, migrate: bool = True) -> Store:
    """Open the store at ``url`` (``sqlite:///FILE``, ``sqlite://`` in memory, ``postgresql://…``).

    PostgreSQL URLs may carry ``?schema=NAME`` to keep tables in their own schema.
    With ``migrate`` (the default) pending migrations are applied on open.
    """
    scheme = url.split(":", 1)[0].split("+", 1)[0].lower()
    store: Store
    if scheme == "sqlite":
        from eventwire.store.sqlite import SqliteStore

        store = SqliteStore(url)
    elif scheme in ("postgresql", "postgres"):
        from eventwire.store.postgres import PostgresStore

        store = PostgresStore(url)
    else:
        raise StoreError(f"cannot open database URL {url!r}: unknown scheme {scheme!r}. "
                         "Use sqlite:///FILE or postgresql://USER@HOST/DB.")
    if migrate:
        store.migrate()
    return store
