"""Walking inputs (files, folders, '-') and dispatching each to the right reader."""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.errors import InputError
from eventwire.ingest.article import Article, ReadOptions
from eventwire.ingest.decode import decode_bytes
from eventwire.ingest.html import read_html
from eventwire.ingest.jsonl import read_json, read_jsonl, stream_jsonl_file
from eventwire.ingest.text import read_text

SUFFIXES = {".txt", ".text", ".html", ".htm", ".json", ".jsonl", ".ndjson"}


def read_articles(paths: Iterable[str], opts: ReadOptions | None = None
                  ) -> Iterator[Article | InputError]:
    """Yield every article found in ``paths``, or an InputError for each bad input."""
    opts = opts or ReadOptions()
    for given in paths:
        if given == "-":
            yield from _read_one(sys.stdin.buffer.read(), "-", opts, kind=None)
            continue
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, opts)
        elif not path.exists():
            yield InputError(given, "no such file or folder.")
        else:
            yield from _read_path(path, given, opts)


def _walk(folder: Path, opts: ReadOptions) -> Iterator[Article | InputError]:
    def on_error(e: OSError) -> None:
        raise e

    try:
        entries = sorted(os.walk(folder, onerror=on_error))
    except OSError as e:
        yield InputError(str(folder), f"cannot be read ({e.strerror}).", "Check its permissions.")
        return
    for root, _dirs, files in entries:
        for name in sorted(files):
            p = Path(root) / name
            if p.suffix.lower() in SUFFIXES and not name.startswith("."):
                yield from _read_path(p, str(p), opts)


def _read_path(path: Path, shown: str, opts: ReadOptions) -> Iterator[Article | InputError]:
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        yield from _with_published(stream_jsonl_file(path, shown, opts), shown, opts)
        return
    try:
        size = path.stat().st_size
        if size > opts.max_bytes:
            yield InputError(shown, f"file is too large ({size / 1e6:.1f} MB, limit "
                             f"{opts.max_bytes / 1e6:.0f} MB).",
                             "Split it into articles, e.g. as JSON Lines, one per line.")
            return
        data = path.read_bytes()
    except OSError as e:
        yield InputError(shown, f"cannot be read ({e.strerror}).", "Check its permissions.")
        return
    yield from _read_one(data, shown, opts, kind=path.suffix.lower())


def _read_one(data: bytes, shown: str, opts: ReadOptions, kind: str | None
              ) -> Iterator[Article | InputError]:
    try:
        raw = decode_bytes(data, shown, max_bytes=opts.max_bytes)
    except InputError as e:
        yield e
        return
    if kind is None:
        kind = _guess_kind(raw)
    if kind in (".jsonl", ".ndjson"):
        items: Iterable[Article | InputError] = read_jsonl(raw, shown, opts)
    elif kind == ".json":
        items = read_json(raw, shown, opts)
    else:
        try:
            items = [read_html(raw, shown) if kind in (".html", ".htm") else read_text(raw, shown)]
        except InputError as e:
            items = [e]
    yield from _with_published(items, shown, opts)


def _with_published(items: Iterable[Article | InputError], shown: str, opts: ReadOptions
                    ) -> Iterator[Article | InputError]:
    """Apply a forced publication date; refuse articles left without text."""
    for item in items:
        if isinstance(item, Article) and opts.published:
            item = dataclasses.replace(item, meta=dataclasses.replace(
                item.meta, published=opts.published))
        if isinstance(item, Article) and not item.text.strip():
            item = InputError(item.meta.path or shown,
                              "no article text after removing header lines.")
        yield item


def _guess_kind(raw: str) -> str:
    head = raw.lstrip()[:200].lower()
    if head.startswith(("{", "[")):
        return ".jsonl" if raw.strip().count("\n") and head.startswith("{") else ".json"
    if head.startswith(("<!doctype html", "<html")) or "<body" in raw[:5000].lower():
        return ".html"
    return ".txt"
