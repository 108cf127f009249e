"""Parquet shards: ingest --out writes them atomically, load reads them back exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.scale import ingest
from eventwire.scale.shards import ShardSink, load_shards, shard_files, shard_ids, write_shard
from eventwire.scale.sinks import StoreSink
from eventwire.store import open_store
from tests.scale.corpus import dump
from tests.store.factory import make_doc, variant


def test_shard_write_is_named_by_content(tmp_path: Path) -> None:
    docs = [variant(1), variant(2)]
    first = write_shard(tmp_path, docs)
    assert first == write_shard(tmp_path, list(reversed(docs)))
    assert shard_ids(tmp_path) == {d.id for d in docs}
    assert not list(tmp_path.glob(".*tmp"))


def test_load_shards_round_trips_documents(tmp_path: Path) -> None:
    docs = [make_doc(), variant(1)]
    write_shard(tmp_path / "out", docs)
    store = open_store("sqlite://")
    report = load_shards(tmp_path / "out", store)
    assert (report.inserted, report.skipped) == (2, 0)
    assert store.get(docs[0].id) == docs[0]
    assert load_shards(tmp_path / "out", store).skipped == 2
    store.close()


def test_load_shards_names_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="ingest ... --out DIR"):
        load_shards(tmp_path / "nope", open_store("sqlite://"))


def test_ingest_to_shards_then_load_equals_direct_ingest(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "shards"
    report = ingest([str(articles)], sink=ShardSink(out, size=5), stages=["entities"], workers=1)
    assert (report.inserted, report.failed) == (12, 1)
    assert len(shard_files(out)) == 2  # flushed after the first batch of 8, then at close
    again = ingest([str(articles)], sink=ShardSink(out), stages=["entities"], workers=1)
    assert (again.inserted, again.skipped) == (0, 12)
    loaded, direct = f"sqlite:///{tmp_path / 'l.db'}", f"sqlite:///{tmp_path / 'd.db'}"
    store = open_store(loaded)
    load_shards(out, store)
    store.close()
    store = open_store(direct)
    ingest([str(articles)], sink=StoreSink(store), stages=["entities"], workers=1)
    store.close()
    assert dump(loaded) == dump(direct)
