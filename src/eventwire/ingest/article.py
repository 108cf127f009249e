"""The Article record readers produce, and the options that steer them."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.ingest.datesfile import DatesFile
from eventwire.model import Meta


@dataclass(frozen=True, slots=True)
class Article:
    """Text plus metadata, nothing else: what every reader yields.

    ``record_id`` is a JSON record's own id (``ReadOptions.id_key``), when it has one.
    """

    text: str
    meta: Meta
    record_id: str | None = None


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs: JSON field names, a forced date or a dates file, the size limit.

    ``id_key`` names the JSON field holding each record's own id: the record's
    ``meta.path`` is then ``file#id`` instead of ``file#line``, and a dates file can
    name it by that id. ``dates`` gives inputs their publication date by path or id
    (see ``ingest.datesfile``); ``published`` forces one date on every input.

    ``outputs`` are the files this run is writing, as (device, inode, name): an input
    that is one of them is refused instead of read, as grep does, so that
    ``eventwire extract articles/ > articles/out.jsonl`` never reads its own output.
    """

    text_key: str = "text"
    title_key: str = "title"
    date_key: str = "published"
    source_key: str = "source"
    url_key: str = "url"
    id_key: str | None = None
    published: str | None = None
    dates: DatesFile | None = None
    max_bytes: int = 10_000_000
    outputs: tuple[tuple[int, int, str], ...] = ()


def output_files(extra: dict[int, str] | None = None) -> tuple[tuple[int, int, str], ...]:
    """(device, inode, name) of standard output and error (and ``extra`` file descriptors)
    when they are regular files: the files a run must not read back as input."""
    import os
    import stat

    found = []
    for fd, name in {1: "standard output", 2: "standard error", **(extra or {})}.items():
        try:
            st = os.fstat(fd)
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode):
            found.append((st.st_dev, st.st_ino, name))
    return tuple(found)
