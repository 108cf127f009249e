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
from eventwire.cli.terminal import error_line, inert_json
from eventwire.errors import EventwireError, InputError
from eventwire.ingest import Article, ReadOptions, read_articles
from eventwire.ingest.article import output_files
from eventwire.ingest.dates import parse_published
from eventwire.pipeline.runner import default_pipeline


def report_input_error(error: InputError) -> None:
    """Print one line on stderr naming the bad input and what to do."""
    print(error_line(error), file=sys.stderr, flush=True)


def read_options(published: str | None, text_key: str, title_key: str, date_key: str,
                 source_key: str) -> ReadOptions:
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
                       source_key=source_key, published=day, outputs=output_files())


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    published: PublishedOption = None,
    text_key: TextKey = "text",
    title_key: TitleKey = "title",
    date_key: DateKey = "published",
    source_key: SourceKey = "source",
    on_error: OnErrorOption = OnError.skip,
    stages: StagesOption = None,
) -> None:
    """Extract every article in PATHS and print one JSON document per line."""
    opts = read_options(published, text_key, title_key, date_key, source_key)
    pipeline = default_pipeline(stages.split(",") if stages else None)
    pipeline.setup()
    failed = 0
    for item in read_articles(paths, opts):
        if isinstance(item, InputError):
            failed += 1
            report_input_error(item)
            if on_error is OnError.fail:
                raise typer.Exit(1)
            continue
        failed += _extract_one(pipeline, item)
        if failed and on_error is OnError.fail:
            raise typer.Exit(1)
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
