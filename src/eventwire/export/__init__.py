"""Exporters: ``write(items, fp) -> int`` per format, and ``export`` to run one over a store.

``jsonl`` writes documents (the contract); ``csv``, ``geojson`` and ``parquet``
write flat event rows; ``acled`` and ``ucdp`` write one row per happening (an
incident across articles where the store holds incidents, else an event) in those
datasets' columns. Filters are an ``EventQuery``: for documents, ``type`` or
``certainty`` keep the documents with at least one such event, while ``country``,
``since`` and ``until`` alone select by a place mentioned and the publication date.
``check_query`` refuses filter values that can match nothing (an unknown type).
Rows a reviewer rejected are left out of every format (and out of each exported
document) unless ``query.include_rejected``.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import IO, Any, Literal

from eventwire.errors import EventwireError
from eventwire.model import Document
from eventwire.store.base import DocumentQuery, EventQuery, Store

#: Format name -> (module, what it writes, binary output).
FORMATS: dict[str, tuple[str, Literal["documents", "events", "happenings"], bool]] = {
    "jsonl": ("eventwire.export.jsonl", "documents", False),
    "csv": ("eventwire.export.csv", "events", False),
    "geojson": ("eventwire.export.geojson", "events", False),
    "parquet": ("eventwire.export.parquet", "events", True),
    "acled": ("eventwire.export.acled", "happenings", False),
    "ucdp": ("eventwire.export.ucdp", "happenings", False),
}
#: Formats a spreadsheet opens: ``excel=True`` starts them with a byte-order mark.
SPREADSHEET_FORMATS = frozenset({"csv", "acled", "ucdp"})
CERTAINTIES = ("confirmed", "asserted", "claimed", "believed", "denied", "hypothetical")
BOM = "\ufeff"


class FilterError(EventwireError):
    """A filter value that no event can have; ``option`` names the flag."""

    def __init__(self, option: str, message: str) -> None:
        self.option = option
        super().__init__(message)


def event_types() -> tuple[str, ...]:
    from eventwire.eventing.lexicon import EVENT_TYPES

    return EVENT_TYPES


def check_query(query: EventQuery) -> EventQuery:
    """The query with its type upper-cased and country checked; FilterError when a value
    can match nothing (the message lists the valid values)."""
    etype = query.type.upper() if query.type else None
    if etype is not None and etype not in event_types():
        raise FilterError("--type", f"unknown event type {query.type!r}; use one of: "
                                    f"{', '.join(event_types())}.")
    if query.certainty is not None and query.certainty not in CERTAINTIES:
        raise FilterError("--certainty", f"unknown certainty {query.certainty!r}; use one "
                                         f"of: {', '.join(CERTAINTIES)}.")
    code = query.country.upper() if query.country else None
    if code is not None and not _is_country_code(code):
        raise FilterError("--country", f"{query.country!r} is not an ISO 3166-1 alpha-2 "
                                       f"country code{_suggest(query.country or '')}.")
    from dataclasses import replace

    return replace(query, type=etype, country=code)


def _is_country_code(code: str) -> bool:
    import pycountry

    return len(code) == 2 and (code == "XK" or pycountry.countries.get(alpha_2=code)
                               is not None)


def _suggest(name: str) -> str:
    """", e.g. BF for Burkina Faso" when the name is a country's (or the start of one)."""
    import pycountry

    try:
        found = pycountry.countries.search_fuzzy(name)
    except LookupError:
        return ", e.g. SD for Sudan"
    return f"; {found[0].alpha_2} is {found[0].name}"


def _documents(store: Store, query: EventQuery) -> Iterator[Document]:
    """The selected documents; their rejected events left out unless the query asks."""
    for doc in _selected_documents(store, query):
        yield doc if query.include_rejected else without_rejected(store, doc)


def without_rejected(store: Store, doc: Document) -> Document:
    """``doc`` without the events a reviewer rejected."""
    from dataclasses import replace

    from eventwire.export.reviewed import review_rows

    rejected = {k for k, r in review_rows(store, doc).items() if r.status == "rejected"}
    if not rejected:
        return doc
    return replace(doc, events=tuple(e for e in doc.events if e.id not in rejected))


def _selected_documents(store: Store, query: EventQuery) -> Iterator[Document]:
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


def _items(store: Store, what: str, query: EventQuery, actor_types: Any) -> Iterator[Any]:
    if what == "documents":
        return _documents(store, query)
    if what == "events":
        return store.iter_events(query)
    from eventwire.actors import ActorTyper, load_dictionary
    from eventwire.export.happenings import happenings

    typer = ActorTyper(load_dictionary(actor_types or ()))
    return happenings(store, query, typer)


def export(store: Store, fmt: str, query: EventQuery, fp: IO[Any], *, excel: bool = False,
           actor_types: Any = None) -> tuple[int, str]:
    """Write what ``query`` selects from ``store`` to ``fp`` as ``fmt``; return (count, noun).

    ``excel`` starts a CSV with a UTF-8 byte-order mark (Excel then reads it as UTF-8);
    ``actor_types`` are the user's actor dictionary files (acled and ucdp).
    """
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise EventwireError(f"unknown export format {fmt!r}; use one of: "
                             f"{', '.join(FORMATS)}.")
    if excel and fmt not in SPREADSHEET_FORMATS:
        raise FilterError("--excel", f"--excel applies to {', '.join(sorted(SPREADSHEET_FORMATS))}"
                                     f", not {fmt}.")
    module_name, what, _binary = FORMATS[fmt]
    writer = importlib.import_module(module_name)
    items = _items(store, what, check_query(query), actor_types)
    if excel:
        fp.write(BOM)
    count: int = writer.write(items, fp)
    noun = "features" if fmt == "geojson" else "events" if what == "happenings" else what
    return count, noun


def is_binary(fmt: str) -> bool:
    return FORMATS[fmt.lower()][2]


__all__ = ["BOM", "CERTAINTIES", "FORMATS", "SPREADSHEET_FORMATS", "FilterError", "check_query",
           "export", "is_binary"]
