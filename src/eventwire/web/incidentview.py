"""The incidents view: one row per incident, its sources, reconciled counts, disagreement.

An incident is a happening told by events in one or more documents (``eventwire
incidents`` computes them). Each row lists every report with its outlet, date,
place and count, next to the reconciled figures; where the reports disagree (counts
more than a quarter apart, days apart, other places) the row says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from eventwire.incidents.reconcile import day_number
from eventwire.rows import EventRow, Incident
from eventwire.store.base import EventQuery, IncidentQuery, Store
from eventwire.web import selection
from eventwire.web.pages import cached_page, render
from eventwire.web.params import (
    MAX_OFFSET,
    Country,
    EventType,
    Offset,
    Since,
    Until,
    _date,
    _upper,
    page_links,
    reachable_total,
)

router = APIRouter(include_in_schema=False)
#: Counts further apart than this share of the larger one are a disagreement.
COUNT_SPREAD = 0.25


@dataclass(frozen=True, slots=True)
class Report:
    row: EventRow
    outlet: str | None


@dataclass(frozen=True, slots=True)
class IncidentView:
    incident: Incident
    reports: tuple[Report, ...]
    disagreements: tuple[str, ...]


def disagreements(rows: list[EventRow]) -> tuple[str, ...]:
    """What the reports of one incident disagree about, in words."""
    out: list[str] = []
    counts = [r.best for r in rows if r.best is not None]
    if len(counts) > 1 and max(counts) - min(counts) > COUNT_SPREAD * max(counts):
        out.append(f"counts {min(counts):g}–{max(counts):g}")
    days = [d for d in (day_number(r.earliest) for r in rows) if d is not None]
    if len(days) > 1 and max(days) - min(days) > 1:
        out.append(f"dates {max(days) - min(days)} days apart")
    places = {r.place_name for r in rows if r.place_name}
    if len(places) > 1:
        out.append("places " + " / ".join(sorted(places)[:4]))
    certainties = {r.certainty for r in rows}
    if "denied" in certainties and len(certainties) > 1:
        out.append("one report denies it")
    return tuple(out)


def incident_filters(request: Request, type: EventType = None, country: Country = None,
                     since: Since = None, until: Until = None,
                     limit: Annotated[int, Query(ge=1, le=MAX_OFFSET)] = 25,
                     offset: Offset = 0) -> IncidentQuery:
    cap: int = min(request.app.state.settings.max_page_size, 100)
    return IncidentQuery(type=_upper(type), country=_upper(country),
                         since=_date("since", since), until=_date("until", until),
                         limit=min(limit, cap), offset=offset)


def _reports(store: Store, incident: Incident, outlets: dict[str, str]) -> tuple[Report, ...]:
    wanted = set(incident.events)
    rows: list[Report] = []
    for doc_id in dict.fromkeys(d for d, _ in incident.events):
        page = store.events(EventQuery(document_id=doc_id, limit=500))
        rows += [Report(r, outlets.get(r.document_id)) for r in page.items
                 if (r.document_id, r.event_id) in wanted]
    order = {key: i for i, key in enumerate(incident.events)}
    return tuple(sorted(rows, key=lambda x: order.get((x.row.document_id, x.row.event_id), 0)))


@router.get("/incidents")
def incidents_page(request: Request,
                   query: Annotated[IncidentQuery, Depends(incident_filters)]) -> Response:
    return cached_page(request, lambda: _draw(request, query))


def _draw(request: Request, query: IncidentQuery) -> Response:
    store: Store = request.app.state.store
    page = store.incidents(query)
    outlets = selection.row_cache(request).outlets(store)
    views = []
    for inc in page.items:
        reports = _reports(store, inc, outlets)
        views.append(IncidentView(inc, reports, disagreements([r.row for r in reports])))
    return render(request, "incidents.html", query=query, page=page, views=views,
                  links=page_links(request, reachable_total(page), page.limit, page.offset))
