"""``eventwire reextract``: extract stored articles again with the current model.

Machine rows are replaced by the new output; reviewed rows (accepted, edited,
rejected) are kept as the reviewer left them, and flagged where the new output
disagrees (``eventwire.review.reextract.store_reextracted``).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from eventwire.cli import app
from eventwire.cli.options import DbOption
from eventwire.cli.terminal import clean, err, error_line
from eventwire.errors import EventwireError
from eventwire.store.base import DEFAULT_URL, Store

if TYPE_CHECKING:
    from eventwire.model import Document
    from eventwire.review.reextract import ReextractReport


def extract_again(doc: Document) -> Document:
    """``doc``'s article extracted with the current model, under the same id."""
    from eventwire.api import shared_pipeline
    from eventwire.ingest.article import Article

    new = shared_pipeline().run(Article(text=doc.text, meta=doc.meta))
    return dataclasses.replace(new, id=doc.id)


def _ids(store: Store, wanted: list[str] | None) -> tuple[list[str], list[str]]:
    """(stored ids to re-extract, asked-for ids the store does not hold)."""
    if wanted:
        ids = list(dict.fromkeys(wanted))
        return [i for i in ids if store.has(i)], [i for i in ids if not store.has(i)]
    return [d.id for d in store.iter_documents()], []


@app.command()
def reextract(
    db: DbOption = DEFAULT_URL,
    doc: Annotated[list[str] | None, typer.Option(
        "--doc", help="Only this document id (repeatable); default: every stored article.")
    ] = None,
) -> None:
    """Re-extract stored articles with the current model; reviewed rows are never
    overwritten, and a row whose new coding disagrees with the reviewer is flagged."""
    from eventwire.cli.store import _open
    from eventwire.review.reextract import store_reextracted

    store = _open(db, existing=True)
    failed = 0
    reports: list[ReextractReport] = []
    try:
        ids, missing = _ids(store, doc)
        for doc_id in missing:
            err.print(escape(error_line(f"no document {doc_id!r} in the database.")))
            failed += 1
        for doc_id in ids:
            stored = store.get(doc_id)
            if stored is None:
                continue
            try:
                reports.append(store_reextracted(store, extract_again(stored)))
            except EventwireError as e:
                err.print(escape(error_line(f"{doc_id}: {e}")))
                failed += 1
    finally:
        store.close()
    for report in reports:
        for event_id, flag in report.flagged:
            err.print(f"flagged {escape(clean(report.document_id))}/{escape(clean(event_id))}: "
                      f"{escape(clean(flag))}")
    n = len(reports)
    err.print(f"Re-extracted {n:,} article{'' if n == 1 else 's'}: "
              f"{sum(r.machine_rows for r in reports):,} machine rows replaced, "
              f"{sum(r.kept_reviewed for r in reports):,} reviewed rows kept, "
              f"{sum(len(r.flagged) for r in reports):,} flagged.")
    if failed:
        raise typer.Exit(1)
