"""The JSON API under ``/api/``: documents, events, incidents, places, search, upload.

Read-only unless the app was started with ``allow_ingest`` and a token; the upload
endpoint then takes ``Authorization: Bearer TOKEN``. Lists are pages of at most
``max_page_size`` rows with ``total``/``next`` for paging.
"""

from __future__ import annotations

import hmac
import json
import math
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel
from pydantic_core import PydanticSerializationError

from eventwire.model import Document
from eventwire.rows import EventRow, Incident
from eventwire.store.base import DocumentQuery, DocumentSummary, Page, PlaceRow, SearchHit, Store
from eventwire.web import ingest
from eventwire.web.cache import ResultCache
from eventwire.web.errors import ApiError
from eventwire.web.params import (
    NO_NUL,
    DocumentFilters,
    EventFilters,
    IncidentFilters,
    PlaceFilters,
    page_links,
    reachable_total,
)
from eventwire.web.serialize import json_bytes, to_plain

T = TypeVar("T")
#: Larger full-text pages are not cached (the cache's memory stays a few MB).
CACHED_PAGE_SIZE = 100
DOC_ID = r"^[A-Za-z0-9:._-]{1,100}$"
DocIdPath = Annotated[str, Path(pattern=DOC_ID, description="Document id (sha256:…).")]


class ErrorBody(BaseModel):
    ok: bool = False
    error: str
    errors: list[Any] = []
    status: int


class _PageBody(BaseModel):
    ok: bool = True
    total: int
    limit: int
    offset: int
    next: str | None = None


class DocumentPage(_PageBody):
    items: list[DocumentSummary]


class EventPage(_PageBody):
    items: list[EventRow]


class IncidentPage(_PageBody):
    items: list[Incident]


class PlacePage(_PageBody):
    items: list[PlaceRow]


class SearchBody(BaseModel):
    ok: bool = True
    q: str
    items: list[SearchHit]


class StatsBody(BaseModel):
    ok: bool = True
    counts: dict[str, int]
    allow_ingest: bool


class UploadBody(BaseModel):
    ok: bool = True
    id: str
    inserted: bool
    events: int


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in ((404, "Not found"), (422, "Invalid parameters"), (500, "Server error"))
}

router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)


def store_of(request: Request) -> Store:
    """The store the app was created with."""
    store: Store = request.app.state.store
    return store


