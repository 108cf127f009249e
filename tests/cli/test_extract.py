"""``eventwire extract``: output contract, offsets, and one clear line per bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED, shared_or_skip

EVENTWIRE = [sys.executable, "-m", "eventwire"]
GOOD = "Rebels seized the town of Kidal in northern Mali on Sunday, residents said."


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*EVENTWIRE, *args], input=stdin.decode() if stdin else None,
                          capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_extract_prints_contract_documents_with_consistent_spans(good: Path) -> None:
    result = run("extract", str(good))
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    doc = json.loads(line)
    assert doc["schema"] == "eventwire.document/1" and doc["id"].startswith("sha256:")
    assert set(doc) >= {"meta", "text", "entities", "places", "times", "quantities",
                        "quotes", "events"}
    for layer in ("entities", "places", "times", "quantities", "quotes"):
        for item in doc[layer]:
            assert doc["text"][item["start"]:item["end"]] == item["text"]


def test_extract_seed_metadata() -> None:
    seed = shared_or_skip("seeds", SEED.name)
    result = run("extract", str(seed))
    assert result.returncode == 0, result.stderr
    meta = json.loads(result.stdout)["meta"]
    assert meta["source"] == "The Guardian"
    assert meta["authors"] == ["Martin Chulov"]
    assert meta["published"] == "2017-09-12"


def test_extract_reads_stdin() -> None:
    result = run("extract", "-", stdin=GOOD.encode())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["meta"]["path"] == "-"


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"   \n\n", "file is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
    ("latin1.txt", "Caf\u00e9 in Gen\u00e8ve".encode("latin-1"), "is not valid UTF-8"),
    ("broken.html", b"<html><body><div><p>", "no article text found in the HTML"),
])
def test_extract_bad_input_reports_one_line_and_goes_on(
        tmp_path: Path, good: Path, name: str, content: bytes, message: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run("extract", str(bad), str(good))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and str(bad) in errors[0] and message in errors[0]
    assert len(result.stdout.splitlines()) == 1  # the good file was still extracted


def test_extract_huge_file_is_refused_without_reading_it(tmp_path: Path, good: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    result = run("extract", str(huge), str(good))
    assert result.returncode == 1
    assert f"Error: {huge}: file is too large (52.4 MB, limit 10 MB)." in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_extract_jsonl_bad_lines_name_the_line(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([json.dumps({"text": GOOD}), "{not json",
                               json.dumps({"body": "x", "title": "y"})]), encoding="utf-8")
    result = run("extract", str(feed))
    assert result.returncode == 1
    assert f"Error: {feed}#2: line is not valid JSON" in result.stderr
    assert (f"Error: {feed}#3: missing field 'text' (found: 'body', 'title'). "
            "Use --text-key body.") in result.stderr
    assert len(result.stdout.splitlines()) == 1
    assert json.loads(result.stdout)["meta"]["path"] == f"{feed}#1"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_extract_unreadable_file_in_folder(tmp_path: Path, good: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    result = run("extract", str(tmp_path))
    assert result.returncode == 1 and f"Error: {locked}: cannot be read" in result.stderr


def test_extract_unreadable_file_reported_via_oserror(tmp_path: Path, good: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.errors import InputError
    from eventwire.ingest import read_articles

    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    original = os.open

    def deny(path: str | Path, flags: int, *args: int) -> int:
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return original(path, flags, *args)

    monkeypatch.setattr(os, "open", deny)
    items = list(read_articles([str(tmp_path)]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert [str(e) for e in errors] == [
        f"{locked}: cannot be read (Permission denied). Check its permissions."]
    assert len(items) == 2


def test_extract_on_error_fail_stops_at_first(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = run("extract", "--on-error", "fail", str(bad), str(good))
    assert result.returncode == 1 and result.stdout == ""


def test_extract_missing_path_and_usage_errors(tmp_path: Path) -> None:
    result = run("extract", str(tmp_path / "nope.txt"))
    assert result.returncode == 1 and "no such file or folder" in result.stderr
    assert run("extract", "--published", "not-a-date", str(tmp_path)).returncode == 2
    assert run("extract").returncode == 2
