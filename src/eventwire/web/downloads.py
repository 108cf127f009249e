"""CSV and GeoJSON downloads of exactly the event rows a table shows.

Built on the library's exporters (``eventwire.export``) so a download has the same
columns as ``eventwire export``, with two differences for a web audience: text
cells that a spreadsheet would run as formulas are neutralised, and events without
coordinates stay in the GeoJSON with a null geometry (RFC 7946 §3.2) so that the
download holds every row on screen.
"""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from eventwire.export import csv as csv_export
from eventwire.export import geojson as geojson_export
from eventwire.rows import EventRow

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _defuse(row: EventRow) -> EventRow:
    changes: dict[str, Any] = {f.name: "'" + value for f in dataclasses.fields(row)
               if isinstance(value := getattr(row, f.name), str)
               and value.startswith(_FORMULA_START)}
    return dataclasses.replace(row, **changes) if changes else row


def events_csv(rows: Iterable[EventRow]) -> str:
    """One CSV row per event (the exporter's columns), formulas neutralised."""
    buf = io.StringIO()
    csv_export.write((_defuse(r) for r in rows), buf)
    return buf.getvalue()


def event_feature(row: EventRow) -> dict[str, Any]:
    """The exporter's Point feature, or the same feature with a null geometry."""
    feature = geojson_export.feature(row)
    if feature is None:
        feature = {"type": "Feature", "id": f"{row.document_id}#{row.event_id}",
                   "geometry": None, "properties": dataclasses.asdict(row)}
    return feature


def events_geojson(rows: Sequence[EventRow]) -> str:
    """A GeoJSON FeatureCollection holding every given event."""
    collection = {"type": "FeatureCollection", "features": [event_feature(r) for r in rows]}
    return json.dumps(collection, ensure_ascii=False)
