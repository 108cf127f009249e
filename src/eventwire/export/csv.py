"""A flat events CSV: one row per event, the columns an ACLED or UCDP user expects.

Every text cell that a spreadsheet would run as a formula (one starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) is written with a leading ``'``,
so that ``=HYPERLINK(…)`` from an article's title stays text. Every CSV eventwire
writes (``eventwire export``, the web download) goes through ``write``.
"""

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


#: First characters that make a spreadsheet evaluate a cell (OWASP's CSV injection list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """``value`` made inert for a spreadsheet: prefixed with ``'`` if it could be a formula."""
    return "'" + value if value.startswith(FORMULA_START) else value


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str):
        # the csv module leaves a field holding a lone CR unquoted (with "\n" as line
        # terminator), which splits the row for every reader: carriage returns become "\n"
        return neutralise(value).replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def write(rows: Iterable[EventRow], fp: TextIO) -> int:
    """Write a header and one row per event (formulas neutralised); return how many."""
    writer = csv.writer(fp, lineterminator="\n")
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        writer.writerow([_cell(getattr(row, name)) for name in COLUMNS])
        count += 1
    return count
