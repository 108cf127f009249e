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
    out: Annotated[Path, typer.Option(help="Where to write the models.")] = Path(
        "src/eventwire/data/models"),
) -> None:
    """Train the event decider and the ACLED coder (seeded) and print their held-out scores."""
    from eventwire.learn.train import train as run_training

    if not corpus.is_dir():
        raise typer.BadParameter(f"no corpus folder at {corpus}", param_hint="--corpus")
    if data is not None and not data.is_dir():
        raise typer.BadParameter(f"no data folder at {data}", param_hint="--data")
    run_training(corpus, data, out, log=typer.echo)
