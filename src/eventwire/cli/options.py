"""Options shared by several commands, defined once so a flag means one thing everywhere."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer


class OnError(StrEnum):
    skip = "skip"
    fail = "fail"


DbOption = Annotated[str, typer.Option(
    "--db", help="Database URL: sqlite:///FILE or postgresql://…")]
OnErrorOption = Annotated[OnError, typer.Option(
    "--on-error", help="skip: report a bad input and go on; fail: stop at the first one.")]
TextKey = Annotated[str, typer.Option("--text-key", help="JSON field holding the article text.")]
TitleKey = Annotated[str, typer.Option("--title-key", help="JSON field holding the title.")]
DateKey = Annotated[str, typer.Option(
    "--date-key", help="JSON field holding the publication date.")]
SourceKey = Annotated[str, typer.Option("--source-key", help="JSON field holding the outlet name.")]
PublishedOption = Annotated[str | None, typer.Option(
    "--published", help="Publication date for every input (overrides what the input says).")]
StagesOption = Annotated[str | None, typer.Option(
    "--stages", help="Comma-separated stage names to run (default: all).")]
