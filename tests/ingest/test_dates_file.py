"""A dates file (CSV or TSV, path-or-id -> date) dates plain files and JSON records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.ingest import Article, ReadOptions, read_articles
from eventwire.ingest.datesfile import read_dates_file

BODY = "Farmers in Bama said herders drove their cattle through the fields on Tuesday."


def _articles(paths: list[str], **kw: object) -> list[Article]:
    items = list(read_articles(paths, ReadOptions(**kw)))  # type: ignore[arg-type]
    assert all(isinstance(i, Article) for i in items), items
    return [i for i in items if isinstance(i, Article)]


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_tsv_without_header_matches_file_stem_name_and_path(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        _write(folder / name, BODY)
    table = _write(tmp_path / "dates.tsv",
                   f"a\t2021-03-04\nb.txt\t5 March 2021\n{folder / 'c.txt'}\t2021-03-06\n")
    dates, errors = read_dates_file(str(table))
    assert errors == []
    got = {Path(a.meta.path or "").name: a.meta.published
           for a in _articles([str(folder)], dates=dates)}
    assert got == {"a.txt": "2021-03-04", "b.txt": "2021-03-05", "c.txt": "2021-03-06",
                   "d.txt": None}
    assert dates.unused() == []


def test_csv_with_header_and_quotes(tmp_path: Path) -> None:
    _write(tmp_path / "x, y.txt", BODY)
    table = _write(tmp_path / "dates.csv", 'path,published\n"x, y.txt",2019-12-31\n')
    dates, errors = read_dates_file(str(table))
    assert errors == []
    [article] = _articles([str(tmp_path / "x, y.txt")], dates=dates)
    assert article.meta.published == "2019-12-31"


def test_dates_file_wins_over_the_date_in_the_text(tmp_path: Path) -> None:
    f = _write(tmp_path / "headed.txt",
               "Herders and farmers clash\nThe Lake Courier\n3 February 2021\n" + BODY)
    table = _write(tmp_path / "d.tsv", "headed\t2021-02-10\n")
    dates, _ = read_dates_file(str(table))
    [article] = _articles([str(f)], dates=dates)
    assert article.meta.published == "2021-02-10"


def test_json_records_match_by_id_key(tmp_path: Path) -> None:
    feed = _write(tmp_path / "feed.jsonl", "\n".join(json.dumps(r) for r in [
        {"story": "s-17", "text": BODY},
        {"story": 18, "text": BODY + " Two were hurt."},
        {"text": BODY + " No id here."},
    ]))
    table = _write(tmp_path / "d.tsv", "id\tdate\ns-17\t2020-01-01\n18\t2020-01-02\n")
    dates, errors = read_dates_file(str(table))
    assert errors == []
    articles = _articles([str(feed)], id_key="story", dates=dates)
    assert [(a.meta.path, a.meta.published) for a in articles] == [
        (f"{feed}#s-17", "2020-01-01"), (f"{feed}#18", "2020-01-02"), (f"{feed}#3", None)]


def test_a_line_for_a_jsonl_file_dates_each_record_without_its_own_line(tmp_path: Path) -> None:
    feed = _write(tmp_path / "feed.jsonl", "\n".join(json.dumps({"id": i, "text": BODY + str(i)})
                                                     for i in range(2)))
    table = _write(tmp_path / "d.tsv", "feed.jsonl\t2022-06-01\n1\t2022-06-02\n")
    dates, _ = read_dates_file(str(table))
    got = [a.meta.published for a in _articles([str(feed)], id_key="id", dates=dates)]
    assert got == ["2022-06-01", "2022-06-02"]


def test_unused_entries_are_listed_with_their_line(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", BODY)
    table = _write(tmp_path / "d.tsv", "a\t2021-01-01\nmissing\t2021-01-02\n")
    dates, _ = read_dates_file(str(table))
    _articles([str(tmp_path / "a.txt")], dates=dates)
    assert dates.unused() == [(2, "missing")]


@pytest.mark.parametrize(("content", "line", "message"), [
    ("a\t2021-01-01\nb\tsoon\n", 2, "'soon' is not a date"),
    ("a\t2021-01-01\nonly-a-key\n", 2, "expected two columns"),
    ("a\t2021-01-01\n\t2021-01-02\n", 2, "no path or id"),
    ("a\t2021-01-01\nb\t2021-01-05\na\t2021-01-02\n", 3, "listed again with another date"),
    ("path\tdate\n3 May\tx\n", 2, "'x' is not a date"),
])
def test_bad_lines_are_named_by_file_and_line_and_the_rest_is_kept(
        tmp_path: Path, content: str, line: int, message: str) -> None:
    table = _write(tmp_path / "d.tsv", content)
    dates, errors = read_dates_file(str(table))
    [error] = errors
    assert isinstance(error, InputError) and error.source == f"{table}:{line}"
    assert message in str(error) and "\n" not in str(error)
    assert dates.lookup("a") in (None, "2021-01-01")


def test_same_date_twice_is_not_an_error(tmp_path: Path) -> None:
    table = _write(tmp_path / "d.csv", "a,2021-01-01\na,2021-01-01\n")
    assert read_dates_file(str(table))[1] == []


def test_missing_or_empty_dates_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_dates_file(str(tmp_path / "nope.tsv"))
    empty = _write(tmp_path / "empty.tsv", "\n\n")
    with pytest.raises(InputError, match="holds no dates"):
        read_dates_file(str(empty))


@pytest.mark.parametrize("value", ["yesterday", "next week", "3 days ago", "Thursday"])
def test_a_date_relative_to_today_is_not_a_publication_date(value: str) -> None:
    from eventwire.ingest.dates import parse_published

    assert parse_published(value) is None
    assert parse_published("Tue, 09 Mar 2021 10:00:00 GMT") == "2021-03-09"
