"""Flat event rows: one event with its place, time, count and source resolved.

The shared vocabulary of everything that works across documents: the store's
event queries, the CSV/GeoJSON exporters, the web app and incident grouping.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.model import Document, Place


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event, flattened with the records it points to (ACLED/UCDP-style columns)."""

    document_id: str
    event_id: str
    type: str
    mode: str | None
    trigger: str
    actor: str | None
    target: str | None
    place_name: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    origin_name: str | None
    origin_lat: float | None
    origin_lon: float | None
    destination_name: str | None
    destination_lat: float | None
    destination_lon: float | None
    earliest: str | None
    latest: str | None
    low: float | None
    best: float | None
    high: float | None
    certainty: str
    source: str | None
    source_kind: str
    quote: str | None
    sentence: str
    confidence: float
    url: str | None
    published: str | None
    title: str | None
    place_kind: str | None = None
    review_status: str = "machine"  # machine | accepted | edited | rejected
    reviewer: str | None = None
    # the event's ACLED coding and casualties (None when not coded or not told)
    acled_disorder_type: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    fatalities_low: int | None = None
    fatalities: int | None = None  # the best estimate of deaths
    fatalities_high: int | None = None
    injured: int | None = None  # the best estimate of injuries


@dataclass(frozen=True, slots=True)
class Incident:
    """A real-world happening told by events in one or more documents."""

    id: str
    type: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    earliest: str | None
    latest: str | None
    low: float | None
    best: float | None
    high: float | None
    num_sources: int
    num_documents: int
    events: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (document_id, event_id)


def _place(doc_places: dict[str, Place], pid: str | None) -> Place | None:
    return doc_places.get(pid) if pid else None


def event_rows(doc: Document) -> list[EventRow]:
    """Flatten every event of a document into an EventRow."""
    places = {p.id: p for p in doc.places}
    times = {t.id: t for t in doc.times}
    quantities = {q.id: q for q in doc.quantities}
    rows: list[EventRow] = []
    for e in doc.events:
        place = _place(places, e.place) or _place(places, e.destination)
        origin, dest = _place(places, e.origin), _place(places, e.destination)
        time = times.get(e.time) if e.time else None
        qty = quantities.get(e.quantity) if e.quantity else None
        rows.append(EventRow(
            document_id=doc.id, event_id=e.id, type=e.type, mode=e.mode,
            trigger=e.trigger.text,
            actor=e.actor.text if e.actor else None, target=e.target.text if e.target else None,
            place_name=(place.name or place.text) if place else None,
            country=place.country if place else None, admin1=place.admin1 if place else None,
            lat=place.lat if place else None, lon=place.lon if place else None,
            origin_name=(origin.name or origin.text) if origin else None,
            origin_lat=origin.lat if origin else None, origin_lon=origin.lon if origin else None,
            destination_name=(dest.name or dest.text) if dest else None,
            destination_lat=dest.lat if dest else None, destination_lon=dest.lon if dest else None,
            earliest=time.earliest if time else None, latest=time.latest if time else None,
            low=qty.low if qty else None, best=qty.best if qty else None,
            high=qty.high if qty else None,
            certainty=e.attribution.certainty, source=e.attribution.source,
            source_kind=e.attribution.source_kind, quote=e.attribution.quote,
            sentence=doc.text[e.sentence.start:e.sentence.end], confidence=e.confidence,
            url=doc.meta.url or doc.meta.path, published=doc.meta.published,
            title=doc.meta.title, place_kind=place.kind if place else None,
            acled_disorder_type=e.acled.disorder_type if e.acled else None,
            acled_event_type=e.acled.event_type if e.acled else None,
            acled_sub_event_type=e.acled.sub_event_type if e.acled else None,
            fatalities_low=e.fatalities.low if e.fatalities else None,
            fatalities=e.fatalities.best if e.fatalities else None,
            fatalities_high=e.fatalities.high if e.fatalities else None,
            injured=e.injured.best if e.injured else None,
        ))
    return rows
