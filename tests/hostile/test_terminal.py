"""What reaches the terminal: no escape sequences from inputs, one-line errors, no wrapping."""

from __future__ import annotations

import dataclasses
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.cli.terminal import clean
from eventwire.store import open_store
from tests.hostile.conftest import GOOD, run, stored, write_good
from tests.store.factory import make_doc

ESC = "\x1b]0;pwned\x07\x1b[2J\x1b[31mRED\x1b[0m\x9b1;31m\x07\x08\x00"
CONTROL = tuple(chr(c) for c in (*range(0, 9), *range(11, 32), *range(0x7f, 0xa0)))


def _no_controls(text: str) -> None:
    for line in text.splitlines():
        assert not any(c in line for c in CONTROL), repr(line)


@pytest.mark.parametrize(("raw", "shown"), [
    (f"Title {ESC}end", "Title REDend"),
    ("a\tb\nc\r", "a b c"),
    ("\x1b]8;;http://evil.example/\x1b\\link\x1b]8;;\x1b\\", "link"),
    ("plain · text", "plain · text"),
])
def test_clean(raw: str, shown: str) -> None:
    assert clean(raw) == shown


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'ew.db'}"
    store = open_store(url)
    doc = make_doc()
    store.save([dataclasses.replace(doc, meta=dataclasses.replace(
        doc.meta, title=f"Kassala {ESC} raid", source=f"Wire{ESC}"))])
    store.record_error(f"feed{ESC}.jsonl#3", f"line is bad {ESC} really")
    store.close()
    return url


def test_search_prints_no_escape_sequences(db: str) -> None:
    result = run("search", "Kassala", "--db", db)
    assert result.code == 0, result.stderr
    assert "Kassala RED raid" in result.stdout
    _no_controls(result.stdout)
    _no_controls(result.stderr)


def test_errors_prints_no_escape_sequences(db: str) -> None:
    result = run("errors", "--db", db)
    assert result.code == 0, result.stderr
    [line] = result.stdout.splitlines()
    assert line.endswith("  feedRED.jsonl#3: line is bad RED really")
    _no_controls(result.stdout)


def test_extract_messages_print_no_escape_sequences(tmp_path: Path) -> None:
    bad = tmp_path / f"bad{ESC.replace(chr(0), '')}.txt"
    bad.write_bytes(b"")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"body": "x", f"k{ESC}": 1}) + "\n", encoding="utf-8")
    result = run("extract", str(bad), str(feed), "--stages", "entities")
    assert result.code == 1
    assert len(result.errors) == 2
    assert result.errors[0] == (f"Error: {tmp_path}/badRED.txt: file is empty. Remove it or "
                                "give it an article's text.")
    _no_controls(result.stderr)


def test_export_into_a_missing_folder_is_one_line(db: str, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "events.csv"
    result = run("export", "--db", db, "--format", "csv", "-o", str(target))
    assert result.code == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"Error: cannot write {target} (No such file or directory). Create the folder first."]


@pytest.fixture
def read_only_db(tmp_path: Path) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'ro.db'}"
    store = open_store(url)
    store.save([make_doc()])
    store.close()
    for leftover in tmp_path.glob("ro.db-*"):
        leftover.unlink()
    flag = subprocess.run(["chattr", "+i", str(tmp_path / "ro.db")], check=False,
                          capture_output=True)
    if flag.returncode != 0:
        pytest.skip("chattr +i is not available here to make a file read-only for root")
    yield url
    subprocess.run(["chattr", "-i", str(tmp_path / "ro.db")], check=True)


def test_ingest_into_a_read_only_database_is_one_line(read_only_db: str,
                                                      tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_good(folder, 1)
    result = run("ingest", str(folder), "--db", read_only_db, "--stages", "entities",
                 "--workers", "1")
    assert result.code == 1
    assert "Traceback" not in result.stderr
    assert result.errors == [
        "Error: the database is read-only (attempt to write a readonly database). Make the "
        "database file and its folder writable, or give another --db."]
    exported = run("export", "--db", read_only_db, "--format", "csv")  # reading still works
    assert exported.code == 0, exported.stderr
    assert len(exported.stdout.splitlines()) == 2


@pytest.fixture
def shards(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    write_good(folder, 2)
    out = tmp_path / "shards"
    result = run("ingest", str(folder), "--out", str(out), "--stages", "entities",
                 "--workers", "1")
    assert result.code == 0, result.stderr
    return out


def test_load_with_a_corrupt_shard_is_one_line_naming_it(shards: Path, tmp_path: Path) -> None:
    [part] = list(shards.glob("part-*.parquet"))
    part.write_bytes(part.read_bytes()[:100])
    url = f"sqlite:///{tmp_path / 'ew.db'}"
    result = run("load", str(shards), "--db", url)
    assert result.code == 1
    assert "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: {part} (")
    assert line.endswith("not a readable Parquet shard. Move it away or re-run the ingest "
                         "that wrote it; nothing was loaded.")
    assert stored(url) == ([], [])


def test_ingest_out_into_a_folder_with_a_corrupt_shard_is_one_line(shards: Path,
                                                                   tmp_path: Path) -> None:
    (shards / "part-0000.parquet").write_bytes(b"PAR1 not really")
    folder = tmp_path / "more"
    write_good(folder, 3)
    result = run("ingest", str(folder), "--out", str(shards), "--stages", "entities",
                 "--workers", "1")
    assert result.code == 1 and "Traceback" not in result.stderr
    assert result.errors[0].startswith(f"Error: {shards / 'part-0000.parquet'} (")


def test_long_error_lines_are_not_wrapped_when_stderr_is_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_good(folder, 1)
    bad = folder / ("a-very-long-file-name-" * 5 + ".txt")
    bad.write_bytes(b"")
    url = f"sqlite:///{tmp_path / 'ew.db'}"
    result = run("ingest", str(folder), "--db", url, "--stages", "entities", "--workers", "1")
    assert result.code == 1
    assert (f"Error: {bad}: file is empty. Remove it or give it an article's text."
            in result.stderr.splitlines())
    summary = [line for line in result.stderr.splitlines() if line.startswith("Read ")]
    assert len(summary) == 1 and summary[0].endswith("1 failed.")
    assert stored(url) == ([str(folder / "good0.txt")], [str(bad)])
    assert GOOD


def test_extract_output_holds_no_raw_c1_controls(tmp_path: Path) -> None:
    article = tmp_path / "c1.txt"
    article.write_text(f"{GOOD[0]} \x9b31mred\x1b[0m \x7f", encoding="utf-8")
    result = run("extract", str(article), "--stages", "entities")
    assert result.code == 0, result.stderr
    _no_controls(result.stdout)
    assert "\x9b31mred\x1b[0m" in json.loads(result.stdout)["text"]
