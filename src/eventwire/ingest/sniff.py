"""Walking inputs (files, folders, '-') and dispatching each to the right reader.

Only regular files are read: FIFOs, sockets and devices are refused with one line
(reading them could block forever or never end), and so is any file this run is
writing (``ReadOptions.outputs``). A folder that cannot be listed is reported by its
own name and the rest of its parent is still read; a symlink that points back to
itself is called a symlink loop.
"""

from __future__ import annotations

import dataclasses
import errno
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.errors import InputError
from eventwire.ingest.article import Article, ReadOptions
from eventwire.ingest.decode import decode_bytes
from eventwire.ingest.html import read_html
from eventwire.ingest.jsonl import read_json, read_jsonl, stream_jsonl
from eventwire.ingest.text import read_text

SUFFIXES = {".txt", ".text", ".html", ".htm", ".json", ".jsonl", ".ndjson"}
_LINES = (".jsonl", ".ndjson")


def read_articles(paths: Iterable[str], opts: ReadOptions | None = None
                  ) -> Iterator[Article | InputError]:
    """Yield every article found in ``paths``, or an InputError for each bad input."""
    opts = opts or ReadOptions()
    for given in paths:
        try:
            yield from _read_given(given, opts)
        except Exception as e:  # noqa: BLE001 - a reader bug costs this input, not the run
            first = str(e).strip().splitlines()[0][:200] if str(e).strip() else ""
            yield InputError(given, f"could not be read ({type(e).__name__}"
                             + (f": {first})." if first else ")."))


def _read_given(given: str, opts: ReadOptions) -> Iterator[Article | InputError]:
    if given == "-":
        data = sys.stdin.buffer.read(opts.max_bytes + 1)
        yield from _read_one(data, "-", opts, kind=None)
        return
    try:
        st = os.stat(given)
    except OSError as e:
        yield os_error(given, e)
        return
    if stat.S_ISDIR(st.st_mode):
        yield from _walk(Path(given), opts)
    else:
        yield from _read_path(Path(given), given, opts, st)


def os_error(shown: str, e: OSError, *, folder: bool = False) -> InputError:
    """One clear line for an input the system refused to open or list."""
    if e.errno == errno.ELOOP:
        return InputError(shown, "is a symlink loop (a link that leads back to itself).",
                          "Remove or fix the link.")
    if e.errno == errno.ENOENT:
        if os.path.islink(shown):
            return InputError(shown, "is a broken symlink (its target does not exist).",
                              "Remove or fix the link.")
        return InputError(shown, "no such file or folder.")
    what = "folder cannot be read" if folder else "cannot be read"
    skipped = "; skipped, the rest was read" if folder else ""
    return InputError(shown, f"{what} ({e.strerror}){skipped}.", "Check its permissions.")


def special_file(shown: str, st: os.stat_result) -> InputError | None:
    """An InputError for anything but a regular file (FIFO, socket, device), else None."""
    mode = st.st_mode
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        kind = "a named pipe (FIFO)"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    else:
        kind = "not a regular file"
    return InputError(shown, f"is {kind}, not a file; skipped.",
                      "Pipe its contents to standard input with '-' instead.")


def _own_output(shown: str, st: os.stat_result, opts: ReadOptions) -> InputError | None:
    for dev, ino, name in opts.outputs:
        if (st.st_dev, st.st_ino) == (dev, ino):
            return InputError(shown, f"is this command's own {name}; not read as input.",
                              "Write the output outside the folders being read.")
    return None


def _walk(folder: Path, opts: ReadOptions) -> Iterator[Article | InputError]:
    listed: list[tuple[str, list[str] | InputError]] = []
    pending = [str(folder)]
    while pending:
        here = pending.pop()
        try:
            with os.scandir(here) as it:
                entries = list(it)
        except OSError as e:
            listed.append((here, os_error(str(Path(here)), e, folder=True)))
            continue
        files: list[str] = []
        for entry in entries:
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                pending.append(entry.path)
            elif Path(entry.name).suffix.lower() in SUFFIXES and not entry.name.startswith("."):
                files.append(entry.name)
        listed.append((here, sorted(files)))
    for root, found in sorted(listed, key=lambda item: item[0]):
        if isinstance(found, InputError):
            yield found
            continue
        for name in found:
            yield from _read_path(Path(root) / name, str(Path(root) / name), opts, None,
                                  in_folder=True)


def _read_path(path: Path, shown: str, opts: ReadOptions, st: os.stat_result | None,
               *, in_folder: bool = False) -> Iterator[Article | InputError]:
    try:
        st = st or os.stat(path)
    except OSError as e:
        yield os_error(shown, e)
        return
    if in_folder and stat.S_ISDIR(st.st_mode):
        return  # a symlink to a folder: not followed, as before
    refused = special_file(shown, st) or _own_output(shown, st, opts)
    if refused:
        yield refused
        return
    try:  # non-blocking: a file swapped for a FIFO since the stat must not hang the open
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        yield os_error(shown, e)
        return
    with os.fdopen(fd, "rb") as handle:
        st = os.fstat(fd)
        refused = special_file(shown, st) or _own_output(shown, st, opts)
        if refused:
            yield refused
            return
        os.set_blocking(fd, True)
        if path.suffix.lower() in _LINES:
            yield from _with_published(stream_jsonl(handle, shown, opts), shown, opts)
            return
        if st.st_size > opts.max_bytes:
            yield InputError(shown, f"file is too large ({st.st_size / 1e6:.1f} MB, limit "
                             f"{opts.max_bytes / 1e6:.0f} MB).",
                             "Split it into articles, e.g. as JSON Lines, one per line.")
            return
        try:
            data = handle.read(opts.max_bytes + 1)
        except OSError as e:
            yield os_error(shown, e)
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
    if kind in _LINES:
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
    """Apply a forced publication date, else the dates file's; refuse articles left
    without text."""
    for item in items:
        day = opts.published
        if isinstance(item, Article) and not day and opts.dates is not None:
            day = opts.dates.date_for(item.meta.path, shown, item.record_id)
        if isinstance(item, Article) and day:
            item = dataclasses.replace(item, meta=dataclasses.replace(item.meta, published=day))
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
