"""Events as a pandas DataFrame: one row per event, with its place, time and counts joined.

``events_frame(docs)`` builds it from Documents (``eventwire.extract_many``'s), and
``Store.events_frame(query)`` from a database, honouring the query's filters (and so
leaving out rows a reviewer rejected). Both give the same columns, in ``COLUMNS``
order, with the dtypes an analyst filters on: ``Int64`` counts (missing stays
missing), ``float64`` coordinates, ``datetime64[s]`` dates (any year the text names),
``string`` text. pandas is an optional extra (``pip install 'eventwire[frame]'``),
imported only when a frame is asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from eventwire.ingest.names import public_name
from eventwire.model import CountRange, Document, Event
from eventwire.rows import EventRow, event_rows

if TYPE_CHECKING:
    import pandas as pd

    from eventwire.store.base import EventQuery, Store

#: Column name -> dtype, in frame order.
DTYPES: dict[str, str] = {
    "document_id": "string", "event_id": "string", "type": "string", "mode": "string",
    "trigger": "string", "actor": "string", "target": "string",
    # the place: its gazetteer name, country (ISO 3166-1 alpha-2), first-level division,
    # coordinates, and precision (its kind: city, admin2, admin1, country, region, ...)
    "place": "string", "country": "string", "admin1": "string", "lat": "float64",
    "lon": "float64", "place_precision": "string",
    # the time, an inclusive interval, and its precision (day, week, month, year, ...)
    "time_start": "datetime64[s]", "time_end": "datetime64[s]", "time_precision": "string",
    # people killed and injured in the happening (a range of whole numbers)
    "fatalities_low": "Int64", "fatalities_best": "Int64", "fatalities_high": "Int64",
    "injured_low": "Int64", "injured_best": "Int64", "injured_high": "Int64",
    # the quantity the event counts (people moved, detained, ...) and its unit
    "count_low": "Float64", "count_best": "Float64", "count_high": "Float64",
    "count_unit": "string",
    "certainty": "string", "source": "string", "source_kind": "string",
    "confidence": "float64", "sentence": "string",
    # the article: its URL as the input gave it, and its file name (with #line or #id;
    # never the server folders it was read from)
    "published": "datetime64[s]", "outlet": "string", "title": "string", "url": "string",
    "file": "string",
}
COLUMNS: tuple[str, ...] = tuple(DTYPES)


def load_pandas() -> Any:
    """Import pandas, or raise ImportError saying how to install it."""
    try:
        import pandas
    except ImportError as e:
        raise ImportError("A DataFrame needs pandas, an optional extra: pip install "
                          "'eventwire[frame]' (or pip install 'pandas>=2').") from e
    return pandas


def events_frame(docs: Iterable[Document]) -> pd.DataFrame:
    """One row per event of ``docs``, its place, time and counts joined (see ``COLUMNS``)."""
    pd = load_pandas()
    return _frame(pd, (_record(row, doc) for doc in docs for row in event_rows(doc)))


def store_events_frame(store: Store, query: EventQuery | None = None) -> pd.DataFrame:
    """The events of ``store`` matching ``query`` (every one by default; limit and offset
    are ignored) as ``events_frame`` gives them."""
    from eventwire.store.base import EventQuery

    pd = load_pandas()
    return _frame(pd, _stored_records(store, query or EventQuery()))


def _stored_records(store: Store, query: EventQuery) -> Iterator[tuple[Any, ...]]:
    docs: dict[str, Document | None] = {}
    for row in store.iter_events(query):
        if row.document_id not in docs:
            if len(docs) >= 256:  # rows come grouped by document more often than not
                docs.clear()
            docs[row.document_id] = store.get(row.document_id)
        yield _record(row, docs[row.document_id])


def _record(row: EventRow, doc: Document | None) -> tuple[Any, ...]:
    event = _event(doc, row.event_id)
    time = next((t for t in doc.times if t.id == event.time), None) \
        if doc is not None and event is not None and event.time else None
    quantity = next((q for q in doc.quantities if q.id == event.quantity), None) \
        if doc is not None and event is not None and event.quantity else None
    meta = doc.meta if doc is not None else None
    return (
        row.document_id, row.event_id, row.type, row.mode, row.trigger, row.actor, row.target,
        row.place_name, row.country, row.admin1, row.lat, row.lon, row.place_kind,
        row.earliest, row.latest, time.precision if time else None,
        *_counts(event.fatalities if event else None),
        *_counts(event.injured if event else None),
        row.low, row.best, row.high, quantity.unit if quantity else None,
        row.certainty, row.source, row.source_kind, row.confidence, row.sentence,
        row.published, meta.source if meta else None, row.title,
        meta.url if meta else None, public_name(meta.path) if meta else None,
    )


def _event(doc: Document | None, event_id: str) -> Event | None:
    if doc is None:
        return None
    return next((e for e in doc.events if e.id == event_id), None)


def _counts(count: CountRange | None) -> tuple[int | None, int | None, int | None]:
    return (count.low, count.best, count.high) if count else (None, None, None)


def _frame(pd: Any, records: Iterable[tuple[Any, ...]]) -> Any:
    import numpy as np

    rows = list(records)
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in COLUMNS]
    data = {}
    for name, values in zip(COLUMNS, columns, strict=True):
        dtype = DTYPES[name]
        if dtype.startswith("datetime64"):
            days = np.array([v[:10] if v else "NaT" for v in values], dtype="datetime64[D]")
            data[name] = pd.Series(days.astype(dtype), dtype=dtype)
        else:
            data[name] = pd.Series(list(values), dtype=dtype)
    return pd.DataFrame(data, columns=list(COLUMNS))
