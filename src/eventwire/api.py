"""The Python API: extract one text, or many texts and files in batches, into Documents."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import islice
from typing import Literal, TypeAlias

from eventwire.errors import EventwireError, InputError
from eventwire.ingest.article import Article, ReadOptions
from eventwire.ingest.dates import parse_published
from eventwire.ingest.datesfile import DatesFile, dates_from_mapping, read_dates_file
from eventwire.ingest.sniff import read_articles
from eventwire.model import Document, Meta
from eventwire.pipeline.runner import Pipeline, default_pipeline

#: A text, or a file or folder to read (``Path``, or a string naming one that exists).
TextOrPath: TypeAlias = "str | os.PathLike[str]"
OnError = Literal["raise", "skip"]
#: Longest string still looked up as a path; anything longer is a text.
_PATH_CHARS = 4096


class UndatedWarning(UserWarning):
    """An article has no publication date: its relative times resolve against the day after
    the latest full date in its text, or are left empty."""


@lru_cache(maxsize=1)
def shared_pipeline() -> Pipeline:
    """Return the process-wide default pipeline, set up once."""
    pipeline = default_pipeline()
    pipeline.setup()
    return pipeline


def extract(text: str, *, published: str | None = None, source: str | None = None,
            title: str | None = None, path: str | None = None) -> Document:
    """Extract entities, places, times, quantities, quotes and events from one article text."""
    meta = Meta(path=path, title=title, source=source,
                published=parse_published(published) if published else None)
    return shared_pipeline().run(Article(text=text, meta=meta))


def extract_many(items: Iterable[TextOrPath], *, published: str | None = None,
                 dates: Mapping[str, str] | str | os.PathLike[str] | None = None,
                 text_key: str = "text", title_key: str = "title", date_key: str = "published",
                 source_key: str = "source", url_key: str = "url", id_key: str | None = None,
                 batch_size: int = 32, on_error: OnError = "raise") -> list[Document]:
    """Extract many texts, files and folders, parsing them in batches (spaCy ``nlp.pipe``).

    Each item is a text, or a file or folder to read as ``eventwire extract`` reads it (a
    ``pathlib.Path``, or a string that names an existing file or folder); JSON Lines
    files give one document per record. The documents are those one-by-one extraction
    gives, in input order. ``published`` dates every input; ``dates`` (a
    ``{path-or-id: date}`` mapping, or a CSV/TSV dates file) dates them one by one.
    Each input left without a date gets an ``UndatedWarning``. A bad input raises its
    ``InputError`` (or ``EventwireError``); with ``on_error="skip"`` it is a warning and
    the rest is extracted.
    """
    if on_error not in ("raise", "skip"):
        raise ValueError(f"on_error must be 'raise' or 'skip', not {on_error!r}.")
    day = _published(published)
    opts = ReadOptions(text_key=text_key, title_key=title_key, date_key=date_key,
                       source_key=source_key, url_key=url_key, id_key=id_key, published=day,
                       dates=_dates(dates))
    articles = _articles(items, opts, on_error)
    docs: list[Document] = []
    pipeline = shared_pipeline()
    while chunk := list(islice(articles, max(1, batch_size))):
        docs.extend(_extract_chunk(pipeline, chunk, batch_size, on_error))
    return docs


def _published(value: str | None) -> str | None:
    if not value:
        return None
    day = parse_published(value)
    if day is None:
        raise InputError("published", f"{value[:40]!r} is not a date.", "Use YYYY-MM-DD.")
    return day


def _dates(dates: Mapping[str, str] | str | os.PathLike[str] | None) -> DatesFile | None:
    if dates is None:
        return None
    if isinstance(dates, Mapping):
        return dates_from_mapping(dates)
    table, errors = read_dates_file(os.fspath(dates))
    if errors:
        raise errors[0]
    return table


def _is_path(item: TextOrPath) -> bool:
    if isinstance(item, os.PathLike):
        return True
    return len(item) <= _PATH_CHARS and "\n" not in item and os.path.exists(item)


def _articles(items: Iterable[TextOrPath], opts: ReadOptions, on_error: OnError
              ) -> Iterator[tuple[str, Article]]:
    """(name for messages, article) for every input, warning about undated ones."""
    for number, item in enumerate(items, start=1):
        if _is_path(item):
            found: Iterable[Article | InputError] = read_articles([os.fspath(item)], opts)
        else:
            meta = Meta(published=opts.published)
            found = [Article(text=str(item), meta=meta)]
        for article in found:
            if isinstance(article, InputError):
                _fail(article, on_error)
                continue
            name = article.meta.path or f"text {number}"
            if not article.meta.published:
                warnings.warn(f"{name}: no publication date; relative times (yesterday, "
                              "last week, on Thursday) resolve against the day after the "
                              "latest full date in the text, or are left empty. Pass "
                              "published= or dates=.", UndatedWarning, stacklevel=3)
            yield name, article


def _extract_chunk(pipeline: Pipeline, chunk: Sequence[tuple[str, Article]], batch_size: int,
                   on_error: OnError) -> list[Document]:
    """A chunk parsed together; when one of its articles fails, each is redone on its own
    so that only the failing one is lost."""
    try:
        return list(pipeline.run_many((a for _, a in chunk), batch_size=batch_size))
    except EventwireError:
        pass
    docs = []
    for name, article in chunk:
        try:
            docs.append(pipeline.run(article))
        except EventwireError as e:
            if on_error == "raise":
                raise
            _fail(e if isinstance(e, InputError) else InputError(name, str(e)), on_error)
    return docs


def _fail(error: EventwireError, on_error: OnError) -> None:
    if on_error == "raise":
        raise error
    warnings.warn(str(error), UserWarning, stacklevel=4)

