"""Ingest: idempotent, parallel, recording bad inputs, resumable after SIGKILL."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.scale import ingest
from eventwire.scale.inputs import count_inputs
from eventwire.scale.sinks import StoreSink
from eventwire.store import open_store
from tests.scale.corpus import dump, write_articles

STAGES = ["entities"]


def _ingest(folder: Path, url: str, workers: int = 1, **kw: object):  # type: ignore[no-untyped-def]
    store = open_store(url)
    try:
        return ingest([str(folder)], sink=StoreSink(store), stages=STAGES, workers=workers,
                      **kw)  # type: ignore[arg-type]
    finally:
        store.close()


def test_ingest_stores_documents_and_is_idempotent(articles: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    first = _ingest(articles, url)
    assert (first.read, first.inserted, first.skipped, first.failed) == (13, 12, 0, 1)
    before = dump(url)
    again = _ingest(articles, url)
    assert (again.inserted, again.skipped, again.failed) == (0, 12, 1)
    assert dump(url) == before


def test_ingest_records_bad_inputs_and_goes_on(articles: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    (articles / "empty.txt").write_text("   \n", encoding="utf-8")
    report = _ingest(articles, url)
    assert report.inserted == 12 and report.failed == 2
    store = open_store(url)
    paths = sorted(Path(e.path).name for e in store.errors())
    store.close()
    assert paths == ["bad0.txt", "empty.txt"]


def test_ingest_parallel_equals_single_process(articles: Path, tmp_path: Path) -> None:
    one, two = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'two.db'}"
    _ingest(articles, one, workers=1)
    report = _ingest(articles, two, workers=2, batch_size=2)
    assert report.inserted == 12
    assert dump(two) == dump(one)


def test_ingest_skips_duplicate_texts_within_a_run(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", 3)
    (folder / "copy.txt").write_text((folder / "a00000.txt").read_text(), encoding="utf-8")
    report = _ingest(folder, f"sqlite:///{tmp_path / 'a.db'}")
    assert (report.inserted, report.skipped) == (3, 1)


def test_ingest_counts_jsonl_lines_for_the_eta(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "a"}\n{"text": "b"}\n{"text": "c"}',
                                      encoding="utf-8")
    (tmp_path / "b.txt").write_text("x", encoding="utf-8")
    assert count_inputs([str(tmp_path)]) == 4
    assert count_inputs(["-"]) is None


class _BrokenSink(StoreSink):
    def write(self, docs):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk on fire")


def test_ingest_raises_a_writer_failure_in_the_caller(articles: Path) -> None:
    store = open_store("sqlite://")
    with pytest.raises(RuntimeError, match="disk on fire"):
        ingest([str(articles)], sink=_BrokenSink(store), stages=STAGES, workers=1)
    store.close()


def test_ingest_into_memory_store_shares_one_connection_safely(articles: Path) -> None:
    store = open_store("sqlite://")
    report = ingest([str(articles)], sink=StoreSink(store), stages=STAGES, workers=1,
                    batch_size=2)
    assert (report.inserted, store.stats()["documents"]) == (12, 12)
    store.close()
