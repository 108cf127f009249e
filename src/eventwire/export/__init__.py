"""Exporters: ``write(items, fp) -> int`` per format, and ``export`` to run one over a store.

``jsonl`` writes documents (the contract); ``csv``, ``geojson`` and ``parquet``
write flat event rows. Filters are an ``EventQuery``: for documents, ``type`` or
``certainty`` keep the documents with at least one such event, while ``country``,
``since`` and ``until`` alone select by a place mentioned and the publication date.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import IO, Any, Literal

from eventwire.errors import EventwireError
from eventwire.model import Document
from eventwire.store.base import DocumentQuery, EventQuery, Store

#: Format name -> (module, what it writes, binary output).
FORMATS: dict[str, tuple[str, Literal["documents", "events"], bool]] = {
    "jsonl": ("eventwire.export.jsonl", "documents", False),
    "csv": ("eventwire.export.csv", "events", False),
    "geojson": ("eventwire.export.geojson", "events", False),
    "parquet": ("eventwire.export.parquet", "events", True),
}


def _documents(store: Store, query: EventQuery) -> Iterator[Document]:
    if not (query.type or query.certainty or query.source_kind):
        yield from store.iter_documents(DocumentQuery(
            country=query.country, since=query.since, until=query.until))
        return
    seen: set[str] = set()
    for row in store.iter_events(query):
        if row.document_id not in seen:
            seen.add(row.document_id)
            doc = store.get(row.document_id)
            if doc is not None:
                yield doc


def export(store: Store, fmt: str, query: EventQuery, fp: IO[Any]) -> tuple[int, str]:
    """Write what ``query`` selects from ``store`` to ``fp`` as ``fmt``; return (count, noun)."""
    if fmt not in FORMATS:
        raise EventwireError(f"unknown export format {fmt!r}; use one of: "
                             f"{', '.join(FORMATS)}.")
    module_name, what, _binary = FORMATS[fmt]
    writer = importlib.import_module(module_name)
    items = _documents(store, query) if what == "documents" else store.iter_events(query)
    count: int = writer.write(items, fp)
    noun = ("features" if fmt == "geojson" else what)
    return count, noun


def is_binary(fmt: str) -> bool:
    return FORMATS[fmt][2]


__all__ = ["FORMATS", "export", "is_binary"]
