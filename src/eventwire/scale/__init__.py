"""Ingest at scale: local worker processes or Dask workers, into a Store or Parquet shards."""

from eventwire.scale.runner import IngestReport, ingest

__all__ = ["IngestReport", "ingest"]
