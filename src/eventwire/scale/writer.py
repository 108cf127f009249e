"""A background writer: store writes overlap extraction when both run in one process.

Extraction (``--workers 1``) and writing then share the process but not the wait:
SQLite and PostgreSQL release the GIL while they commit. The queue is bounded, so
a slow database holds extraction back instead of filling memory. Every call on
the sink, from either thread, goes through one lock: backends that share a single
connection (an in-memory SQLite) stay correct.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Sequence
from types import TracebackType

from eventwire.model import Document
from eventwire.scale.inputs import Batch
from eventwire.scale.sinks import Sink
from eventwire.scale.work import BatchResult, Failure
from eventwire.store.base import SaveResult

QUEUE_BATCHES = 4


class LockedSink:
    """A sink whose every call holds one lock."""

    def __init__(self, sink: Sink) -> None:
        self.sink, self.lock = sink, threading.Lock()

    def seen(self, doc_ids: list[str]) -> set[str]:
        with self.lock:
            return self.sink.seen(doc_ids)

    def write(self, docs: Sequence[Document]) -> tuple[SaveResult, list[Failure]]:
        with self.lock:
            return self.sink.write(docs)

    def add_written(self, doc_ids: Sequence[str]) -> None:
        with self.lock:
            self.sink.add_written(doc_ids)

    def error(self, path: str, reason: str) -> None:
        with self.lock:
            self.sink.error(path, reason)

    def close(self) -> None:
        with self.lock:
            self.sink.close()


class BackgroundWriter:
    """Absorb extracted batches on a thread; re-raise its error in the caller."""

    def __init__(self, absorb: object) -> None:
        self._absorb = absorb
        self._queue: queue.Queue[tuple[Batch, BatchResult] | None] = queue.Queue(QUEUE_BATCHES)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="eventwire-writer", daemon=True)

    def __enter__(self) -> BackgroundWriter:
        self._thread.start()
        return self

    def put(self, batch: Batch, result: BatchResult) -> None:
        """Queue a batch for writing (waits while the queue is full)."""
        self._raise()
        self._queue.put((batch, result))

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._absorb(*item)  # type: ignore[operator]
                except BaseException as e:  # noqa: BLE001 - handed to the caller's thread
                    self._error = e

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._queue.put(None)
        self._thread.join()
        if kind is None:
            self._raise()
