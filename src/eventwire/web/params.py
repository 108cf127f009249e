"""Query parameters shared by the HTML pages and the JSON API, validated once.

HTML forms send empty strings for unused fields, so every filter accepts "" and
treats it as "no filter". Limits keep every page and every download bounded.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, ParamSpec, TypeVar

from fastapi import Depends, Query, Request

from eventwire.store.base import DocumentQuery, EventQuery, IncidentQuery, Page, PlaceQuery
from eventwire.web.errors import ApiError

P = ParamSpec("P")
R = TypeVar("R")
MAX_PAGE_SIZE = 500
MAX_OFFSET = 10_000_000
CERTAINTIES = ("confirmed", "asserted", "claimed", "believed", "denied", "hypothetical")
SOURCE_KINDS = ("reporter", "named", "anonymous", "organization", "unknown")
PLACE_KINDS = ("city", "admin1", "admin2", "country", "region", "feature", "demonym")

#: Free text may be anything but NUL (no database stores it; app.reject_nul says so first).
NO_NUL = r"^[^\x00]*$"
Q = Annotated[str | None, Query(max_length=200, pattern=NO_NUL,
                                description="Full-text search terms.")]
Source = Annotated[str | None, Query(max_length=200, pattern=NO_NUL,
                                     description="Outlet name, exact.")]
Country = Annotated[str | None, Query(
    pattern=r"^([A-Za-z]{2})?$", description="ISO 3166-1 alpha-2 country code.")]
#: Dates are checked by ``_date`` (a friendly message, never a regular expression).
Since = Annotated[str | None, Query(max_length=40, json_schema_extra={"format": "date"},
                                    description="Earliest date, inclusive (YYYY-MM-DD).")]
Until = Annotated[str | None, Query(max_length=40, json_schema_extra={"format": "date"},
                                    description="Latest date, inclusive (YYYY-MM-DD).")]
EventType = Annotated[str | None, Query(
    pattern=r"^([A-Za-z_]{1,20})?$", description="Event type, e.g. ASSAULT or MOVE.")]
Certainty = Annotated[str | None, Query(
    pattern=rf"^({'|'.join(CERTAINTIES)})?$", description="Attribution certainty.")]
SourceKind = Annotated[str | None, Query(
    pattern=rf"^({'|'.join(SOURCE_KINDS)})?$", description="Who the event is attributed to.")]
PlaceKind = Annotated[str | None, Query(
    pattern=rf"^({'|'.join(PLACE_KINDS)})?$", description="Place kind.")]
Name = Annotated[str | None, Query(max_length=200, pattern=NO_NUL,
                                   description="Place name (canonical).")]
DocId = Annotated[str | None, Query(
    pattern=r"^[A-Za-z0-9:._-]{0,100}$", description="Only this document's records.")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Page size.")]
#: Pages take any positive limit and show at most ``max_page_size`` rows (no error page).
PageLimit = Annotated[int, Query(ge=1, le=MAX_OFFSET)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")]
IncludeRejected = Annotated[bool, Query(
    description="Also the rows a reviewer rejected (left out by default).")]


def _blank(value: str | None) -> str | None:
    value = value.strip() if value else value
    return value or None


def _date(name: str, value: str | None) -> str | None:
    value = _blank(value)
    if value is None:
        return None
    try:
        date.fromisoformat(value)
    except ValueError as e:
        raise ApiError(422, f"Invalid {name}: {value!r} is not a date (YYYY-MM-DD).",
                       [{"loc": ["query", name], "msg": "not a valid date", "type": "date"}]) \
            from e
    return value


def _upper(value: str | None) -> str | None:
    value = _blank(value)
    return value.upper() if value else None


def _page_size(request: Request, limit: int) -> int:
    cap: int = request.app.state.settings.max_page_size
    if limit > cap:
        raise ApiError(422, f"Invalid limit: at most {cap} rows per page.",
                       [{"loc": ["query", "limit"], "msg": f"must be <= {cap}", "type": "limit"}])
    return limit


def document_query(request: Request, q: Q = None, source: Source = None, country: Country = None,
                   since: Since = None, until: Until = None, limit: Limit = 50,
                   offset: Offset = 0) -> DocumentQuery:
    """Filters for the article list and ``/api/documents``."""
    return DocumentQuery(q=_blank(q), source=_blank(source), country=_upper(country),
                         since=_date("since", since), until=_date("until", until),
                         limit=_page_size(request, limit), offset=offset)


def event_query(request: Request, type: EventType = None, country: Country = None,
                since: Since = None, until: Until = None, certainty: Certainty = None,
                source_kind: SourceKind = None, document_id: DocId = None, limit: Limit = 50,
                offset: Offset = 0, include_rejected: IncludeRejected = False) -> EventQuery:
    """Filters for the events table, its downloads, the map, timeline and ``/api/events``."""
    return EventQuery(type=_upper(type), country=_upper(country), since=_date("since", since),
                      until=_date("until", until), certainty=_blank(certainty),
                      source_kind=_blank(source_kind), document_id=_blank(document_id),
                      limit=_page_size(request, limit), offset=offset,
                      include_rejected=include_rejected)


def incident_query(request: Request, type: EventType = None, country: Country = None,
                   since: Since = None, until: Until = None, limit: Limit = 50,
                   offset: Offset = 0) -> IncidentQuery:
    """Filters for ``/api/incidents`` and the map's incident layer."""
    return IncidentQuery(type=_upper(type), country=_upper(country),
                         since=_date("since", since), until=_date("until", until),
                         limit=_page_size(request, limit), offset=offset)


