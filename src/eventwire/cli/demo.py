"""``eventwire demo``: extract the bundled sample articles into a database, then serve it."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli import app
from eventwire.cli.options import DbOption, StagesOption
from eventwire.model import LAYERS, content_id
from eventwire.store.base import DEFAULT_URL, Store, open_store

SUMMARY = ("Extracted {documents} documents: {entities} entities, {places} places, {times} times, "
           "{quantities} quantities, {quotes} quotes, {events} events ({failed} failed)")


@contextmanager
def sample_folder() -> Iterator[Path]:
    """The folder of bundled sample articles (copied out when the package is zipped)."""
    root = files("eventwire") / "samples"
    if isinstance(root, Path):
        yield root
        return
    with tempfile.TemporaryDirectory() as tmp:  # pragma: no cover - zipped install
        for item in root.iterdir():
            if item.name.endswith(".txt"):
                (Path(tmp) / item.name).write_bytes(item.read_bytes())
        yield Path(tmp)


def sample_counts(store: Store, folder: Path, failed: int) -> dict[str, int]:
    """Layer totals over the sample documents as stored (whether new or from an earlier run)."""
    from eventwire.ingest import read_articles

    counts = dict.fromkeys(LAYERS, 0)
    documents = 0
    for item in read_articles([str(folder)]):
        doc = None if isinstance(item, Exception) else store.get(content_id(item.text))
        if doc is None:
            continue
        documents += 1
        for name in LAYERS:
            counts[name] += len(doc.layer(name))
    return {"documents": documents, "failed": failed, **counts}


@app.command()
def demo(
    db: DbOption = DEFAULT_URL,
    serve: Annotated[bool, typer.Option("--serve/--no-serve",
                                        help="Start the web app afterwards.")] = True,
    host: Annotated[str, typer.Option("--host", help="Address to serve on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to serve on.")] = 8000,
    stages: StagesOption = None,
) -> None:
    """Extract the bundled sample articles into DB, print what was found, and serve it."""
    from eventwire.scale.runner import ingest
    from eventwire.scale.sinks import StoreSink

    store = open_store(db)
    try:
        with sample_folder() as folder:
            report = ingest([str(folder)], sink=StoreSink(store), workers=1,
                            stages=stages.split(",") if stages else None)
            print(SUMMARY.format(**sample_counts(store, folder, report.failed)))
        if serve:
            _serve(store, db, host, port)
    finally:
        store.close()
    if report.failed:
        raise typer.Exit(1)


def _serve(store: Store, db: str, host: str, port: int) -> None:
    try:
        from eventwire.web.app import create_app
    except ModuleNotFoundError as e:
        if not (e.name or "").startswith("eventwire.web"):
            raise
        print("The web app is not installed; skipping --serve.", file=sys.stderr)
        return
    import uvicorn

    print(f"Serving {db} on http://{host}:{port}/ (Ctrl+C to stop)", file=sys.stderr)
    uvicorn.run(create_app(store), host=host, port=port, log_level="warning")



