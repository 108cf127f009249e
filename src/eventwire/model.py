"""The document model: a text plus annotation layers that point into it by offsets.

Every record mirrors one item of the output contract (``shared/spec/DOCUMENT.md``);
``to_dict`` produces exactly the contract's shape.
"""

from __future__ import annotations

import dataclasses
import hashlib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "eventwire.document/1"

#: The contract's layers, in output order.
LAYERS: tuple[str, ...] = ("entities", "places", "times", "quantities", "quotes", "events")


@dataclass(frozen=True, slots=True)
class Meta:
    """Metadata about an article: where it came from and when it was published."""

    path: str | None = None
    title: str | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    language: str = "en"
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "path": self.path,
            "title": self.title,
            "source": self.source,
            "authors": list(self.authors),
            "published": self.published,
            "language": self.language,
        }
        if self.url:
            data["url"] = self.url
        return data


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    text: str
    label: str
    start: int
    end: int
    canonical: str
    cluster: str


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    text: str
    start: int
    end: int
    name: str | None
    kind: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    confidence: float


@dataclass(frozen=True, slots=True)
class Time:
    id: str
    text: str
    start: int
    end: int
    earliest: str | None
    latest: str | None
    precision: str
    resolvable: bool = True


@dataclass(frozen=True, slots=True)
class Quantity:
    id: str
    text: str
    start: int
    end: int
    low: float | None
    high: float | None
    best: float | None
    unit: str | None
    object: str | None
    per: str | None
    approximate: bool


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_entity: str | None
    speaker_description: str | None
    anonymous: bool
    cue: str | None


@dataclass(frozen=True, slots=True)
class Attribution:
    """A stretch of reported content (quoted or not) with who it is attributed to.

    Produced by the ``attribution`` stage; the events stage reads it to set each
    event's source and certainty.
    """

    id: str
    text: str
    start: int
    end: int
    source: str | None
    source_kind: str  # named | anonymous | organization | reporter | unknown
    cue: str | None
    certainty: str  # claimed | confirmed | denied | believed | hypothetical
    quote: str | None = None
    source_entity: str | None = None


@dataclass(frozen=True, slots=True)
class Coreference:
    """A pronoun or description that refers to someone (the ``coref`` layer).

    ``cluster`` is the entities layer's cluster of the person or group, or a cluster of its
    own (numbered after the entities' clusters) for an unnamed person kept as a description;
    ``entity`` is the cluster's first entity mention (None when unnamed); ``refers_to`` is the
    best name, else the description, a reader is shown.
    """

    id: str
    text: str
    start: int
    end: int
    kind: str  # pronoun | description | name
    cluster: str
    entity: str | None
    refers_to: str


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    text: str
    entity: str | None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class EventAttribution:
    source: str | None
    source_kind: str
    certainty: str
    quote: str | None


@dataclass(frozen=True, slots=True)
class CountRange:
    """A count as a range of whole numbers: deaths or injuries of one happening."""

    low: int
    best: int
    high: int


