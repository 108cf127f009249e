"""Converting Documents to table rows and table rows back to records.

A document becomes one ``documents`` row (queryable metadata, the text and the
full contract JSON) plus one row per item of each layer, per event (the flat
``rows.EventRow`` columns plus the ids they were resolved from) and per stage.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from eventwire.model import Document, document_from_dict, record_to_dict
from eventwire.rows import EventRow, Incident, event_rows
from eventwire.store.base import DocumentSummary, PlaceRow
from eventwire.store.schema import LAYER_TABLES

EVENT_ROW_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(EventRow))
PLACE_ROW_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(PlaceRow))
SNIPPET_CHARS = 240


def now_iso() -> str:
    """The current UTC time as an ISO string (seconds)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def document_row(doc: Document) -> dict[str, Any]:
    """The ``documents`` row: metadata columns, the text and the contract JSON minus text."""
    data = doc.to_dict()
    text = data.pop("text")
    meta = doc.meta
    return {
        "id": doc.id, "title": meta.title, "source": meta.source, "published": meta.published,
        "path": meta.path, "url": meta.url, "language": meta.language,
        "authors": json.dumps(list(meta.authors), ensure_ascii=False),
        "text": text, "data": json.dumps(data, ensure_ascii=False, separators=(",", ":")),
        "n_entities": len(doc.entities), "n_places": len(doc.places),
        "n_events": len(doc.events), "ingested_at": now_iso(),
    }


def layer_rows(doc: Document) -> dict[str, list[dict[str, Any]]]:
    """Rows for each layer table, keyed by table name."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name, table in LAYER_TABLES.items():
        columns = set(table.c.keys())
        out[name] = [{"document_id": doc.id,
                      **{k: v for k, v in record_to_dict(item).items() if k in columns}}
                     for item in getattr(doc, name)]
    out["events"] = event_table_rows(doc)
    out["document_stages"] = [{"document_id": doc.id, "stage": k, "version": int(v)}
                              for k, v in doc.stages.items()]
    return out


def event_table_rows(doc: Document) -> list[dict[str, Any]]:
    """The ``events`` rows: flat columns plus the ids, offsets and effective date range."""
    by_id = {e.id: e for e in doc.events}
    rows: list[dict[str, Any]] = []
    for flat in event_rows(doc):
        e = by_id[flat.event_id]
        row = dataclasses.asdict(flat)
        row.update(
            trigger_start=e.trigger.start, trigger_end=e.trigger.end,
            sentence_start=e.sentence.start, sentence_end=e.sentence.end,
            actor_entity=e.actor.entity if e.actor else None,
            target_entity=e.target.entity if e.target else None,
            place_id=e.place or e.destination, origin_id=e.origin,
            destination_id=e.destination, time_id=e.time, quantity_id=e.quantity,
            date_start=flat.earliest or flat.latest or flat.published,
            date_end=flat.latest or flat.earliest or flat.published,
        )
        rows.append(row)
    return rows


def document_from_row(text: str, data: str) -> Document:
    """Rebuild the stored Document; unknown plugin layers come back as plain dicts."""
    parsed: dict[str, Any] = json.loads(data)
    parsed["text"] = text
    doc = document_from_dict(parsed)
    known = {"schema", "id", "meta", "text", "stages", "entities", "places", "times",
             "quantities", "quotes", "events", *doc.extras}
    unknown = {k: tuple(v) for k, v in parsed.items() if k not in known and isinstance(v, list)}
    if unknown:
        doc = dataclasses.replace(doc, extras={**doc.extras, **unknown})
    return doc


def event_row_from(row: Mapping[str, Any]) -> EventRow:
    return EventRow(**{k: row[k] for k in EVENT_ROW_FIELDS})


def place_row_from(row: Mapping[str, Any]) -> PlaceRow:
    values = {k: row[k] for k in PLACE_ROW_FIELDS if k != "place_id"}
    return PlaceRow(place_id=row["id"], **values)


def summary_from(row: Mapping[str, Any], snippet: str | None = None) -> DocumentSummary:
    text = row.get("head") or ""
    return DocumentSummary(
        id=row["id"], title=row["title"], source=row["source"], published=row["published"],
        path=row["path"], url=row["url"], entities=row["n_entities"], places=row["n_places"],
        events=row["n_events"], snippet=snippet if snippet is not None else _lead(text),
    )


def _lead(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= SNIPPET_CHARS:
        return text
    return text[:SNIPPET_CHARS].rsplit(" ", 1)[0] + "…"


def incident_rows(incidents: list[Incident]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows for ``incidents`` and ``incident_events``."""
    heads, links = [], []
    for inc in incidents:
        row = dataclasses.asdict(inc)
        row.pop("events")
        heads.append(row)
        links.extend({"incident_id": inc.id, "document_id": d, "event_id": e, "position": i}
                     for i, (d, e) in enumerate(inc.events))
    return heads, links


def incident_from(row: Mapping[str, Any], events: tuple[tuple[str, str], ...]) -> Incident:
    fields = [f.name for f in dataclasses.fields(Incident) if f.name != "events"]
    return Incident(**{k: row[k] for k in fields}, events=events)
