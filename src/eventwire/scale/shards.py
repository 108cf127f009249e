"""Parquet shards: extraction results written as files, bulk-loaded into a store later.

A shard holds whole documents (the contract JSON) plus a few columns to inspect
them with any Parquet tool. Shards are written to a temporary name and renamed,
so a killed run never leaves half a shard; each shard's name is a hash of its
document ids, so writing the same batch twice writes the same file.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.model import Document, document_from_dict
from eventwire.scale.work import Failure
from eventwire.store.base import SaveResult, Store

DOC_SCHEMA = pa.schema([
    ("id", pa.string()), ("path", pa.string()), ("title", pa.string()),
    ("published", pa.string()), ("events", pa.int32()), ("document", pa.string()),
])
ERROR_SCHEMA = pa.schema([("path", pa.string()), ("reason", pa.string())])
SHARD_SIZE = 500
READ_BATCH = 256


def _atomic_write(table: pa.Table, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, target)
    return target


def write_shard(folder: str | Path, docs: Sequence[Document]) -> Path | None:
    """Write documents to ``folder/part-<hash>.parquet``; return its path (None if empty)."""
    if not docs:
        return None
    ids = sorted(d.id for d in docs)
    name = hashlib.sha256("\n".join(ids).encode()).hexdigest()[:20]
    table = pa.Table.from_pylist([{
        "id": d.id, "path": d.meta.path, "title": d.meta.title, "published": d.meta.published,
        "events": len(d.events),
        "document": json.dumps(d.to_dict(), ensure_ascii=False, separators=(",", ":")),
    } for d in docs], schema=DOC_SCHEMA)
    return _atomic_write(table, Path(folder) / f"part-{name}.parquet")


def write_errors(folder: str | Path, errors: Sequence[tuple[str, str]]) -> Path | None:
    """Write bad inputs (path, reason) to ``folder/errors-<hash>.parquet``."""
    if not errors:
        return None
    name = hashlib.sha256(repr(sorted(errors)).encode()).hexdigest()[:20]
    table = pa.Table.from_pylist([{"path": p, "reason": r} for p, r in errors],
                                 schema=ERROR_SCHEMA)
    return _atomic_write(table, Path(folder) / f"errors-{name}.parquet")


def shard_files(folder: str | Path, prefix: str = "part-") -> list[Path]:
    return sorted(Path(folder).glob(f"{prefix}*.parquet"))


def shard_ids(folder: str | Path) -> set[str]:
    """Every document id already written to shards in ``folder``."""
    ids: set[str] = set()
    for path in shard_files(folder):
        ids.update(pq.read_table(path, columns=["id"]).column("id").to_pylist())
    return ids


def iter_shard_documents(folder: str | Path) -> Iterator[Document]:
    """Stream the documents of every shard in ``folder``, a row batch at a time."""
    for path in shard_files(folder):
        for batch in pq.ParquetFile(path).iter_batches(batch_size=READ_BATCH,
                                                      columns=["document"]):
            for raw in batch.column(0).to_pylist():
                yield document_from_dict(json.loads(raw))


def iter_shard_errors(folder: str | Path) -> Iterator[tuple[str, str]]:
    for path in shard_files(folder, "errors-"):
        for row in pq.read_table(path).to_pylist():
            yield row["path"], row["reason"]


@dataclass(frozen=True, slots=True)
class LoadReport:
    inserted: int
    skipped: int
    errors: int


def load_shards(folder: str | Path, store: Store, *, batch: int = 64) -> LoadReport:
    """Bulk-load every shard in ``folder`` into ``store`` (idempotent)."""
    if not Path(folder).is_dir():
        from eventwire.errors import InputError

        raise InputError(str(folder), "is not a folder of Parquet shards.",
                         "Write one with `eventwire ingest ... --out DIR`.")
    total, pending = SaveResult(), []
    for doc in iter_shard_documents(folder):
        pending.append(doc)
        if len(pending) >= batch:
            total, pending = total + store.save(pending), []
    total = total + store.save(pending)
    errors = 0
    for path, reason in iter_shard_errors(folder):
        store.record_error(path, reason)
        errors += 1
    return LoadReport(total.inserted, total.skipped, errors)


class ShardSink:
    """Buffer documents and write a shard every ``size`` documents."""

    def __init__(self, folder: str | Path, size: int = SHARD_SIZE) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.size = size
        self._known = shard_ids(self.folder)
        self._docs: list[Document] = []
        self._errors: list[tuple[str, str]] = []

    def seen(self, doc_ids: list[str]) -> set[str]:
        return {i for i in doc_ids if i in self._known}

    def write(self, docs: Sequence[Document]) -> tuple[SaveResult, list[Failure]]:
        fresh = [d for d in docs if d.id not in self._known]
        self._known.update(d.id for d in fresh)
        self._docs.extend(fresh)
        if len(self._docs) >= self.size:
            self.flush()
        return SaveResult(len(fresh), len(docs) - len(fresh)), []

    def add_written(self, doc_ids: Sequence[str]) -> None:
        """Note ids a remote worker wrote to shards itself."""
        self._known.update(doc_ids)

    def error(self, path: str, reason: str) -> None:
        self._errors.append((path, reason))

    def flush(self) -> None:
        write_shard(self.folder, self._docs)
        write_errors(self.folder, self._errors)
        self._docs, self._errors = [], []

    def close(self) -> None:
        self.flush()
