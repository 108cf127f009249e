"""Happenings: one row per real-world event, as the ACLED and UCDP exports write them.

A happening is an incident that the store holds (the same event told by several
articles, ``eventwire incidents``), or else one event of one article. Each event
is read with everything it points to resolved (``Report``): its place with its
administrative areas and whether the text puts it *near* the place, its time,
its death toll, its outlet and the types of its actor and target. Reports of
one incident are then merged (``merge``) the way both datasets do: the most
precise place, the narrowest time every report allows, the most conservative
toll and the range of all tolls.
"""

from __future__ import annotations

import os
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from eventwire.actors import ActorType, ActorTyper
from eventwire.export.admin_areas import AdminAreas, admin_areas
from eventwire.export.geography import is_near
from eventwire.export.reviewed import review_rows, reviewed
from eventwire.incidents.reconcile import reconcile_time
from eventwire.model import AcledCode, Actor, CountRange, Document, Event, Place, Time
from eventwire.store.base import EventQuery, IncidentQuery, Store

#: Reports that do not say the event happened: they lend no death toll.
NO_COUNT = frozenset({"denied", "hypothetical"})
#: How sure the text is, surest first (``DOCUMENT.md``).
CERTAINTY_ORDER = ("confirmed", "asserted", "claimed", "believed", "denied", "hypothetical")
_PLACE_RANK = {"city": 0, "admin2": 2, "feature": 3, "admin1": 4, "country": 5, "demonym": 5,
               "region": 6}
INCIDENT_PAGE = 500


@dataclass(frozen=True, slots=True)
class Report:
    """One event of one article, with its place, time, toll, outlet and actor types."""

    document_id: str
    event_id: str
    type: str
    acled: AcledCode | None
    actor: str | None
    target: str | None
    actor_type: ActorType | None
    target_type: ActorType | None
    place: Place | None
    near: bool
    earliest: str | None
    latest: str | None
    published: str | None
    outlet: str | None
    reference: str | None
    title: str | None
    certainty: str
    source_kind: str
    attributed_to: str | None
    fatalities: CountRange | None
    crowd: str | None
    mentions: int
    sentence: str
    confidence: float
    review_status: str = "machine"  # machine | accepted | edited | rejected
    reviewer: str | None = None


@dataclass(frozen=True, slots=True)
class Happening:
    """One real-world event: the reports that tell it, merged."""

    id: str
    reports: tuple[Report, ...]
    lead: Report  # the report with the most precise place: its place, actors and sentence
    acled: AcledCode | None
    date_start: str | None
    date_end: str | None
    date_basis: str | None  # "text": the articles date it; "published": their date only
    first_published: str | None
    admin: AdminAreas
    fatalities: tuple[int, int, int] | None  # (low, best, high) over the reports

    @property
    def conservative_fatalities(self) -> int | None:
        """ACLED's reading: the lowest figure any report gives."""
        return None if self.fatalities is None else self.fatalities[0]

    @property
    def document_ids(self) -> list[str]:
        return list(dict.fromkeys(r.document_id for r in self.reports))

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(r.outlet for r in self.reports if r.outlet))

    @property
    def certainty(self) -> str:
        """The surest word of any report (a confirmed report outweighs a claim)."""
        return min((r.certainty for r in self.reports),
                   key=lambda c: CERTAINTY_ORDER.index(c) if c in CERTAINTY_ORDER else 99)

    @property
    def mention_count(self) -> int:
        return sum(r.mentions for r in self.reports)

    @property
    def review_status(self) -> str:
        """The reports' review status; several, ``;``-joined, when they differ."""
        return ";".join(dict.fromkeys(r.review_status for r in self.reports))

    @property
    def reviewers(self) -> list[str]:
        return list(dict.fromkeys(r.reviewer for r in self.reports if r.reviewer))


def public_reference(url: str | None, path: str | None) -> str | None:
    """A web address as given; else the input's file name (no server folders)."""
    if url:
        return url
    if not path:
        return None
    head, _, anchor = path.partition("#")
    name = os.path.basename(head.replace("\\", "/")) or head
    return f"{name}#{anchor}" if anchor else name


