"""The extraction side of ingest: what a worker (a process or a Dask task) runs.

Workers keep one set-up pipeline per process, keyed by the stage names, so models
load once per worker, never per batch. A failing article becomes a ``Failure``
with its reason; it never takes the rest of its batch down.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from eventwire.ingest.article import Article
from eventwire.model import Document
from eventwire.pipeline.runner import Pipeline, default_pipeline

_PIPELINES: dict[tuple[str, ...], Pipeline] = {}


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be read or extracted."""

    path: str
    reason: str


@dataclass(slots=True)
class BatchResult:
    """What extracting one batch produced."""

    documents: list[Document] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    written: list[str] = field(default_factory=list)  # ids a remote worker wrote to shards


def pipeline_for(stages: Sequence[str] | None) -> Pipeline:
    """Return this process's set-up pipeline for ``stages`` (None: all stages)."""
    key = tuple(stages or ())
    pipeline = _PIPELINES.get(key)
    if pipeline is None:
        pipeline = default_pipeline(list(key) or None)
        pipeline.setup()
        _PIPELINES[key] = pipeline
    return pipeline


def init_worker(stages: Sequence[str] | None) -> None:
    """Process-pool initializer: load the pipeline before the first batch arrives."""
    pipeline_for(stages)


def describe(error: BaseException) -> str:
    """A one-line reason for a failure."""
    message = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def extract_batch(stages: Sequence[str] | None, articles: Sequence[Article]) -> BatchResult:
    """Extract a batch with one batched parse; isolate failures article by article."""
    pipeline = pipeline_for(stages)
    result = BatchResult()
    try:
        result.documents = list(pipeline.run_many(articles, batch_size=max(1, len(articles))))
        return result
    except Exception:  # noqa: BLE001 - a stage bug must not stop the run; retried one by one
        result.documents = []
    for article in articles:
        try:
            result.documents.append(pipeline.run(article))
        except Exception as e:  # noqa: BLE001 - recorded as this input's failure reason
            result.failures.append(Failure(article.meta.path or "-", describe(e)))
    return result
