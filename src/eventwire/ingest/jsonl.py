"""JSON and JSON Lines articles: one object per line, or a JSON object or array."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from eventwire.errors import InputError
from eventwire.ingest.article import Article, ReadOptions
from eventwire.ingest.dates import parse_published
from eventwire.model import Meta


def article_from_record(record: Any, where: str, opts: ReadOptions) -> Article:
    """Build an Article from one JSON object, using the configured field names."""
    if not isinstance(record, Mapping):
        raise InputError(where, f"expected a JSON object, found {type(record).__name__}.")
    text = record.get(opts.text_key)
    if not isinstance(text, str) or not text.strip():
        found = ", ".join(repr(k) for k in list(record)[:8]) or "none"
        guess = next((k for k in ("body", "content", "article", "text") if k in record
                      and k != opts.text_key), None)
        hint = f"Use --text-key {guess}." if guess else "Use --text-key FIELD."
        reason = (f"missing field {opts.text_key!r} (found: {found})." if text is None
                  else f"field {opts.text_key!r} is empty or not a string.")
        raise InputError(where, reason, hint)
    authors = record.get("authors") or record.get("author") or ()
    if isinstance(authors, str):
        authors = [authors]
    title = record.get(opts.title_key)
    source = record.get(opts.source_key)
    return Article(
        text=text,
        meta=Meta(path=where, title=str(title) if title else None,
                  source=str(source) if source else None,
                  authors=tuple(str(a) for a in authors),
                  published=parse_published(str(record.get(opts.date_key) or "")),
                  url=str(record[opts.url_key]) if record.get(opts.url_key) else None),
    )


def read_jsonl(raw: str, path: str, opts: ReadOptions) -> Iterator[Article | InputError]:
    """Yield an Article, or an InputError naming the line, for each line of JSON Lines."""
    return read_jsonl_lines(enumerate(raw.split("\n"), start=1), path, opts)


def read_jsonl_lines(lines: Iterable[tuple[int, str | InputError]], path: str,
                     opts: ReadOptions) -> Iterator[Article | InputError]:
    """Parse numbered lines (or per-line decoding errors) lazily, one article at a time."""
    for number, line in lines:
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        where = f"{path}#{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(where, f"line is not valid JSON ({e.msg} at column {e.colno}).",
                             "Fix or remove that line.")
            continue
        try:
            yield article_from_record(record, where, opts)
        except InputError as e:
            yield e


def stream_jsonl_file(path: Path, shown: str, opts: ReadOptions
                      ) -> Iterator[Article | InputError]:
    """Read a JSON Lines file line by line, so memory stays flat whatever its size."""
    try:
        handle = path.open("rb")
    except OSError as e:
        yield InputError(shown, f"cannot be read ({e.strerror}).", "Check its permissions.")
        return
    with handle:
        yield from read_jsonl_lines(_decoded_lines(handle, shown, opts.max_bytes), shown, opts)


def _decoded_lines(handle: BinaryIO, shown: str, max_bytes: int
                   ) -> Iterator[tuple[int, str | InputError]]:
    seen_text = False
    for number, data in enumerate(handle, start=1):
        where = f"{shown}#{number}"
        if len(data) > max_bytes:
            yield number, InputError(where, f"line is too large ({len(data) / 1e6:.1f} MB, "
                                     f"limit {max_bytes / 1e6:.0f} MB).")
            continue
        if b"\x00" in data:
            yield number, InputError(where, "looks like binary data, not JSON.")
            continue
        try:
            line = data.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as e:
            yield number, InputError(where, f"is not valid UTF-8 (byte {e.start}).",
                                     "Convert the file first, e.g. iconv -f latin1 -t utf-8.")
            continue
        seen_text = seen_text or bool(line.strip())
        yield number, line
    if not seen_text:
        yield 0, InputError(shown, "file is empty.", "Remove it or give it an article's text.")


def read_json(raw: str, path: str, opts: ReadOptions) -> Iterator[Article | InputError]:
    """Yield Articles from a JSON document holding one object or an array of them."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        if "\n" in raw.strip():
            yield from read_jsonl(raw, path, opts)
            return
        yield InputError(path, f"is not valid JSON ({e.msg} at line {e.lineno}).")
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        where = f"{path}#{number}" if isinstance(data, list) else path
        try:
            yield article_from_record(record, where, opts)
        except InputError as e:
            yield e
