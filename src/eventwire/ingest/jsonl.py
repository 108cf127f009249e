"""JSON and JSON Lines articles: one object per line, or a JSON object or array.

Hostile records never escape as exceptions: a line with a number longer than
Python will convert, nesting deeper than the parser recurses, or a field of the
wrong type becomes one ``InputError`` naming ``file#line``, and the rest is read.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from eventwire.errors import InputError
from eventwire.ingest.article import Article, ReadOptions
from eventwire.ingest.dates import parse_published
from eventwire.ingest.decode import bom_encoding, strip_invisible
from eventwire.model import Meta

_FIX_LINE = "Fix or remove that line."


def parse_json(raw: str, where: str) -> Any:
    """``json.loads`` for one line, turning every way hostile JSON fails into an InputError."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError as e:
        raise InputError(where, f"line is not valid JSON ({e.msg} at column {e.colno}).",
                         _FIX_LINE) from None
    except (ValueError, RecursionError) as e:
        raise hostile_json(e, where, "line") from None


def hostile_json(error: ValueError | RecursionError, where: str, what: str) -> InputError:
    """The InputError for JSON that parses but cannot be held: huge numbers, deep nesting."""
    if isinstance(error, RecursionError):
        reason = "is JSON nested too deeply to read."
    elif "digits" in str(error):  # int() refuses more than sys.get_int_max_str_digits()
        reason = "holds a number longer than 4,300 digits."
    else:
        reason = f"is not valid JSON ({str(error).splitlines()[0][:120]})."
    return InputError(where, f"{what} {reason}", _FIX_LINE if what == "line" else "")


def _scalar(record: Mapping[str, Any], key: str, where: str) -> str | None:
    """A metadata field as text: strings and numbers are accepted, anything else refused."""
    value = record.get(key)
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return strip_invisible(value)
    if isinstance(value, int | float):
        return str(value)
    raise InputError(where, f"field {key!r} must be a string (found {type(value).__name__}).",
                     "Fix or remove that field.")


def _authors(record: Mapping[str, Any], where: str) -> tuple[str, ...]:
    key = "authors" if record.get("authors") else "author"
    value = record.get(key)
    if not value:
        return ()
    if isinstance(value, str):
        return (strip_invisible(value),)
    if isinstance(value, list) and all(isinstance(a, str) for a in value):
        return tuple(strip_invisible(a) for a in value)
    raise InputError(where, f"field {key!r} must be a string or a list of strings (found "
                     f"{type(value).__name__}).", "Fix or remove that field.")


def article_from_record(record: Any, where: str, opts: ReadOptions,
                        file: str | None = None) -> Article:
    """Build an Article from one JSON object, using the configured field names.

    With ``opts.id_key`` set and present in the record, ``meta.path`` is ``file#id``
    (``file`` is the input the record was read from); otherwise it is ``where``.
    """
    if not isinstance(record, Mapping):
        raise InputError(where, f"expected a JSON object, found {type(record).__name__}.")
    text = record.get(opts.text_key)
    if not isinstance(text, str) or not text.strip():
        found = ", ".join(repr(k)[:40] for k in list(record)[:8]) or "none"
        guess = next((k for k in ("body", "content", "article", "text") if k in record
                      and k != opts.text_key), None)
        hint = f"Use --text-key {guess}." if guess else "Use --text-key FIELD."
        reason = (f"missing field {opts.text_key!r} (found: {found})." if text is None
                  else f"field {opts.text_key!r} is empty or not a string.")
        raise InputError(where, reason, hint)
    authors = _authors(record, where)
    title = _scalar(record, opts.title_key, where)
    source = _scalar(record, opts.source_key, where)
    published = _scalar(record, opts.date_key, where)
    url = _scalar(record, opts.url_key, where)
    record_id = (_scalar(record, opts.id_key, where) or "").strip() if opts.id_key else ""
    path = f"{file or where}#{record_id}" if record_id else where
    return Article(
        text=strip_invisible(text), record_id=record_id or None,
        meta=Meta(path=path, title=title, source=source, authors=authors,
                  published=parse_published(published), url=url),
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
            yield article_from_record(parse_json(line, where), where, opts, path)
        except InputError as e:
            yield e


def stream_jsonl(handle: BinaryIO, shown: str, opts: ReadOptions
                 ) -> Iterator[Article | InputError]:
    """Read an open JSON Lines file line by line, so memory stays flat whatever its size."""
    yield from read_jsonl_lines(_decoded_lines(handle, shown, opts.max_bytes), shown, opts)


def stream_jsonl_file(path: Path, shown: str, opts: ReadOptions
                      ) -> Iterator[Article | InputError]:
    """Open ``path`` and stream it as JSON Lines."""
    try:
        handle = path.open("rb")
    except OSError as e:
        yield InputError(shown, f"cannot be read ({e.strerror}).", "Check its permissions.")
        return
    with handle:
        yield from stream_jsonl(handle, shown, opts)


def _decoded_lines(handle: BinaryIO, shown: str, max_bytes: int
                   ) -> Iterator[tuple[int, str | InputError]]:
    head = handle.read(4)
    handle.seek(0)
    encoding = bom_encoding(head)
    lines = (_wide_lines(handle, shown, encoding, max_bytes)
             if encoding in ("utf-16", "utf-32") else _utf8_lines(handle, shown, max_bytes))
    seen_text = False
    for number, line in lines:
        if isinstance(line, str):
            line = strip_invisible(line)
            seen_text = seen_text or bool(line.strip())
        yield number, line
    if not seen_text:
        yield 0, InputError(shown, "file is empty.", "Remove it or give it an article's text.")


def _too_large(where: str, size: int, max_bytes: int) -> InputError:
    return InputError(where, f"line is too large ({size / 1e6:.1f} MB, limit "
                      f"{max_bytes / 1e6:.0f} MB).")


def _utf8_lines(handle: BinaryIO, shown: str, max_bytes: int
                ) -> Iterator[tuple[int, str | InputError]]:
    for number, data in enumerate(handle, start=1):
        where = f"{shown}#{number}"
        if len(data) > max_bytes:
            yield number, _too_large(where, len(data), max_bytes)
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
        yield number, line


def _wide_lines(handle: BinaryIO, shown: str, encoding: str, max_bytes: int
                ) -> Iterator[tuple[int, str | InputError]]:
    """Lines of a UTF-16 or UTF-32 file (its BOM says which), decoded as they are read."""
    text = io.TextIOWrapper(handle, encoding=encoding, newline="")
    number = 0
    try:
        for number, line in enumerate(text, start=1):  # noqa: B007 - reported on error
            size = len(line) * (2 if encoding == "utf-16" else 4)
            yield number, (_too_large(f"{shown}#{number}", size, max_bytes)
                           if size > max_bytes else line)
    except UnicodeDecodeError as e:
        yield number + 1, InputError(f"{shown}#{number + 1}",
                                     f"is not valid {encoding.upper()} ({e.reason}).",
                                     "Convert the file to UTF-8 first, e.g. with iconv.")
    finally:
        text.detach()


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
    except (ValueError, RecursionError) as e:
        yield hostile_json(e, path, "file")
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        where = f"{path}#{number}" if isinstance(data, list) else path
        try:
            yield article_from_record(record, where, opts, path)
        except InputError as e:
            yield e
