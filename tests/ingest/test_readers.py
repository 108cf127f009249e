"""Readers: header detection, HTML, JSON Lines and folders."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.errors import InputError
from eventwire.ingest import Article, ReadOptions, read_articles
from eventwire.ingest.text import read_text

HEADED = """Aid convoy reaches besieged town after weeks of talks
The Northern Courier
Jane Doe and Omar Khalid
3 February, 2021
An aid convoy reached the town of Tal Afar on Tuesday.
Residents said food had run out."""


def _read(paths: list[str], **kw: object) -> list[Article | InputError]:
    return list(read_articles(paths, ReadOptions(**kw)))  # type: ignore[arg-type]


def test_text_detects_outlet_author_and_date_lines() -> None:
    article = read_text(HEADED, "a.txt")
    assert article.meta.source == "The Northern Courier"
    assert article.meta.authors == ("Jane Doe", "Omar Khalid")
    assert article.meta.published == "2021-02-03"
    assert article.meta.title == "Aid convoy reaches besieged town after weeks of talks"
    assert article.text.startswith("Aid convoy reaches besieged town")
    assert "The Northern Courier" not in article.text
    assert "Residents said food had run out." in article.text


def test_text_without_header_is_kept_whole() -> None:
    body = "Officials in Mosul said on Monday that the bridge had reopened.\nTraffic resumed."
    article = read_text(body, "b.txt")
    assert article.text == body
    assert article.meta.published is None and article.meta.source is None


def test_html_reads_body_and_meta_tags(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    paragraphs = "".join(f"<p>Paragraph {i}: residents of Kherson said shelling continued "
                         "through the night and several houses were damaged.</p>"
                         for i in range(5))
    page.write_text(
        "<html><head><title>Shelling in Kherson</title>"
        '<meta property="og:title" content="Shelling continues in Kherson">'
        '<meta property="article:published_time" content="2023-06-07T10:00:00Z">'
        '<meta name="author" content="Olena Petrenko"></head>'
        f"<body><nav>Home | World</nav><article>{paragraphs}</article></body></html>",
        encoding="utf-8")
    [article] = _read([str(page)])
    assert isinstance(article, Article)
    assert "residents of Kherson" in article.text and "Home | World" not in article.text
    assert article.meta.published == "2023-06-07"
    assert article.meta.authors == ("Olena Petrenko",)
    assert article.meta.title == "Shelling continues in Kherson"


def test_jsonl_uses_configured_keys_and_line_paths(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    rows = [{"body": "Protesters gathered in Tunis.", "headline": "Tunis", "date": "2022-01-14",
             "outlet": "Wire"}, {"body": "Talks resumed in Doha."}]
    f.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    items = _read([str(f)], text_key="body", title_key="headline", date_key="date",
                  source_key="outlet")
    assert [i.meta.path for i in items if isinstance(i, Article)] == [f"{f}#1", f"{f}#2"]
    first = items[0]
    assert isinstance(first, Article)
    assert (first.meta.title, first.meta.published, first.meta.source) == (
        "Tunis", "2022-01-14", "Wire")


def test_json_array_and_folders_are_read_recursively(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.json").write_text(
        json.dumps([{"text": "One."}, {"text": "Two."}]), encoding="utf-8")
    (tmp_path / "b.txt").write_text("Three.", encoding="utf-8")
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    texts = [i.text for i in _read([str(tmp_path)]) if isinstance(i, Article)]
    assert sorted(texts) == ["One.", "Three.", "Two."]


def test_published_option_overrides_the_input(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(HEADED, encoding="utf-8")
    [article] = _read([str(f)], published="2020-05-05")
    assert isinstance(article, Article) and article.meta.published == "2020-05-05"


def test_jsonl_is_streamed_line_by_line(tmp_path: Path) -> None:
    f = tmp_path / "big.jsonl"
    f.write_text("\n".join(json.dumps({"text": f"Report {i} from Goma."}) for i in range(3))
                 + "\n" + "{broken\n", encoding="utf-8")
    items = read_articles([str(f)])
    first = next(items)  # a generator: nothing past the first line has been parsed yet
    assert isinstance(first, Article) and first.meta.path == f"{f}#1"
    rest = list(items)
    assert [type(i).__name__ for i in rest] == ["Article", "Article", "InputError"]
    assert str(rest[-1]).startswith(f"{f}#4: line is not valid JSON")


def test_jsonl_bad_encoding_and_empty_file_name_the_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(json.dumps({"text": "ok"}).encode() + b"\n" + b'{"text": "caf\xe9"}\n')
    items = _read([str(bad)])
    assert isinstance(items[0], Article)
    assert str(items[1]).startswith(f"{bad}#2: is not valid UTF-8")
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"\n\n")
    assert [str(e) for e in _read([str(empty)])] == [
        f"{empty}: file is empty. Remove it or give it an article's text."]
