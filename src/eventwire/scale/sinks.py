"""Where ingest puts finished documents: a Store, or Parquet shards (``shards.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from eventwire.errors import StoreError
from eventwire.model import Document
from eventwire.scale.work import Failure
from eventwire.store.base import SaveResult, Store


class Sink(Protocol):
    """The writing end of an ingest run."""

    def seen(self, doc_ids: list[str]) -> set[str]:
        """Which of these document ids are already written."""
        ...

    def write(self, docs: Sequence[Document]) -> tuple[SaveResult, list[Failure]]:
        """Write documents (each atomically); already present ones are skipped."""
        ...

    def add_written(self, doc_ids: Sequence[str]) -> None:
        """Note documents a remote worker wrote itself."""
        ...

    def error(self, path: str, reason: str) -> None:
        """Record a bad input."""
        ...

    def close(self) -> None:
        """Flush anything buffered."""
        ...


class StoreSink:
    """Write straight into a Store: one transaction per batch, each document whole or absent."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def seen(self, doc_ids: list[str]) -> set[str]:
        return self.store.existing(doc_ids)

    def write(self, docs: Sequence[Document]) -> tuple[SaveResult, list[Failure]]:
        try:
            return self.store.save(docs), []  # one transaction for the whole batch
        except StoreError:
            pass  # nothing of the batch was kept: retry one by one to isolate the bad one
        total, failures = SaveResult(), []
        for doc in docs:
            try:
                total = total + self.store.save([doc])
            except StoreError as e:
                failures.append(Failure(doc.meta.path or doc.id, str(e).splitlines()[0]))
        return total, failures

    def add_written(self, doc_ids: Sequence[str]) -> None:
        """Remote workers only write shards, never to a store sink."""

    def error(self, path: str, reason: str) -> None:
        self.store.record_error(path, reason)

    def close(self) -> None:
        """Nothing is buffered; the caller closes the store."""
