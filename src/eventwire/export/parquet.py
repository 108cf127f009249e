"""The events table as Parquet (typed columns, zstd), written in row groups."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.rows import EventRow

ROW_GROUP = 10_000
_FLOATS = {"lat", "lon", "origin_lat", "origin_lon", "destination_lat", "destination_lon",
           "low", "best", "high", "confidence"}
_INTS = {"fatalities_low", "fatalities", "fatalities_high", "injured"}
SCHEMA = pa.schema([
    (f.name, pa.float64() if f.name in _FLOATS else pa.int64() if f.name in _INTS
     else pa.string())
    for f in dataclasses.fields(EventRow)
])


def write(rows: Iterable[EventRow], fp: BinaryIO | str) -> int:
    """Write events to a Parquet file (path or binary file object); return how many."""
    count = 0
    buffer: list[dict[str, Any]] = []
    with pq.ParquetWriter(fp, SCHEMA, compression="zstd") as writer:
        for row in rows:
            buffer.append(dataclasses.asdict(row))
            count += 1
            if len(buffer) >= ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(buffer, schema=SCHEMA))
                buffer = []
        if buffer or count == 0:
            writer.write_table(pa.Table.from_pylist(buffer, schema=SCHEMA))
    return count
