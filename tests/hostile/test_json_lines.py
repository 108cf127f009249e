"""Hostile JSON lines: one clear line per bad line, never a traceback, the rest stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.ingest import Article, ReadOptions, read_articles
from tests.hostile.conftest import GOOD, run, stored

HUGE_INT = '{"text": "Police fired on a crowd in Gao.", "count": ' + "9" * 5001 + "}"
AUTHORS_INT = '{"text": "Police detained 12 people in Sfax.", "authors": 5}'
DEEP = "[" * 100_000
DEEP_OBJECT = '{"text": "Troops left Gao.", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
TITLE_OBJECT = '{"text": "Troops left Gao.", "title": {"a": [1, 2]}}'
BAD = {
    2: (HUGE_INT, "number"),
    3: (AUTHORS_INT, "'authors'"),
    4: (DEEP, "nested"),
    5: (DEEP_OBJECT, "nested"),
    6: (TITLE_OBJECT, "'title'"),
}


def _feed(path: Path) -> Path:
    lines = [json.dumps({"text": GOOD[0]}), *(line for line, _ in BAD.values()),
             json.dumps({"text": GOOD[1], "authors": ["Lina Moreau"]})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_reader_yields_one_error_per_hostile_line(tmp_path: Path) -> None:
    feed = _feed(tmp_path / "feed.jsonl")
    items = list(read_articles([str(feed)]))
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [a.text for a in articles] == [GOOD[0], GOOD[1]]
    assert [e.source for e in errors] == [f"{feed}#{n}" for n in BAD]
    for error, (_line, word) in zip(errors, BAD.values(), strict=True):
        assert word in error.reason, error


@pytest.mark.parametrize(("line", "message"), [
    (HUGE_INT, "a number longer than 4,300 digits"),
    (AUTHORS_INT, "field 'authors' must be a string or a list of strings (found int)"),
    (DEEP, "nested too deeply"),
    ('{"text": "Gao.", "published": {"y": 2024}}', "field 'published' must be a string"),
    ('{"text": "Gao.", "url": [1]}', "field 'url' must be a string"),
    ('{"text": "Gao.", "authors": ["A", {"b": 1}]}', "field 'authors' must be a string or"),
])
def test_each_hostile_line_is_named_by_file_and_line(tmp_path: Path, line: str,
                                                     message: str) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": GOOD[0]}) + "\n" + line + "\n", encoding="utf-8")
    [good, error] = list(read_articles([str(feed)]))
    assert isinstance(good, Article)
    assert isinstance(error, InputError) and error.source == f"{feed}#2"
    assert message in error.reason


def test_extract_reports_each_bad_line_and_extracts_the_rest(tmp_path: Path) -> None:
    feed = _feed(tmp_path / "feed.jsonl")
    result = run("extract", str(feed), "--stages", "entities")
    assert result.code == 1
    assert "Traceback" not in result.stderr
    assert len(result.errors) == len(BAD)
    for error, number in zip(result.errors, BAD, strict=True):
        assert error.startswith(f"Error: {feed}#{number}: ")
    assert len(result.stdout.splitlines()) == 2


def test_stdin_with_hostile_lines(tmp_path: Path) -> None:
    feed = _feed(tmp_path / "feed.jsonl")
    result = run("extract", "-", "--stages", "entities", stdin=feed.read_bytes())
    assert result.code == 1 and "Traceback" not in result.stderr
    assert [e.split(":")[1].strip() for e in result.errors] == [f"-#{n}" for n in BAD]
    assert len(result.stdout.splitlines()) == 2


@pytest.mark.parametrize(("content", "message"), [
    ("[" + json.dumps({"text": GOOD[0]}) + ", " + HUGE_INT + "]",
     "a number longer than 4,300 digits"),
    ("[" * 100_000, "nested too deeply"),
])
def test_json_file_with_hostile_content_is_one_line(tmp_path: Path, content: str,
                                                    message: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    [error] = list(read_articles([str(bad)]))
    assert isinstance(error, InputError) and error.source == str(bad)
    assert message in error.reason


def test_json_array_with_a_wrong_type_keeps_the_good_records(tmp_path: Path) -> None:
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps([{"text": GOOD[0]}, {"text": GOOD[1], "authors": 5}]),
                    encoding="utf-8")
    [good, error] = list(read_articles([str(feed)], ReadOptions()))
    assert isinstance(good, Article)
    assert isinstance(error, InputError) and error.source == f"{feed}#2"


def test_ingest_stores_the_good_articles_and_a_rerun_works(tmp_path: Path) -> None:
    feed = _feed(tmp_path / "feed.jsonl")
    url = f"sqlite:///{tmp_path / 'ew.db'}"
    args = ("ingest", str(feed), "--db", url, "--stages", "entities", "--workers", "1")
    first = run(*args)
    assert first.code == 1, first.stderr
    assert "Traceback" not in first.stderr
    assert len(result_errors := first.errors) == len(BAD), result_errors
    docs, errors = stored(url)
    assert docs == [f"{feed}#1", f"{feed}#{len(BAD) + 2}"]
    assert errors == sorted(f"{feed}#{n}" for n in BAD)
    second = run(*args)
    assert second.code == 1 and "Traceback" not in second.stderr
    assert "0 new documents" in second.stderr and "2 already stored" in second.stderr
    assert stored(url)[0] == docs
