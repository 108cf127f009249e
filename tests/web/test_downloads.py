"""Streamed downloads: bytes come as the exporter writes them, errors surface, paths are cut."""

from __future__ import annotations

import io
import threading

import pytest

from eventwire.web.downloads import CHUNK, public_url, stream_writer


def test_stream_writer_yields_everything_written_in_chunks() -> None:
    def write(fp: io.TextIOBase) -> None:
        for i in range(20_000):
            fp.write(f"row {i}\n")

    chunks = list(stream_writer(write, text=True))
    body = b"".join(chunks).decode()
    assert body.count("\n") == 20_000 and body.startswith("row 0\n")
    assert len(chunks) > 1 and max(map(len, chunks)) < CHUNK * 2


def test_stream_writer_raises_the_writers_error() -> None:
    def write(fp: io.RawIOBase) -> None:
        fp.write(b"partial")
        raise ValueError("bad row")

    with pytest.raises(ValueError, match="bad row"):
        list(stream_writer(write, text=False))


def test_stream_writer_stops_the_writer_when_the_reader_goes_away() -> None:
    stopped = threading.Event()

    def write(fp: io.RawIOBase) -> None:
        try:
            while True:
                fp.write(b"x" * 4096)
        finally:
            stopped.set()

    stream = stream_writer(write, text=False)
    next(stream)
    stream.close()  # the client disconnected
    assert stopped.wait(5)


@pytest.mark.parametrize("value,shown", [
    ("https://example.org/a", "https://example.org/a"),
    ("/srv/data/news/feed.jsonl#40", "feed.jsonl#40"),
    ("C:\\\\Users\\\\me\\\\a.txt", "a.txt"), ("a.txt", "a.txt"), (None, None),
    ("./in/b.txt", "b.txt"), ("file:///srv/c.html", "c.html"),
    ("@SUM(1+1)*cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0"),
])
def test_public_url_cuts_server_paths(value: str | None, shown: str | None) -> None:
    assert public_url(value) == shown
