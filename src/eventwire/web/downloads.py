"""CSV and GeoJSON renderings of event rows, for the events table's download links."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from eventwire.rows import EventRow

COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(EventRow))
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    # A text cell that a spreadsheet would run as a formula is prefixed with a quote.
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return "" if value is None else value


def events_csv(rows: Iterable[EventRow]) -> str:
    """One CSV row per event, with a header of EventRow's fields."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_cell(getattr(row, c)) for c in COLUMNS])
    return buf.getvalue()


def event_feature(row: EventRow) -> dict[str, Any]:
    """An RFC 7946 Feature: a Point where the event has coordinates, else null geometry."""
    props = {c: getattr(row, c) for c in COLUMNS if c not in ("lat", "lon")}
    geometry = None
    if row.lat is not None and row.lon is not None:
        geometry = {"type": "Point", "coordinates": [row.lon, row.lat]}
    return {"type": "Feature", "id": f"{row.document_id}#{row.event_id}",
            "geometry": geometry, "properties": props}


def events_geojson(rows: Sequence[EventRow]) -> str:
    """A GeoJSON FeatureCollection of events."""
    collection = {"type": "FeatureCollection", "features": [event_feature(r) for r in rows]}
    return json.dumps(collection, ensure_ascii=False)
