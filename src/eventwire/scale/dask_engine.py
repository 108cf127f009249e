"""The Dask engine: extraction on ``distributed`` workers, a bounded number of tasks in flight.

Without a scheduler address a ``LocalCluster`` of ``workers`` processes is started
(and stopped at the end). Each task extracts one batch; with a shard folder the
worker writes its documents there itself and returns only their ids, so the
documents never travel through the client.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from eventwire.errors import EventwireError
from eventwire.ingest.article import Article
from eventwire.scale.inputs import Batch
from eventwire.scale.runner import INFLIGHT_PER_WORKER, IngestReport, Progress, absorb
from eventwire.scale.sinks import Sink
from eventwire.scale.work import BatchResult, Failure, describe, extract_batch


def extract_task(stages: Sequence[str] | None, articles: Sequence[Article],
                 shard_dir: str | None) -> BatchResult:
    """A Dask task: extract a batch; write it to a shard when given a folder."""
    result = extract_batch(stages, articles)
    if shard_dir and result.documents:
        from eventwire.scale.shards import write_shard

        write_shard(shard_dir, result.documents)
        result.written = [d.id for d in result.documents]
        result.documents = []
    return result


def _connect(scheduler: str | None, workers: int) -> tuple[Any, Any]:
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="20s"), None  # type: ignore[no-untyped-call]
        except OSError as e:
            raise EventwireError(f"cannot reach the Dask scheduler at {scheduler}: {e}. "
                                 "Start it with `dask scheduler`, or drop --scheduler to "
                                 "use a local cluster.") from e
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster), cluster  # type: ignore[no-untyped-call]


def run_dask(batches: Iterable[Batch], sink: Sink, report: IngestReport, *,
             stages: Sequence[str] | None, workers: int, scheduler: str | None = None,
             shard_dir: str | None = None, on_progress: Progress | None = None) -> None:
    """Extract every batch on Dask workers and write the results to ``sink``."""
    from distributed import as_completed

    client, cluster = _connect(scheduler, workers)
    try:
        slots = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        limit = slots * INFLIGHT_PER_WORKER
        pending = as_completed()  # type: ignore[no-untyped-call]
        inflight: dict[str, Batch] = {}

        def finish_one() -> None:
            future = next(pending)
            batch = inflight.pop(future.key)
            absorb(report, sink, batch, _result(future, batch), on_progress)

        for batch in batches:
            if not batch.articles:
                absorb(report, sink, batch, BatchResult(), on_progress)
                continue
            while len(inflight) >= limit:
                finish_one()
            future = client.submit(extract_task, stages, batch.articles, shard_dir, pure=False)
            inflight[future.key] = batch
            pending.add(future)  # type: ignore[no-untyped-call]
        while inflight:
            finish_one()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _result(future: Any, batch: Batch) -> BatchResult:
    try:
        result: BatchResult = future.result()
    except Exception as e:  # noqa: BLE001 - a lost task (KilledWorker…) fails only its batch
        reason = f"the Dask task failed ({describe(e)}); it is retried on the next run."
        return BatchResult(failures=[Failure(a.meta.path or "-", reason)
                                     for a in batch.articles])
    finally:
        future.release()
    return result
