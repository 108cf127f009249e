"""``ingest``: read inputs, extract new articles on an engine, write them to a sink.

The flow is streaming with bounded queues: the reader yields batches lazily, at
most a few batches per worker are in flight, and finished documents are written
(one transaction each) as they arrive. Nothing is held for the whole run, so
memory does not grow with the number of articles.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from eventwire.errors import EventwireError
from eventwire.ingest import Article, ReadOptions
from eventwire.scale.inputs import Batch, count_inputs, new_batches
from eventwire.scale.sinks import Sink
from eventwire.scale.work import BatchResult, Failure
from eventwire.scale.writer import LockedSink

ENGINES = ("local", "dask")
BATCH_SIZE = 8
#: Batches in flight per worker: enough to keep workers busy, bounded to cap memory.
INFLIGHT_PER_WORKER = 2


@dataclass(slots=True)
class IngestReport:
    """Running totals of an ingest run."""

    expected: int | None = None
    read: int = 0
    inserted: int = 0
    skipped: int = 0
    failed: int = 0
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    @property
    def seconds(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    @property
    def rate(self) -> float:
        """Inputs processed per second."""
        return self.read / self.seconds if self.seconds > 0 else 0.0


Progress = Callable[[IngestReport, list[Failure]], None]


def default_workers() -> int:
    """One worker per available core."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def absorb(report: IngestReport, sink: Sink, batch: Batch, result: BatchResult,
           on_progress: Progress | None) -> None:
    """Write one extracted batch and update the totals."""
    saved, store_failures = sink.write(result.documents)
    sink.add_written(result.written)
    failures = batch.failures + result.failures + store_failures
    for failure in failures:
        sink.error(failure.path, failure.reason)
    report.read += len(batch)
    report.inserted += saved.inserted + len(result.written)
    report.skipped += saved.skipped + batch.already
    report.failed += len(failures)
    if on_progress:
        on_progress(report, failures)


def ingest(paths: Sequence[str], *, sink: Sink, stages: Sequence[str] | None = None,
           workers: int | None = None, engine: str = "local", scheduler: str | None = None,
           shard_dir: str | None = None, opts: ReadOptions | None = None,
           batch_size: int = BATCH_SIZE, on_progress: Progress | None = None,
           on_start: Callable[[IngestReport], None] | None = None,
           on_undated: Callable[[Article], object] | None = None) -> IngestReport:
    """Extract every new article in ``paths`` and write it to ``sink``; return the totals
    (``on_undated`` hears of each new article without a publication date).

    ``engine`` is ``local`` (``workers`` processes; 1 runs in this process) or ``dask``
    (a ``distributed`` cluster at ``scheduler``, or a LocalCluster of ``workers``).
    With ``shard_dir``, Dask workers write Parquet shards there themselves.
    """
    if engine not in ENGINES:
        raise EventwireError(f"unknown engine {engine!r}; use one of: {', '.join(ENGINES)}.")
    workers = workers or default_workers()
    sink = LockedSink(sink)  # the reader and a background writer may share it
    report = IngestReport(expected=count_inputs(paths))
    if on_start:
        on_start(report)
    batches: Iterable[Batch] = new_batches(paths, opts or ReadOptions(), sink.seen, batch_size,
                                          on_undated)
    try:
        if engine == "dask":
            from eventwire.scale.dask_engine import run_dask

            run_dask(batches, sink, report, stages=stages, workers=workers,
                     scheduler=scheduler, shard_dir=shard_dir, on_progress=on_progress)
        else:
            from eventwire.scale.local import run_local

            run_local(batches, sink, report, stages=stages, workers=workers,
                      on_progress=on_progress)
    finally:
        sink.close()
        report.finished = time.monotonic()
    return report