def finite(data: Any) -> Any:
    """``data`` with every NaN or infinite number replaced by null (JSON has no word for them)."""
    if isinstance(data, float):
        return data if math.isfinite(data) else None
    if isinstance(data, dict):
        return {k: finite(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [finite(v) for v in data]
    return data


def _json(data: Any, status: int = 200) -> Response:
    try:  # a NaN stored before uploads were checked is said as null: never a failure
        body = json_bytes(data)
    except PydanticSerializationError:  # a value pydantic-core cannot write: the slow path
        body = json.dumps(finite(data), ensure_ascii=False, separators=(",", ":"),
                          allow_nan=False).encode()
    return Response(body, status_code=status, media_type="application/json")


def page_json(request: Request, page: Page[Any]) -> Response:
    """A page of records as the API's list envelope."""
    links = page_links(request, reachable_total(page), page.limit, page.offset)
    return _json({"ok": True, "total": page.total, "total_exact": page.exact,
                  "limit": page.limit, "offset": page.offset,
                  "next": links.next, "items": [to_plain(x) for x in page.items]})


def cached_result(request: Request, key: tuple[Any, ...], run: Callable[[], T]) -> T:
    """``run()``, or its result from the app's ResultCache while the store is unchanged."""
    generation = store_of(request).generation()
    if generation < 0:  # the store cannot say when it changes: never cache
        return run()
    cache: ResultCache = request.app.state.result_cache
    return cache.get_or_run(key, generation, run)


def documents_page(request: Request, query: DocumentQuery) -> Page[DocumentSummary]:
    """A page of documents; full-text pages (ranking every match) come from the cache."""
    store = store_of(request)
    if not query.q or query.limit > CACHED_PAGE_SIZE:
        return store.documents(query)
    return cached_result(request, ("documents", query), lambda: store.documents(query))


def get_document(store: Store, doc_id: str) -> Document:
    """The stored document, or a 404 in the error envelope."""
    doc = store.get(doc_id)
    if doc is None:
        raise ApiError(404, f"Not found: no document with id {doc_id!r}.")
    return doc


@router.get("/documents", response_model=DocumentPage, summary="List or search documents")
def list_documents(request: Request, query: DocumentFilters) -> Response:
    """Document summaries, newest first (best match first with ``q``)."""
    return page_json(request, documents_page(request, query))


@router.get("/documents/{doc_id}", response_model=dict[str, Any], summary="One document")
def read_document(request: Request, doc_id: DocIdPath) -> Response:
    """The whole document in the output contract's shape (every layer, every offset)."""
    return _json(get_document(store_of(request), doc_id).to_dict())


@router.get("/events", response_model=EventPage, summary="List events")
def list_events(request: Request, query: EventFilters) -> Response:
    """Flat event rows (place, time, count and source resolved, review status and reviewer),
    filtered; rows a reviewer rejected only with ``include_rejected=true``."""
    return page_json(request, store_of(request).events(query))


@router.get("/incidents", response_model=IncidentPage, summary="List incidents")
def list_incidents(request: Request, query: IncidentFilters) -> Response:
    """Cross-document incidents, most sources first."""
    return page_json(request, store_of(request).incidents(query))


@router.get("/places", response_model=PlacePage, summary="List place mentions")
def list_places(request: Request, query: PlaceFilters) -> Response:
    """Resolved place mentions with their document."""
    return page_json(request, store_of(request).places(query))


@router.get("/search", response_model=SearchBody, summary="Full-text search")
def search(request: Request,
           q: Annotated[str, Query(min_length=1, max_length=200, pattern=NO_NUL,
                                   description="Search terms.")],
           limit: Annotated[int, Query(ge=1, le=100)] = 20) -> Response:
    """Best-matching documents with a snippet around the match."""
    store = store_of(request)
    hits = cached_result(request, ("search", q, limit), lambda: store.search(q, limit=limit))
    return _json({"ok": True, "q": q, "items": [to_plain(h) for h in hits]})


@router.get("/stats", response_model=StatsBody, summary="Counts of stored records")
def stats(request: Request) -> Response:
    """How many documents, places, events … the database holds."""
    return _json({"ok": True, "counts": store_of(request).stats(),
                  "allow_ingest": request.app.state.settings.allow_ingest})


def _check_token(request: Request) -> None:
    settings = request.app.state.settings
    if not settings.allow_ingest or not settings.token:
        raise ApiError(403, "Read-only: this server was not started with --allow-ingest "
                       "and EVENTWIRE_TOKEN.")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(),
                                                             settings.token.encode()):
        raise ApiError(401, "Authentication required: send Authorization: Bearer TOKEN.",
                       headers={"WWW-Authenticate": "Bearer"})


@router.post("/documents", response_model=UploadBody, status_code=201,
             summary="Upload an article or a document (with --allow-ingest)",
             responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody},
                        413: {"model": ErrorBody}},
             openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                 "schema": ingest.UPLOAD_SCHEMA}}}})
async def upload_document(request: Request) -> Response:
    """Store one article (extracted on the server) or one contract document.

    Body: ``{"text": …, "title"?, "source"?, "published"?, "url"?}`` or a document
    in the output contract's shape (``"schema": "eventwire.document/1"``).
    """
    _check_token(request)
    payload = await ingest.read_json_body(request, request.app.state.settings.max_upload_bytes)
    doc, inserted = await ingest.store_upload(store_of(request), payload)
    return _json({"ok": True, "id": doc.id, "inserted": inserted, "events": len(doc.events)},
                 status=201 if inserted else 200)