@dataclass(frozen=True, slots=True)
class AcledCode:
    """ACLED's coding of a political-violence, demonstration or strategic-development row."""

    disorder_type: str
    event_type: str
    sub_event_type: str


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    mode: str | None
    trigger: Span
    sentence: SentenceSpan
    actor: Actor | None
    target: Actor | None
    place: str | None
    origin: str | None
    destination: str | None
    time: str | None
    quantity: str | None
    attribution: EventAttribution
    confidence: float
    destinations: tuple[str, ...] = ()
    mentions: tuple[SentenceSpan, ...] = ()
    fatalities: CountRange | None = None
    injured: CountRange | None = None
    acled: AcledCode | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """One article with every annotation layer; the unit of output and storage."""

    id: str
    text: str
    meta: Meta
    entities: tuple[Entity, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[Time, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    extras: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)
    stages: Mapping[str, int] = field(default_factory=dict)

    def layer(self, name: str) -> tuple[Any, ...]:
        """Return a layer by name, whether a contract layer or an extra one."""
        if name in LAYERS:
            return tuple(getattr(self, name))
        return tuple(self.extras.get(name, ()))

    def to_dict(self) -> dict[str, Any]:
        """Return the document in the contract's shape (``DOCUMENT.md``)."""
        data: dict[str, Any] = {
            "schema": SCHEMA,
            "id": self.id,
            "meta": self.meta.to_dict(),
            "text": self.text,
        }
        for name in LAYERS:
            data[name] = [record_to_dict(item) for item in getattr(self, name)]
        for name, items in self.extras.items():
            data[name] = [record_to_dict(item) for item in items]
        data["stages"] = dict(self.stages)
        return data


def record_to_dict(item: Any) -> Any:
    """Convert an annotation record (a dataclass) to plain JSON-ready data."""
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return {f.name: record_to_dict(getattr(item, f.name)) for f in dataclasses.fields(item)}
    if isinstance(item, tuple | list):
        return [record_to_dict(x) for x in item]
    if isinstance(item, Mapping):
        return {k: record_to_dict(v) for k, v in item.items()}
    return item


#: The contract layers stored as flat records (events are nested: see _event_from_dict).
_RECORD_TYPES: dict[str, type] = {
    "entities": Entity,
    "places": Place,
    "times": Time,
    "quantities": Quantity,
    "quotes": Quote,
}


def _event_from_dict(d: Mapping[str, Any]) -> Event:
    def actor(a: Mapping[str, Any] | None) -> Actor | None:
        return Actor(**a) if a else None

    return Event(
        id=d["id"], type=d["type"], mode=d.get("mode"),
        trigger=Span(**d["trigger"]), sentence=SentenceSpan(**d["sentence"]),
        actor=actor(d.get("actor")), target=actor(d.get("target")),
        place=d.get("place"), origin=d.get("origin"), destination=d.get("destination"),
        time=d.get("time"), quantity=d.get("quantity"),
        attribution=EventAttribution(**d["attribution"]),
        confidence=d.get("confidence", 0.5),
        destinations=tuple(d.get("destinations") or ()),
        mentions=tuple(SentenceSpan(start=int(m["start"]), end=int(m["end"]))
                       for m in d.get("mentions") or ()),
        fatalities=_count(d.get("fatalities")), injured=_count(d.get("injured")),
        acled=AcledCode(**d["acled"]) if d.get("acled") else None,
    )


def _count(d: Mapping[str, Any] | None) -> CountRange | None:
    if not d:
        return None
    return CountRange(low=int(d["low"]), best=int(d["best"]), high=int(d["high"]))


_FIELD_NAMES: dict[type, frozenset[str]] = {}


def _records_from_dicts(kind: type, rows: list[Mapping[str, Any]]) -> tuple[Any, ...]:
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = frozenset(f.name for f in dataclasses.fields(kind))
    return tuple(kind(**row) if names.issuperset(row) else
                 kind(**{k: v for k, v in row.items() if k in names}) for row in rows)


def document_from_dict(data: Mapping[str, Any]) -> Document:
    """Rebuild a ``Document`` from its contract dictionary (inverse of ``to_dict``)."""
    meta = data.get("meta") or {}
    layers: dict[str, tuple[Any, ...]] = {}
    for name, kind in _RECORD_TYPES.items():
        layers[name] = _records_from_dicts(kind, list(data.get(name) or []))
    extras: dict[str, tuple[Any, ...]] = {}
    if data.get("attributions"):
        extras["attributions"] = _records_from_dicts(Attribution, list(data["attributions"]))
    if data.get("coref"):
        extras["coref"] = _records_from_dicts(Coreference, list(data["coref"]))
    return Document(
        id=data["id"], text=data["text"],
        meta=Meta(path=meta.get("path"), title=meta.get("title"), source=meta.get("source"),
                  authors=tuple(meta.get("authors") or ()), published=meta.get("published"),
                  language=meta.get("language") or "en", url=meta.get("url")),
        events=tuple(_event_from_dict(e) for e in data.get("events") or []),
        extras=extras, stages=dict(data.get("stages") or {}),
        **layers,
    )


def normalise_text(text: str) -> str:
    """Normalise text the way ids are computed: NFC, unified newlines, trimmed."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def content_id(text: str) -> str:
    """Return the content-hash id of a (normalised) text."""
    return "sha256:" + hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()