def place_query(request: Request, country: Country = None, kind: PlaceKind = None,
                name: Name = None, document_id: DocId = None, limit: Limit = 50,
                offset: Offset = 0) -> PlaceQuery:
    """Filters for ``/api/places``."""
    return PlaceQuery(country=_upper(country), kind=_blank(kind), name=_blank(name),
                      document_id=_blank(document_id), limit=_page_size(request, limit),
                      offset=offset)


def _page_limit(request: Request, limit: int) -> int:
    cap: int = request.app.state.settings.max_page_size
    return min(limit, cap)


def page_document_query(request: Request, q: Q = None, source: Source = None,
                        country: Country = None, since: Since = None, until: Until = None,
                        limit: PageLimit = 50, offset: Offset = 0) -> DocumentQuery:
    """The article list's filters: like ``document_query``, a larger limit is capped."""
    return document_query(request, q, source, country, since, until,
                          _page_limit(request, limit), offset)


def page_event_query(request: Request, type: EventType = None, country: Country = None,
                     since: Since = None, until: Until = None, certainty: Certainty = None,
                     source_kind: SourceKind = None, document_id: DocId = None,
                     limit: PageLimit = 50, offset: Offset = 0) -> EventQuery:
    """The pages' event filters: like ``event_query``, a larger limit is capped."""
    return event_query(request, type, country, since, until, certainty, source_kind,
                       document_id, _page_limit(request, limit), offset)


def inline(parse: Callable[P, R]) -> Callable[P, Awaitable[R]]:
    """``parse`` as a coroutine with its signature: FastAPI runs a plain function dependency
    in a worker thread (a hand-off costing more than parsing a few parameters); a
    coroutine it runs inline. Only for dependencies that do no I/O."""
    @functools.wraps(parse)
    async def run(*args: P.args, **kwargs: P.kwargs) -> R:
        return parse(*args, **kwargs)
    return run


DocumentFilters = Annotated[DocumentQuery, Depends(inline(document_query))]
PageDocumentFilters = Annotated[DocumentQuery, Depends(inline(page_document_query))]
PageEventFilters = Annotated[EventQuery, Depends(inline(page_event_query))]
EventFilters = Annotated[EventQuery, Depends(inline(event_query))]
IncidentFilters = Annotated[IncidentQuery, Depends(inline(incident_query))]
PlaceFilters = Annotated[PlaceQuery, Depends(inline(place_query))]


@dataclass(frozen=True, slots=True)
class PageLinks:
    """Previous/next links for a page of results, keeping every other parameter."""

    prev: str | None
    next: str | None


def reachable_total(page: Page[Any]) -> int:
    """The total to page through: a capped count still offers the page after the cap."""
    return page.total if page.exact else max(page.total, page.offset + len(page.items) + 1)


def page_links(request: Request, total: int, limit: int, offset: int) -> PageLinks:
    """Links to the neighbouring pages of the current request's results."""
    def at(new_offset: int) -> str:
        url = request.url.include_query_params(offset=new_offset, limit=limit)
        return f"{url.path}?{url.query}"
    prev = at(max(0, offset - limit)) if offset > 0 else None
    nxt = at(offset + limit) if offset + limit < total else None
    return PageLinks(prev, nxt)
