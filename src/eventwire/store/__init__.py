"""Storage: one Store protocol, SQLite (default) and PostgreSQL backends chosen by URL."""

from eventwire.store.base import (
    DEFAULT_URL,
    HIGHLIGHT,
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
    Store,
    open_store,
)

__all__ = ["DEFAULT_URL", "HIGHLIGHT", "DocumentQuery", "DocumentSummary", "ErrorRecord",
           "EventQuery", "IncidentQuery", "Page", "PlaceQuery", "PlaceRow", "SaveResult",
           "SearchHit", "Store", "open_store"]
