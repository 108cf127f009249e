"""A flat events CSV (one row per extracted event), and the cell rules of every CSV.

Every text cell that a spreadsheet would run as a formula (one starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) is written with a leading ``'``,
so that ``=HYPERLINK(…)`` from an article's title stays text. Every CSV eventwire
writes (``eventwire export`` in csv, acled and ucdp, the web download) goes through
``table_writer`` and ``cell``.
"""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
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


def cell(value: Any) -> Any:
    """A value as a CSV cell: None empty, whole floats as integers, text made inert."""
    if value is None:
        return ""
    if isinstance(value, str):
        # the csv module leaves a field holding a lone CR unquoted (with "\n" as line
        # terminator), which splits the row for every reader: carriage returns become "\n"
        return neutralise(value).replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def table_writer(fp: TextIO, columns: Sequence[str]) -> Callable[[Mapping[str, Any]], None]:
    """Write the header of ``columns`` to ``fp``; return a function writing one row (a
    mapping by column name, absent names empty), every cell through ``cell``."""
    writer = csv.writer(fp, lineterminator="\n")
    writer.writerow(columns)

    def put(row: Mapping[str, Any]) -> None:
        writer.writerow([cell(row.get(name)) for name in columns])

    return put


def write(rows: Iterable[EventRow], fp: TextIO) -> int:
    """Write a header and one row per event (formulas neutralised); return how many."""
    put = table_writer(fp, COLUMNS)
    count = 0
    for row in rows:
        put({name: getattr(row, name) for name in COLUMNS})
        count += 1
    return count
