"""The Python API: extract one text into a Document with the default pipeline."""

from __future__ import annotations

from functools import lru_cache

from eventwire.ingest.article import Article
from eventwire.ingest.dates import parse_published
from eventwire.model import Document, Meta
from eventwire.pipeline.runner import Pipeline, default_pipeline


@lru_cache(maxsize=1)
def shared_pipeline() -> Pipeline:
    """Return the process-wide default pipeline, set up once."""
    pipeline = default_pipeline()
    pipeline.setup()
    return pipeline


def extract(text: str, *, published: str | None = None, source: str | None = None,
            title: str | None = None, path: str | None = None) -> Document:
    """Extract entities, places, times, quantities, quotes and events from one article text."""
    meta = Meta(path=path, title=title, source=source,
                published=parse_published(published) if published else None)
    return shared_pipeline().run(Article(text=text, meta=meta))
