"""The Dask engine on a real distributed.LocalCluster(n_workers=2): same rows as one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.scale import ingest
from eventwire.scale.shards import ShardSink, load_shards
from eventwire.scale.sinks import StoreSink
from eventwire.store import open_store
from tests.scale.corpus import dump

distributed = pytest.importorskip("distributed")


def _direct(articles: Path, url: str) -> None:
    store = open_store(url)
    ingest([str(articles)], sink=StoreSink(store), stages=["entities"], workers=1)
    store.close()


def test_dask_local_cluster_equals_single_process(articles: Path, tmp_path: Path) -> None:
    single, dask_db = f"sqlite:///{tmp_path / 's.db'}", f"sqlite:///{tmp_path / 'd.db'}"
    _direct(articles, single)
    out = tmp_path / "shards"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        store = open_store(dask_db)
        report = ingest([str(articles)], sink=StoreSink(store), stages=["entities"], workers=2,
                        engine="dask", scheduler=cluster.scheduler_address, batch_size=3)
        store.close()
        sharded = ingest([str(articles)], sink=ShardSink(out), stages=["entities"], workers=2,
                         engine="dask", scheduler=cluster.scheduler_address, shard_dir=str(out),
                         batch_size=3)
    assert (report.inserted, report.failed) == (12, 1)
    assert (sharded.inserted, sharded.failed) == (12, 1)
    assert dump(dask_db) == dump(single)
    loaded = f"sqlite:///{tmp_path / 'l.db'}"
    store = open_store(loaded)
    load_shards(out, store)
    store.close()
    assert dump(loaded) == dump(single)


@pytest.mark.slow
def test_ingest_cli_dask_engine_starts_its_own_local_cluster(articles: Path,
                                                             tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from eventwire.cli import app

    single, dask_db = f"sqlite:///{tmp_path / 's.db'}", f"sqlite:///{tmp_path / 'd.db'}"
    _direct(articles, single)
    result = CliRunner().invoke(app, ["ingest", str(articles), "--db", dask_db, "--engine",
                                      "dask", "--workers", "2", "--stages", "entities"])
    assert result.exit_code == 1, result.output  # the one bad input
    assert "12 new documents stored in" in " ".join(result.output.split())
    assert dump(dask_db) == dump(single)
