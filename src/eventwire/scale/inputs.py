"""Reading inputs for ingest: counting them for the ETA, batching new articles.

Articles already stored are dropped here, before extraction, by their content-hash
id: re-running an ingest (after a crash, or on the same files) extracts only what
is missing.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.errors import InputError
from eventwire.ingest import Article, ReadOptions, read_articles
from eventwire.ingest.sniff import SUFFIXES
from eventwire.model import content_id
from eventwire.scale.work import Failure

_LINE_SUFFIXES = {".jsonl", ".ndjson"}
_CHUNK = 1 << 20


def count_inputs(paths: Iterable[str]) -> int | None:
    """Roughly how many articles ``paths`` hold (None when one is stdin)."""
    total = 0
    for given in paths:
        if given == "-":
            return None
        path = Path(given)
        if path.is_dir():
            for root, _dirs, files in os.walk(path):
                total += sum(_count_file(Path(root) / n) for n in files
                             if Path(n).suffix.lower() in SUFFIXES and not n.startswith("."))
        else:
            total += _count_file(path)
    return total


def _count_file(path: Path) -> int:
    if path.suffix.lower() not in _LINE_SUFFIXES:
        return 1
    try:  # only regular files are opened: a FIFO would block here forever
        if not stat.S_ISREG(os.stat(path).st_mode):
            return 1
    except OSError:
        return 1
    lines, last = 0, b"\n"
    try:
        with path.open("rb") as fp:
            while chunk := fp.read(_CHUNK):
                lines += chunk.count(b"\n")
                last = chunk[-1:]
    except OSError:
        return 1
    return lines + (last != b"\n")


@dataclass(slots=True)
class Batch:
    """New articles to extract, plus what was skipped or failed while reading them."""

    articles: list[Article] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    already: int = 0

    def __len__(self) -> int:
        return len(self.articles) + len(self.failures) + self.already


def new_batches(paths: Sequence[str], opts: ReadOptions, seen: Callable[[list[str]], set[str]],
                size: int, on_undated: Callable[[Article], object] | None = None
                ) -> Iterator[Batch]:
    """Yield batches of at most ``size`` new articles (stored ones counted, not yielded);
    ``on_undated`` hears of each new article without a publication date."""
    pending: list[tuple[str, Article]] = []
    failures: list[Failure] = []

    def flush() -> Batch:
        known = seen([i for i, _ in pending]) if pending else set()
        batch = Batch(failures=list(failures))
        fresh: set[str] = set()
        for doc_id, article in pending:
            if doc_id in known or doc_id in fresh:
                batch.already += 1
            else:
                fresh.add(doc_id)
                batch.articles.append(article)
                if on_undated is not None and not article.meta.published:
                    on_undated(article)
        pending.clear()
        failures.clear()
        return batch

    for item in read_articles(paths, opts):
        if isinstance(item, InputError):
            failures.append(Failure(item.source, item.reason + (f" {item.hint}" if item.hint
                                                                 else "")))
        else:
            pending.append((content_id(item.text), item))
        if len(pending) >= size or len(failures) >= size:
            yield flush()
    if pending or failures:
        yield flush()
