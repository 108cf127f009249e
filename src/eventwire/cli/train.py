"""``eventwire train``: retrain the events stage's models from the annotated corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli import app


@app.command()
def train(
    corpus: Annotated[Path, typer.Option(help="The annotated corpus folder.")] = Path("corpus"),
    data: Annotated[Path | None, typer.Option(
        help="Root of the public articles the corpus points into (../shared/eval/public);"
             " without it only our own texts are used.")] = None,
    out: Annotated[Path | None, typer.Option(
        help="Where to write the models (default: src/eventwire/data/models; with "
             "--from-reviews: models-from-reviews).")] = None,
    from_reviews: Annotated[bool, typer.Option(
        "--from-reviews", help="Retrain the event decider with the reviewed rows of --db "
        "added; print before/after; install only with --install.")] = False,
    db: Annotated[str | None, typer.Option("--db", help="Database with the reviews.")] = None,
    install: Annotated[bool, typer.Option(
        "--install", help="With --from-reviews: use the new decider (the old one is kept).")
    ] = False,
) -> None:
    """Train the event decider and the ACLED coder (seeded) and print their held-out scores."""
    from eventwire.learn.train import train as run_training

    if not corpus.is_dir():
        raise typer.BadParameter(f"no corpus folder at {corpus}", param_hint="--corpus")
    if data is not None and not data.is_dir():
        raise typer.BadParameter(f"no data folder at {data}", param_hint="--data")
    if from_reviews or db or install:
        from eventwire.cli.users import train_from_reviews

        train_from_reviews(db, corpus, data, out or Path("models-from-reviews"), install)
        return
    run_training(corpus, data, out or Path("src/eventwire/data/models"), log=typer.echo)
