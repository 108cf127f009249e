"""The local engine: extraction in worker processes, writing in this one.

One writer keeps SQLite happy and every document one transaction. Workers come
from a ``forkserver`` (a clean process with the package imported once), so no
thread of this process (a progress bar, a database pool) is ever forked.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from eventwire.scale import lifeline
from eventwire.scale.inputs import Batch
from eventwire.scale.runner import INFLIGHT_PER_WORKER, IngestReport, Progress, absorb
from eventwire.scale.sinks import Sink
from eventwire.scale.work import BatchResult, Failure, extract_batch, init_worker
from eventwire.scale.writer import BackgroundWriter


def run_local(batches: Iterable[Batch], sink: Sink, report: IngestReport, *,
              stages: Sequence[str] | None, workers: int,
              on_progress: Progress | None = None) -> None:
    """Extract every batch (in ``workers`` processes, or here when 1) and write it."""
    if workers <= 1:
        _run_here(batches, sink, report, stages=stages, on_progress=on_progress)
        return
    _ProcessEngine(stages, workers).run(batches, sink, report, on_progress)


def _run_here(batches: Iterable[Batch], sink: Sink, report: IngestReport, *,
              stages: Sequence[str] | None, on_progress: Progress | None) -> None:
    """Extract in this process; write on a background thread so the two overlap."""
    with BackgroundWriter(lambda b, r: absorb(report, sink, b, r, on_progress)) as writer:
        for batch in batches:
            result = extract_batch(stages, batch.articles) if batch.articles else BatchResult()
            writer.put(batch, result)


#: One math thread per worker: N workers on N cores, not N x N threads fighting for them.
SINGLE_THREADED = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def _context() -> multiprocessing.context.BaseContext:
    for name, value in SINGLE_THREADED.items():  # inherited by the forkserver when it starts
        os.environ.setdefault(name, value)
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["eventwire.scale.work"])
        return ctx
    return multiprocessing.get_context("spawn")  # pragma: no cover - not on Linux


def _init_worker(stages: Sequence[str] | None, owner: int) -> None:
    """Pool initializer: die with ``owner`` (the ingest process), then load the pipeline."""
    lifeline.watch(owner)
    init_worker(stages)


class _ProcessEngine:
    """A process pool with a bounded number of batches in flight."""

    def __init__(self, stages: Sequence[str] | None, workers: int) -> None:
        self.stages, self.workers = stages, workers
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=_context(),
                                   initializer=_init_worker,
                                   initargs=(self.stages, os.getpid()))

    def run(self, batches: Iterable[Batch], sink: Sink, report: IngestReport,
            on_progress: Progress | None) -> None:
        inflight: dict[Future[BatchResult], Batch] = {}
        limit = self.workers * INFLIGHT_PER_WORKER
        try:
            for batch in batches:
                if not batch.articles:
                    absorb(report, sink, batch, BatchResult(), on_progress)
                    continue
                while len(inflight) >= limit:
                    self._drain(inflight, sink, report, on_progress, FIRST_COMPLETED)
                inflight[self._submit(batch)] = batch
            while inflight:
                self._drain(inflight, sink, report, on_progress, FIRST_COMPLETED)
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def _submit(self, batch: Batch) -> Future[BatchResult]:
        try:
            return self.pool.submit(extract_batch, self.stages, batch.articles)
        except BrokenProcessPool:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._new_pool()
            return self.pool.submit(extract_batch, self.stages, batch.articles)

    def _drain(self, inflight: dict[Future[BatchResult], Batch], sink: Sink,
               report: IngestReport, on_progress: Progress | None, when: str) -> None:
        done, _ = wait(list(inflight), return_when=when)
        for future in done:
            batch = inflight.pop(future)
            try:
                result = future.result()
            except BrokenProcessPool:
                result = BatchResult(failures=[
                    Failure(a.meta.path or "-", "the worker process died while extracting this "
                            "batch (out of memory?); it is retried on the next run.")
                    for a in batch.articles])
            absorb(report, sink, batch, result, on_progress)
