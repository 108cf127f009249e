"""A GeoJSON FeatureCollection of events (RFC 7946), streamed feature by feature.

Each located event is a Point feature at ``[lon, lat]`` (WGS84) with the flat
event columns as properties. Events without coordinates cannot be drawn and are
left out; ``write`` returns the number of features written.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import Any, TextIO

from eventwire.rows import EventRow


def feature(row: EventRow) -> dict[str, Any] | None:
    """The Feature for one event, or None when it has no coordinates."""
    if row.lat is None or row.lon is None:
        return None
    return {
        "type": "Feature",
        "id": f"{row.document_id}#{row.event_id}",
        "geometry": {"type": "Point", "coordinates": [row.lon, row.lat]},
        "properties": dataclasses.asdict(row),
    }


def write(rows: Iterable[EventRow], fp: TextIO) -> int:
    """Write a FeatureCollection of the located events; return how many features."""
    fp.write('{"type": "FeatureCollection", "features": [')
    count = 0
    for row in rows:
        item = feature(row)
        if item is None:
            continue
        fp.write(("," if count else "") + "\n" + json.dumps(item, ensure_ascii=False))
        count += 1
    fp.write("\n]}\n")
    return count
