"""Server-rendered pages: articles, one article, events (with downloads), map, timeline."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from itertools import islice
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup, escape

from eventwire.rows import EventRow, event_rows
from eventwire.store.base import HIGHLIGHT, EventQuery, IncidentQuery
from eventwire.web import charts, downloads, highlight
from eventwire.web.api import DocIdPath, documents_page, get_document, store_of
from eventwire.web.cache import PageCache
from eventwire.web.params import (
    CERTAINTIES,
    SOURCE_KINDS,
    DocumentFilters,
    EventFilters,
    page_links,
    reachable_total,
)

router = APIRouter(include_in_schema=False)


def cached_page(request: Request, draw: Callable[[], Response]) -> Response:
    """The page ``draw`` renders, from the app's PageCache while the store is unchanged."""
    generation = store_of(request).generation()
    if generation < 0:  # the store cannot say when it changes: never cache
        return draw()
    cache: PageCache = request.app.state.page_cache
    return cache.fetch(f"{request.url.path}?{request.url.query}", generation, draw)


def render(request: Request, template: str, **context: Any) -> HTMLResponse:
    """Render a page template with the request, settings and current query string."""
    templates = request.app.state.templates
    html = templates.get_template(template).render(
        request=request, settings=request.app.state.settings, qs=request.url.query,
        certainties=CERTAINTIES, source_kinds=SOURCE_KINDS, event_types=charts.TYPE_COLOURS,
        **context)
    return HTMLResponse(html)


def safe_json(data: Any) -> Markup:
    """JSON that can sit inside a ``<script type="application/json">`` element."""
    text = json.dumps(data, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


_OPERATORS = {"and", "or", "not", "near"}


def snippet_html(snippet: str, q: str | None = None) -> Markup:
    """A snippet, escaped, with the search terms (or the store's match markers) in bold."""
    start, stop = HIGHLIGHT
    terms = {t.lower() for t in re.findall(r"\w{2,}", q or "")} - _OPERATORS
    if not terms:
        parts = snippet.split(start) if start == stop else [snippet]
        if len(parts) % 2 == 0:  # unbalanced markers: show the text as it is
            return Markup(escape(snippet))
        return Markup("".join(f"<strong>{escape(p)}</strong>" if i % 2 else str(escape(p))
                              for i, p in enumerate(parts)))
    plain = snippet.replace(start, "").replace(stop, "")
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(terms))) + r")\w*",
                         re.IGNORECASE)
    out, pos = [], 0
    for m in pattern.finditer(plain):
        out += [str(escape(plain[pos:m.start()])), f"<strong>{escape(m.group())}</strong>"]
        pos = m.end()
    out.append(str(escape(plain[pos:])))
    return Markup("".join(out))


@router.get("/")
def home() -> Response:
    return RedirectResponse("/articles", status_code=307)


def _twin(request: Request, target: str) -> Response:
    query = f"?{request.url.query}" if request.url.query else ""
    return RedirectResponse(target + query, status_code=307)


@router.get("/api")
def api_page(request: Request) -> Response:
    """A readable list of the JSON API's endpoints, from its OpenAPI schema."""
    return render(request, "api.html", schema=request.app.openapi())


@router.get("/articles.json")
def articles_json(request: Request) -> Response:
    """The JSON twin of the article list: ``/api/documents`` with the same parameters."""
    return _twin(request, "/api/documents")


@router.get("/articles/{doc_id}.json")
def article_json(request: Request, doc_id: DocIdPath) -> Response:
    """The JSON twin of an article page: the whole document."""
    return _twin(request, f"/api/documents/{doc_id}")


@router.get("/events.json")
def events_json(request: Request) -> Response:
    """The JSON twin of the events table: ``/api/events`` with the same parameters."""
    return _twin(request, "/api/events")


@router.get("/articles")
def articles(request: Request, query: DocumentFilters) -> Response:
    page = documents_page(request, query)
    return render(request, "articles.html", page=page, query=query, snippet=snippet_html,
                  links=page_links(request, reachable_total(page), page.limit, page.offset))


@router.get("/articles/{doc_id}")
def article(request: Request, doc_id: DocIdPath) -> Response:
    doc = get_document(store_of(request), doc_id)
    rows = event_rows(doc)
    counts = Counter(m.kind for m in highlight.document_marks(doc))
    return render(request, "article.html", doc=doc, body=highlight.render_document(doc),
                  rows=rows, events=dict(zip((e.id for e in doc.events), rows, strict=True)),
                  counts=counts, kinds=highlight.KINDS, plurals=highlight.PLURALS,
                  annotations=safe_json(highlight.annotation_index(doc)),
                  places={p.id: p for p in doc.places}, times={t.id: t for t in doc.times},
                  quantities={q.id: q for q in doc.quantities},
                  colour=charts.colour)


@router.get("/events")
def events(request: Request, query: EventFilters) -> Response:
    page = store_of(request).events(query)
    return render(request, "events.html", page=page, query=query, colour=charts.colour,
                  links=page_links(request, reachable_total(page), page.limit, page.offset))


@router.get("/events.csv")
def events_csv(request: Request, query: EventFilters) -> Response:
    """Exactly the rows the events table shows for the same parameters, as CSV."""
    rows = store_of(request).events(query).items
    return Response(downloads.events_csv(rows), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="events.csv"'})


@router.get("/events.geojson")
def events_geojson(request: Request, query: EventFilters) -> Response:
    """Exactly the rows the events table shows for the same parameters, as GeoJSON."""
    rows = store_of(request).events(query).items
    return Response(downloads.events_geojson(rows), media_type="application/geo+json",
                    headers={"Content-Disposition": 'attachment; filename="events.geojson"'})


def all_events(request: Request, query: EventQuery) -> tuple[list[EventRow], int]:
    """Matching events up to the map's cap, and how many match in all."""
    cap: int = request.app.state.settings.map_max_events
    store = store_of(request)
    rows = list(islice(store.iter_events(replace(query, offset=0)), cap + 1))
    if len(rows) <= cap:
        return rows, len(rows)
    return rows[:cap], store.events(replace(query, limit=1, offset=0)).total


@router.get("/map")
def map_page(request: Request, query: EventFilters) -> Response:
    return cached_page(request, lambda: _draw_map(request, query))


def _draw_map(request: Request, query: EventQuery) -> Response:
    rows, matching = all_events(request, query)
    incidents = store_of(request).incidents(IncidentQuery(
        type=query.type, country=query.country, since=query.since, until=query.until,
        limit=request.app.state.settings.max_page_size)).items
    flows = charts.group_flows(rows)
    located = sum(1 for r in rows if r.lat is not None)
    return render(request, "map.html", query=query, svg=charts.map_svg(rows, incidents),
                  legend_items=charts.legend_types(rows), total=len(rows), located=located,
                  flows=len(flows), incidents=len(incidents), matching=matching)


@router.get("/timeline")
def timeline_page(request: Request, query: EventFilters) -> Response:
    return cached_page(request, lambda: _draw_timeline(request, query))


def _draw_timeline(request: Request, query: EventQuery) -> Response:
    rows, matching = all_events(request, query)
    weeks = charts.weekly_counts(rows)
    return render(request, "timeline.html", query=query, svg=charts.timeline_svg(rows),
                  legend_items=charts.legend_types(rows), total=len(rows), matching=matching,
                  weeks=sorted(weeks.items()), dated=sum(sum(c.values()) for c in weeks.values()))
