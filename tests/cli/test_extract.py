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


# --- publication dates, ids and URLs given by the user ---------------------------------

UNDATED = "Gunmen raided the market in Gao on Thursday and again last week, residents said."


def _docs(result: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def _times(doc: dict[str, object]) -> dict[str, object]:
    return {t["text"]: t["earliest"] for t in doc["times"]}  # type: ignore[attr-defined]


def test_undated_article_is_warned_about_once_and_its_relative_times_stay_empty(
        tmp_path: Path) -> None:
    undated = tmp_path / "undated.txt"
    undated.write_text(UNDATED, encoding="utf-8")
    result = run("extract", "--stages", "dates", str(undated))
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning:")]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"Warning: {undated}: no publication date;")
    assert "--dates" in warnings[0]
    [doc] = _docs(result)
    assert set(_times(doc).values()) == {None}


def test_dates_file_dates_each_file_and_silences_the_warning(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(UNDATED, encoding="utf-8")
    (folder / "b.txt").write_text(UNDATED.replace("Gao", "Kidal"), encoding="utf-8")
    dates = tmp_path / "dates.csv"
    dates.write_text("file,date\na,2021-03-05\nb.txt,2021-03-12\n", encoding="utf-8")
    result = run("extract", "--stages", "dates", "--dates", str(dates), str(folder))
    assert result.returncode == 0, result.stderr
    assert "Warning" not in result.stderr
    docs = {Path(str(d["meta"]["path"])).name: d for d in _docs(result)}  # type: ignore[index]
    assert docs["a.txt"]["meta"]["published"] == "2021-03-05"  # type: ignore[index]
    assert _times(docs["a.txt"])["Thursday"] == "2021-03-04"
    assert _times(docs["b.txt"])["Thursday"] == "2021-03-11"


def test_dates_file_bad_line_is_one_error_naming_file_and_line(tmp_path: Path,
                                                               good: Path) -> None:
    dates = tmp_path / "dates.tsv"
    dates.write_text("good\t2020-02-02\nother\tnext week\n", encoding="utf-8")
    result = run("extract", "--stages", "dates", "--dates", str(dates), str(good))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert errors == [f"Error: {dates}:2: 'next week' is not a date. Use YYYY-MM-DD."]
    [doc] = _docs(result)
    assert doc["meta"]["published"] == "2020-02-02"  # type: ignore[index]


def test_dates_file_unused_entries_are_warned_about(tmp_path: Path, good: Path) -> None:
    dates = tmp_path / "dates.tsv"
    dates.write_text("good\t2020-02-02\nelsewhere.txt\t2020-02-03\n", encoding="utf-8")
    result = run("extract", "--stages", "dates", "--dates", str(dates), str(good))
    assert result.returncode == 0, result.stderr
    assert (f"Warning: {dates}: 1 line named no input read (line 2: 'elsewhere.txt')."
            in result.stderr)


def test_dates_file_missing_or_combined_with_published_is_a_usage_error(
        tmp_path: Path, good: Path) -> None:
    missing = run("extract", "--dates", str(tmp_path / "nope.tsv"), str(good))
    assert missing.returncode == 2 and "nope.tsv" in missing.stderr
    dates = tmp_path / "d.tsv"
    dates.write_text("good\t2020-02-02\n", encoding="utf-8")
    both = run("extract", "--dates", str(dates), "--published", "2020-01-01", str(good))
    assert both.returncode == 2 and "--published" in both.stderr


def test_id_key_and_url_key_are_kept_as_given(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    rows = [{"guid": "wire-0042", "link": "https://news.example.org/a?id=42&x=1",
             "headline": "  Raid on Gao market ", "text": GOOD}]
    feed.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    dates = tmp_path / "d.tsv"
    dates.write_text("wire-0042\t2021-07-01\n", encoding="utf-8")
    result = run("extract", "--stages", "dates", "--id-key", "guid", "--url-key", "link",
                 "--title-key", "headline", "--dates", str(dates), str(feed))
    assert result.returncode == 0, result.stderr
    [doc] = _docs(result)
    meta = doc["meta"]
    assert meta == {"path": f"{feed}#wire-0042", "title": "  Raid on Gao market ",
                    "source": None, "authors": [], "published": "2021-07-01",
                    "language": "en", "url": "https://news.example.org/a?id=42&x=1"}
