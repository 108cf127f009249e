"""A flat events CSV: one row per event, the columns an ACLED or UCDP user expects."""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Iterable
from typing import Any, TextIO

from eventwire.rows import EventRow

#: Leading columns in the order analysts read them; every other EventRow field follows.
LEADING: tuple[str, ...] = (
    "document_id", "event_id", "type", "mode", "actor", "target", "place_name", "country",
    "admin1", "lat", "lon", "earliest", "latest", "low", "best", "high", "certainty",
    "source", "source_kind", "sentence", "url", "published", "title",
)
COLUMNS: tuple[str, ...] = LEADING + tuple(
    f.name for f in dataclasses.fields(EventRow) if f.name not in LEADING)


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def write(rows: Iterable[EventRow], fp: TextIO) -> int:
    """Write a header and one row per event; return the number of events written."""
    writer = csv.writer(fp, lineterminator="\n")
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        writer.writerow([_cell(getattr(row, name)) for name in COLUMNS])
        count += 1
    return count
