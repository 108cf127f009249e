"""Event rows for incident grouping from documents or JSON Lines files (no database)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from eventwire.errors import InputError
from eventwire.model import Document, document_from_dict
from eventwire.rows import EventRow, event_rows


def rows_from_documents(docs: Iterable[Document]) -> tuple[list[EventRow], dict[str, str]]:
    """Event rows of documents, and each document's outlet (``meta.source``) by id."""
    rows: list[EventRow] = []
    outlets: dict[str, str] = {}
    for doc in docs:
        rows.extend(event_rows(doc))
        if doc.meta.source:
            outlets[doc.id] = doc.meta.source
    return rows, outlets


def read_documents(path: str | Path) -> Iterable[Document]:
    """Documents from a JSON Lines file as ``eventwire extract`` writes it."""
    with Path(path).open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield document_from_dict(json.loads(line))
            except (json.JSONDecodeError, KeyError, TypeError) as e:
                raise InputError(f"{path}:{number}", f"not an eventwire document ({e})",
                                 "Give the output of 'eventwire extract'.") from e


def rows_from_jsonl(paths: Iterable[str | Path]) -> tuple[list[EventRow], dict[str, str]]:
    """Event rows and outlets from JSON Lines files of extracted documents."""
    docs: list[Document] = []
    for path in paths:
        docs.extend(read_documents(path))
    return rows_from_documents(docs)
