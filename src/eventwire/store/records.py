"""Converting Documents to table rows and table rows back to records.

A document becomes one ``documents`` row (queryable metadata, the text and the
full contract JSON) plus one row per item of each layer, per event (the flat
``rows.EventRow`` columns plus the ids they were resolved from) and per stage.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from eventwire.model import LAYERS, SCHEMA, Document, document_from_dict
from eventwire.rows import EventRow, Incident, event_rows
from eventwire.store.base import DocumentSummary, PlaceRow
from eventwire.store.schema import LAYER_TABLES

EVENT_ROW_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(EventRow))
PLACE_ROW_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(PlaceRow))
SNIPPET_CHARS = 240


def now_iso() -> str:
    """The current UTC time as an ISO string (seconds)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


_FIELDS: dict[type, tuple[str, ...]] = {}
_PLAIN = (str, int, float, bool, type(None))


def _plain(item: Any) -> Any:
    """``model.record_to_dict`` with each record type's field names looked up once."""
    if isinstance(item, _PLAIN):
        return item
    names = _FIELDS.get(type(item))
    if names is None and dataclasses.is_dataclass(item) and not isinstance(item, type):
        names = _FIELDS[type(item)] = tuple(f.name for f in dataclasses.fields(item))
    if names is not None:
        return {name: _plain(getattr(item, name)) for name in names}
    if isinstance(item, tuple | list):
        return [_plain(x) for x in item]
    if isinstance(item, Mapping):
        return {k: _plain(v) for k, v in item.items()}
    return item


def contract_dict(doc: Document) -> dict[str, Any]:
    """Exactly ``doc.to_dict()`` (a test pins this), a few times faster for bulk writes."""
    data: dict[str, Any] = {"schema": SCHEMA, "id": doc.id, "meta": doc.meta.to_dict(),
                            "text": doc.text}
    for name in LAYERS:
        data[name] = [_plain(item) for item in getattr(doc, name)]
    for name, items in doc.extras.items():
        data[name] = [_plain(item) for item in items]
    data["stages"] = dict(doc.stages)
    return data


def document_rows(doc: Document) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """The ``documents`` row and the rows of every layer table, from one contract dict."""
    data = contract_dict(doc)
    text = data.pop("text")
    meta = doc.meta
    head = {
        "id": doc.id, "title": meta.title, "source": meta.source, "published": meta.published,
        "path": meta.path, "url": meta.url, "language": meta.language,
        "authors": json.dumps(list(meta.authors), ensure_ascii=False),
        "text": text, "data": json.dumps(data, ensure_ascii=False, separators=(",", ":")),
        "n_entities": len(doc.entities), "n_places": len(doc.places),
        "n_events": len(doc.events), "ingested_at": now_iso(),
    }
    layers: dict[str, list[dict[str, Any]]] = {}
    for name, columns in _LAYER_COLUMNS.items():
        layers[name] = [{"document_id": doc.id, **{k: item.get(k) for k in columns}}
                        for item in data[name]]
    layers["events"] = event_table_rows(doc)
    layers["document_stages"] = [{"document_id": doc.id, "stage": k, "version": int(v)}
                                 for k, v in doc.stages.items()]
    return head, layers


_LAYER_COLUMNS: dict[str, tuple[str, ...]] = {
    name: tuple(c for c in table.c.keys() if c != "document_id")
    for name, table in LAYER_TABLES.items()
}


def event_table_rows(doc: Document) -> list[dict[str, Any]]:
    """The ``events`` rows: flat columns plus the ids, offsets and effective date range."""
    by_id = {e.id: e for e in doc.events}
    rows: list[dict[str, Any]] = []
    for flat in event_rows(doc):
        e = by_id[flat.event_id]
        row = {name: getattr(flat, name) for name in EVENT_ROW_FIELDS}
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


def event_row_from(row: Mapping[Any, Any]) -> EventRow:
    return EventRow(**{k: row[k] for k in EVENT_ROW_FIELDS})


def place_row_from(row: Mapping[Any, Any]) -> PlaceRow:
    values = {k: row[k] for k in PLACE_ROW_FIELDS if k != "place_id"}
    return PlaceRow(place_id=row["id"], **values)


def summary_from(row: Mapping[Any, Any], snippet: str | None = None) -> DocumentSummary:
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
    heads: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    for inc in incidents:
        row = {f.name: getattr(inc, f.name) for f in dataclasses.fields(inc) if f.name != "events"}
        heads.append(row)
        links.extend({"incident_id": inc.id, "document_id": d, "event_id": e, "position": i}
                     for i, (d, e) in enumerate(inc.events))
    return heads, links


def incident_from(row: Mapping[Any, Any], events: tuple[tuple[str, str], ...]) -> Incident:
    fields = [f.name for f in dataclasses.fields(Incident) if f.name != "events"]
    return Incident(**{k: row[k] for k in fields}, events=events)
