"""``eventwire extract``: print one contract document per article as JSON Lines."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from eventwire.cli import app
from eventwire.cli.options import (
    DateKey,
    OnError,
    OnErrorOption,
    PublishedOption,
    SourceKey,
    StagesOption,
    TextKey,
    TitleKey,
)
from eventwire.cli.terminal import clean, error_line, inert_json
from eventwire.errors import EventwireError, InputError
from eventwire.ingest import Article, ReadOptions, read_articles
from eventwire.ingest.article import output_files
from eventwire.ingest.dates import parse_published
from eventwire.ingest.datesfile import DatesFile, read_dates_file
from eventwire.pipeline.runner import default_pipeline


def report_input_error(error: InputError) -> None:
    """Print one line on stderr naming the bad input and what to do."""
    print(error_line(error), file=sys.stderr, flush=True)


DatesOption = Annotated[str | None, typer.Option(
    "--dates", help="CSV or TSV of path-or-id and publication date, one input a line "
    "(header optional); the id is the file's stem or the JSON id (--id-key).")]
IdKey = Annotated[str | None, typer.Option(
    "--id-key", help="JSON field holding each record's own id (its path becomes FILE#ID).")]
UrlKey = Annotated[str, typer.Option("--url-key", help="JSON field holding the article's URL.")]

UNDATED = ("no publication date; relative times (yesterday, last week, on Thursday) "
           "resolve against the day after the latest full date in the text, or are left "
           "empty. Give one with --published DATE or --dates FILE.")


def warn_undated(article: Article) -> bool:
    """Print one loud line for an article without a publication date; True when printed."""
    if article.meta.published:
        return False
    print(f"Warning: {clean(article.meta.path or '-')}: {UNDATED}", file=sys.stderr, flush=True)
    return True


def load_dates(path: str | None, published: str | None) -> tuple[DatesFile | None, int]:
    """Read ``--dates``: the table and how many of its lines were bad (each reported on one
    line). A dates file that cannot be read, or one given with --published, is a usage error."""
    if path is None:
        return None, 0
    if published:
        raise typer.BadParameter("give --published (one date for every input) or --dates "
                                 "(a date per input), not both.", param_hint="--dates")
    try:
        table, errors = read_dates_file(path)
    except InputError as e:
        raise typer.BadParameter(clean(e), param_hint="--dates") from None
    for error in errors:
        report_input_error(error)
    return table, len(errors)


def warn_unused_dates(table: DatesFile | None) -> None:
    """One line naming the dates file's entries that matched no input."""
    unused = table.unused() if table is not None else []
    if not unused:
        return
    shown = ", ".join(f"line {line}: {key[:60]!r}" for line, key in unused[:3])
    more = f", and {len(unused) - 3} more" if len(unused) > 3 else ""
    lines = "line" if len(unused) == 1 else "lines"
    print(f"Warning: {clean(table.path if table else '')}: {len(unused)} {lines} named no "
          f"input read ({clean(shown)}{more}).", file=sys.stderr, flush=True)


def read_options(published: str | None, text_key: str, title_key: str, date_key: str,
                 source_key: str, *, url_key: str = "url", id_key: str | None = None,
                 dates: DatesFile | None = None) -> ReadOptions:
    """Build ReadOptions from CLI flags, rejecting a --published that is not a date.

    The files this process writes (standard output and error, when redirected to a
    file) are never read back as inputs.
    """
    day = None
    if published:
        day = parse_published(published)
        if day is None:
            raise typer.BadParameter(f"{published!r} is not a date; use YYYY-MM-DD.",
                                     param_hint="--published")
    return ReadOptions(text_key=text_key, title_key=title_key, date_key=date_key,
                       source_key=source_key, url_key=url_key, id_key=id_key or None,
                       published=day, dates=dates, outputs=output_files())


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    published: PublishedOption = None,
    dates: DatesOption = None,
    text_key: TextKey = "text",
    title_key: TitleKey = "title",
    date_key: DateKey = "published",
    source_key: SourceKey = "source",
    url_key: UrlKey = "url",
    id_key: IdKey = None,
    on_error: OnErrorOption = OnError.skip,
    stages: StagesOption = None,
) -> None:
    """Extract every article in PATHS and print one JSON document per line.

    An article without a publication date gets one warning line on stderr, and its
    relative times are left empty rather than guessed.
    """
    table, failed = load_dates(dates, published)
    opts = read_options(published, text_key, title_key, date_key, source_key,
                        url_key=url_key, id_key=id_key, dates=table)
    if failed and on_error is OnError.fail:
        raise typer.Exit(1)
    pipeline = default_pipeline(stages.split(",") if stages else None)
    pipeline.setup()
    undated = 0
    for item in read_articles(paths, opts):
        if isinstance(item, InputError):
            failed += 1
            report_input_error(item)
            if on_error is OnError.fail:
                raise typer.Exit(1)
            continue
        if _extract_one(pipeline, item):
            failed += 1  # its error line says why; no date warning on top of it
        else:
            undated += warn_undated(item)
        if failed and on_error is OnError.fail:
            raise typer.Exit(1)
    warn_unused_dates(table)
    if undated > 1:
        print(f"{undated} articles had no publication date.", file=sys.stderr)
    if failed:
        print(f"{failed} input(s) failed.", file=sys.stderr)
        raise typer.Exit(1)


def _extract_one(pipeline: object, article: Article) -> int:
    try:
        doc = pipeline.run(article)  # type: ignore[attr-defined]
    except EventwireError as e:
        report_input_error(InputError(article.meta.path or "-", str(e)))
        return 1
    sys.stdout.write(inert_json(json.dumps(doc.to_dict(), ensure_ascii=False)) + "\n")
    sys.stdout.flush()
    return 0