def iso_day(value: str | None) -> str | None:
    """``YYYY-MM-DD`` of an ISO date or date-time; None when absent or not a date."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _time(times: dict[str, Time], event: Event) -> Time | None:
    t = times.get(event.time) if event.time else None
    return t if t is not None and t.resolvable and iso_day(t.earliest) else None


def _crowd(doc: Document, event: Event) -> str | None:
    """How many took part in a protest or riot, as the text says it ("hundreds")."""
    if event.type != "PROTEST":
        return None
    actor = event.actor
    for q in doc.quantities:
        linked = q.id == event.quantity or (
            actor is not None and actor.start is not None and actor.end is not None
            and q.start < actor.end and actor.start < q.end)
        if linked and q.unit in (None, "person"):
            return " ".join(q.text.split()).lower()
    return None


def _types(typer: ActorTyper, doc: Document, e: Event, day: str | None,
           place: Place | None) -> tuple[ActorType | None, ActorType | None]:
    etype = e.acled.event_type if e.acled else None
    country = place.country if place else None

    def of(role: str, who: Actor | None) -> ActorType | None:
        return typer.type_of(who, doc, role=role, event_type=e.type, acled_type=etype,
                             day=day, event_country=country)

    return of("actor", e.actor), of("target", e.target)


def reports_of(doc: Document, event_ids: Iterable[str], typer: ActorTyper) -> list[Report]:
    """The reports of the given events of one document."""
    wanted = set(event_ids)
    places = {p.id: p for p in doc.places}
    times = {t.id: t for t in doc.times}
    out: list[Report] = []
    for e in doc.events:
        if e.id not in wanted:
            continue
        pid = e.place or e.destination
        place = places.get(pid) if pid else None
        t = _time(times, e)
        earliest = iso_day(t.earliest) if t else None
        latest = (iso_day(t.latest) or earliest) if t else None
        day = earliest or iso_day(doc.meta.published)
        actor_type, target_type = _types(typer, doc, e, day, place)
        out.append(Report(
            document_id=doc.id, event_id=e.id, type=e.type, acled=e.acled,
            actor=e.actor.text if e.actor else None, target=e.target.text if e.target else None,
            actor_type=actor_type, target_type=target_type,
            place=place, near=is_near(doc.text, place) if place else False,
            earliest=earliest, latest=max(latest, earliest) if latest and earliest else latest,
            published=iso_day(doc.meta.published), outlet=doc.meta.source,
            reference=public_reference(doc.meta.url, doc.meta.path), title=doc.meta.title,
            certainty=e.attribution.certainty, source_kind=e.attribution.source_kind,
            attributed_to=e.attribution.source, fatalities=e.fatalities, crowd=_crowd(doc, e),
            mentions=max(1, len(e.mentions)),
            sentence=" ".join(doc.text[e.sentence.start:e.sentence.end].split()),
            confidence=e.confidence,
        ))
    return out


# --- merging the reports of one incident -------------------------------------------------

def _place_rank(r: Report) -> tuple[int, int, float]:
    rank = 9 if r.place is None else _PLACE_RANK.get(r.place.kind, 7) + (1 if r.near else 0)
    return rank, -r.mentions, -r.confidence


def _tolls(reports: Sequence[Report]) -> tuple[int, int, int] | None:
    counts = [r.fatalities for r in reports if r.fatalities and r.certainty not in NO_COUNT]
    if not counts:
        return None
    if len(counts) == 1:
        c = counts[0]
        return c.low, c.best, c.high
    return (min(c.low for c in counts), int(statistics.median_low(c.best for c in counts)),
            max(c.high for c in counts))


def merge(happening_id: str, reports: Sequence[Report]) -> Happening:
    """One happening from the reports that tell it (first published first)."""
    reports = sorted(reports, key=lambda r: (r.published or "9999", r.document_id))
    told = [r for r in reports if r.certainty != "denied"] or list(reports)
    lead = min(told, key=_place_rank)
    codes = Counter(r.acled for r in told if r.acled)
    acled = lead.acled if lead.acled and codes[lead.acled] == max(codes.values(), default=0) \
        else (codes.most_common(1)[0][0] if codes else None)
    start, end = reconcile_time(told)
    published = min((r.published for r in reports if r.published), default=None)
    basis = "text" if start else ("published" if published else None)
    return Happening(
        id=happening_id, reports=tuple(reports), lead=lead, acled=acled,
        date_start=start, date_end=end, date_basis=basis, first_published=published,
        admin=admin_areas(lead.place), fatalities=_tolls(reports))


# --- reading them from a store -----------------------------------------------------------

def incident_of(store: Store) -> dict[tuple[str, str], str]:
    """(document id, event id) -> the stored incident it belongs to."""
    found: dict[tuple[str, str], str] = {}
    offset = 0
    while True:
        page = store.incidents(IncidentQuery(limit=INCIDENT_PAGE, offset=offset))
        for incident in page.items:
            for key in incident.events:
                found.setdefault(key, incident.id)
        if len(page.items) < INCIDENT_PAGE:
            return found
        offset += INCIDENT_PAGE


def _selected(store: Store, query: EventQuery) -> Iterator[tuple[str, list[str]]]:
    """(document id, its selected event ids), a document at a time."""
    current: str | None = None
    ids: list[str] = []
    for row in store.iter_events(query):
        if row.document_id != current:
            if current is not None:
                yield current, ids
            current, ids = row.document_id, []
        ids.append(row.event_id)
    if current is not None:
        yield current, ids


def happenings(store: Store, query: EventQuery, typer: ActorTyper | None = None
               ) -> Iterator[Happening]:
    """Every happening the query selects: single events as they come, incidents at the end.

    Hypothetical events (may, could, plan to) did not happen and are left out, unless
    the query asks for them by certainty. Each report carries its review state and a
    reviewer's edits; rejected rows come only with ``query.include_rejected``.
    """
    typer = typer or ActorTyper()
    incidents = incident_of(store)
    pending: dict[str, list[Report]] = {}
    keep_hypothetical = query.certainty == "hypothetical"
    for doc_id, event_ids in _selected(store, query):
        doc = store.get(doc_id)
        if doc is None:
            continue
        rows = review_rows(store, doc)
        for machine in reports_of(doc, event_ids, typer):
            report = reviewed(machine, rows.get(machine.event_id))
            if report.certainty == "hypothetical" and not keep_hypothetical:
                continue
            incident = incidents.get((report.document_id, report.event_id))
            if incident is None:
                yield merge(f"{report.document_id}#{report.event_id}", [report])
            else:
                pending.setdefault(incident, []).append(report)
    for incident, reports in pending.items():
        yield merge(incident, reports)


def days_between(start: str, end: str) -> int:
    """Days from ``start`` to ``end``, both counted (one day: 1)."""
    return (date.fromisoformat(end[:10]) - date.fromisoformat(start[:10])).days + 1
