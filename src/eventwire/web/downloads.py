"""Downloads of every event a filter selects, streamed: CSV, GeoJSON, Parquet, ACLED CSV.

Built on the library's exporters (``eventwire.export``) so a download has the same
columns as ``eventwire export``. Differences for a web audience: text cells that a
spreadsheet would run as formulas are neutralised, events without coordinates stay
in the GeoJSON with a null geometry (RFC 7946 §3.2), and a ``url`` that is a file
path on the server is cut to its file name. Exporters write to a file object in a
worker thread; the response reads the bytes as they come (bounded memory, any size).
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import queue
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from eventwire.export import csv as csv_export
from eventwire.export import geojson as geojson_export
from eventwire.rows import EventRow

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: Bytes handed to the response at once, and how many chunks may wait for the client.
CHUNK = 64 * 1024
QUEUE_CHUNKS = 16


_PATH = re.compile(r"^(/|~|\.{1,2}[/\\]|[A-Za-z]:[/\\]|\\\\|file:)")


def public_url(value: str | None) -> str | None:
    """A file path (absolute, relative, ``file:``) cut to its file name; anything else as given.

    A row's ``url`` is the article's address, or the path it was read from: the web
    app shows no server paths.
    """
    if not value or not _PATH.match(value):
        return value
    head, _, anchor = value.partition("#")
    name = os.path.basename(head.replace("\\", "/")) or head
    return f"{name}#{anchor}" if anchor else name


def public_row(row: EventRow) -> EventRow:
    """The row with its ``url`` made public (see ``public_url``)."""
    url = public_url(row.url)
    return row if url == row.url else dataclasses.replace(row, url=url)


def _defuse(row: EventRow) -> EventRow:
    changes: dict[str, Any] = {f.name: "'" + value for f in dataclasses.fields(row)
               if isinstance(value := getattr(row, f.name), str)
               and value.startswith(_FORMULA_START)}
    return dataclasses.replace(row, **changes) if changes else row


def events_csv(rows: Iterable[EventRow]) -> str:
    """One CSV row per event (the exporter's columns), formulas neutralised."""
    buf = io.StringIO()
    csv_export.write((_defuse(public_row(r)) for r in rows), buf)
    return buf.getvalue()


def event_feature(row: EventRow) -> dict[str, Any]:
    """The exporter's Point feature, or the same feature with a null geometry."""
    row = public_row(row)
    feature = geojson_export.feature(row)
    if feature is None:
        feature = {"type": "Feature", "id": f"{row.document_id}#{row.event_id}",
                   "geometry": None, "properties": dataclasses.asdict(row)}
    return feature


def events_geojson(rows: Sequence[EventRow]) -> str:
    """A GeoJSON FeatureCollection holding every given event."""
    return "".join(geojson_chunks(rows))


def geojson_chunks(rows: Iterable[EventRow]) -> Iterator[str]:
    """A FeatureCollection, written feature by feature."""
    yield '{"type":"FeatureCollection","features":['
    for i, row in enumerate(rows):
        yield ("," if i else "") + json.dumps(event_feature(row), ensure_ascii=False)
    yield "]}"


def csv_chunks(rows: Iterable[EventRow]) -> Iterator[str]:
    """The CSV download, a few hundred rows at a time."""
    buf = io.StringIO()
    pending: list[EventRow] = []
    header = True
    for row in rows:
        pending.append(_defuse(public_row(row)))
        if len(pending) >= 500:
            yield _csv_block(pending, buf, header)
            header, pending = False, []
    if pending or header:
        yield _csv_block(pending, buf, header)


def _csv_block(rows: list[EventRow], buf: io.StringIO, header: bool) -> str:
    buf.seek(0)
    buf.truncate()
    csv_export.write(rows, buf)
    text = buf.getvalue()
    return text if header else text.split("\n", 1)[1] if "\n" in text else ""


class _Sink(io.RawIOBase):
    """A write-only binary file whose bytes go to a queue, in chunks of about CHUNK."""

    def __init__(self, out: queue.Queue[bytes | BaseException | None],
                 stop: threading.Event) -> None:
        super().__init__()
        self.out, self.stop = out, stop
        self.pending = bytearray()
        self.written = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if self.stop.is_set():
            raise BrokenPipeError("the client went away")
        self.pending += bytes(data)
        self.written += len(data)
        if len(self.pending) >= CHUNK:
            self.flush()
        return len(data)

    def tell(self) -> int:
        return self.written

    def flush(self) -> None:
        if self.pending:
            chunk, self.pending = bytes(self.pending), bytearray()
            while not self.stop.is_set():
                try:
                    self.out.put(chunk, timeout=0.5)
                    return
                except queue.Full:
                    continue


def stream_writer(write: Callable[[Any], object], *, text: bool) -> Iterator[bytes]:
    """Run ``write(fp)`` in a thread and yield what it writes, as it writes it.

    ``text`` wraps the sink in a UTF-8 text file. An exception in the writer ends
    the stream (the client sees a truncated file; the error is raised here).
    """
    out: queue.Queue[bytes | BaseException | None] = queue.Queue(maxsize=QUEUE_CHUNKS)
    stop = threading.Event()

    def run() -> None:
        sink = _Sink(out, stop)
        try:
            if text:
                wrapper = io.TextIOWrapper(io.BufferedWriter(sink), encoding="utf-8", newline="",
                                           write_through=True)
                write(wrapper)
                wrapper.flush()
            else:
                write(sink)
            sink.flush()
            result: BaseException | None = None
        except BaseException as e:  # noqa: BLE001 - handed to the reading side
            result = e
        while not stop.is_set():
            try:
                out.put(result, timeout=0.5)
                return
            except queue.Full:
                continue

    thread = threading.Thread(target=run, name="eventwire-download", daemon=True)
    thread.start()
    try:
        while True:
            item = out.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
