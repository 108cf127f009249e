"""Server-rendered pages: articles, one article, events (facets, downloads), API docs.

The map, timeline and incidents views live in ``mapview``, ``timeline`` and
``incidentview``; every page's filters are in its URL.
"""

from __future__ import annotations

import importlib
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import (
    FileResponse,
    HTMLResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from markupsafe import Markup, escape

from eventwire.model import Document
from eventwire.rows import event_rows
from eventwire.store.base import HIGHLIGHT, Page
from eventwire.web import charts, coding, downloads, highlight, selection
from eventwire.web.api import DocIdPath, cached_result, documents_page, get_document, store_of
from eventwire.web.cache import PageCache
from eventwire.web.errors import ApiError
from eventwire.web.params import (
    CERTAINTIES,
    SOURCE_KINDS,
    PageDocumentFilters,
    PageEventFilters,
    page_links,
    reachable_total,
)
from eventwire.web.selection import FacetFilters
from eventwire.web.serialize import json_bytes

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
        acled_types=coding.ACLED_TYPES, not_coded=coding.NOT_CODED, acled_colour=coding.colour_of,
        public_url=downloads.public_url,
        **context)
    return HTMLResponse(html)


def safe_json(data: Any) -> Markup:
    """JSON that can sit inside a ``<script type="application/json">`` element."""
    text = json_bytes(data).decode("utf-8")  # compact, NaN as null
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


def display_title(doc: Document) -> str:
    """The article's title; else a headline-like first line of its text; else its file name."""
    if doc.meta.title and doc.meta.title.strip():
        return doc.meta.title.strip()
    first = doc.text.strip().split("\n", 1)[0].strip()
    if 0 < len(first) <= 160 and not first.endswith((".", ":", ";", ",")):
        return first
    name = downloads.public_url(doc.meta.url or doc.meta.path)
    return name or "Untitled article"


@router.get("/articles")
def articles(request: Request, query: PageDocumentFilters) -> Response:
    page = documents_page(request, query)
    return render(request, "articles.html", page=page, query=query, snippet=snippet_html,
                  links=page_links(request, reachable_total(page), page.limit, page.offset))


@router.get("/articles/{doc_id}")
def article(request: Request, doc_id: DocIdPath) -> Response:
    """One article, from the app's article cache while the store is unchanged.

    The generation is read before the document: a write between the two reads leaves
    a newer page under the older generation (redrawn at the next request), never an
    older page under the newer one. Any write (a save, a re-extraction, a review)
    changes the generation, so the next request draws the page afresh.
    """
    store = store_of(request)
    generation = store.generation()
    cache: PageCache = request.app.state.article_cache
    if generation >= 0:
        body = cache.get(doc_id, generation)
        if body is not None:
            return HTMLResponse(body)
    response = draw_article(request, get_document(store, doc_id))
    if generation >= 0:
        cache.put(doc_id, generation, bytes(response.body))
    return response


def draw_article(request: Request, doc: Document) -> HTMLResponse:
    """The article page: its text with every annotation marked, its events beside it."""
    rows = event_rows(doc)
    marks = highlight.document_marks(doc)
    counts = Counter(m.kind for m in marks)
    acled = {e.id: e.acled.event_type for e in doc.events if e.acled}
    return render(request, "article.html", doc=doc, body=highlight.render_document(doc, marks),
                  title=display_title(doc), acled=acled,
                  original=downloads.public_url(doc.meta.url),
                  rows=rows, events=dict(zip((e.id for e in doc.events), rows, strict=True)),
                  counts=counts, kinds=highlight.KINDS, plurals=highlight.PLURALS,
                  annotations=safe_json(highlight.annotation_index(doc)),
                  places={p.id: p for p in doc.places}, times={t.id: t for t in doc.times},
                  quantities={q.id: q for q in doc.quantities},
                  colour=coding.type_colour)


def facet_links(request: Request, counts: dict[str, list[tuple[str, int]]]
                ) -> list[tuple[str, str, list[tuple[str, int, str, bool]]]]:
    """Per facet: (parameter, heading, [(value, count, link, selected)]), links keep filters."""
    params = request.query_params
    out = []
    for name, heading in selection.FACETS:
        current = params.get(name) or ""
        items = []
        for value, n in counts.get(name, []):
            chosen = value == current or (name in ("country", "type") and value == current.upper())
            url = request.url.remove_query_params("offset")
            url = url.remove_query_params(name) if chosen else \
                url.include_query_params(**{name: value})
            items.append((value, n, f"{url.path}?{url.query}", chosen))
        out.append((name, heading, items))
    return out


@router.get("/events")
def events(request: Request, query: PageEventFilters, facets: FacetFilters) -> Response:
    store = store_of(request)
    matching = selection.matching(request, query, facets)
    page: Page[Any]
    if facets:  # filtered in Python: page through the matching rows
        items = matching.rows[query.offset:query.offset + query.limit]
        page = Page(items, len(matching.rows), query.limit, query.offset,
                    not matching.capped)
    else:
        page = store.events(query)
    def count() -> dict[str, list[tuple[str, int]]]:
        outlets = selection.row_cache(request).outlets(store)
        return selection.facet_counts(matching.rows, outlets)

    counts = cached_result(request, ("facets", replace(query, limit=0, offset=0), facets), count)
    return render(request, "events.html", page=page, query=query, facets=facets,
                  colour=coding.type_colour, facet_groups=facet_links(request, counts),
                  capped=matching.capped, scanned=len(matching.rows),
                  download_qs=_download_query(request), acled_download=_acled_format(),
                  links=page_links(request, reachable_total(page), page.limit, page.offset))


def _download_query(request: Request) -> str:
    """The page's filters without its paging: a download holds every matching row."""
    url = request.url.remove_query_params(["limit", "offset"])
    return url.query


def _acled_format() -> bool:
    """Whether the library has an ACLED exporter (``eventwire export --format acled``)."""
    from eventwire.export import FORMATS
    return "acled" in FORMATS


def _attachment(chunks: Iterator[str] | Iterator[bytes], media_type: str,
                filename: str) -> StreamingResponse:
    return StreamingResponse(chunks, media_type=media_type,
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _encoded(chunks: Iterator[str]) -> Iterator[bytes]:
    for chunk in chunks:
        yield chunk.encode("utf-8")


@router.get("/events.csv")
def events_csv(request: Request, query: PageEventFilters, facets: FacetFilters) -> Response:
    """Every event the filters select (not only one page), as CSV, streamed."""
    rows = selection.stream(request, query, facets)
    return _attachment(_encoded(downloads.csv_chunks(rows)), "text/csv; charset=utf-8",
                       "events.csv")


@router.get("/events.geojson")
def events_geojson(request: Request, query: PageEventFilters, facets: FacetFilters) -> Response:
    """Every event the filters select, as GeoJSON (null geometry when not located)."""
    rows = selection.stream(request, query, facets)
    return _attachment(_encoded(downloads.geojson_chunks(rows)), "application/geo+json",
                       "events.geojson")


@router.get("/events.parquet")
def events_parquet(request: Request, query: PageEventFilters, facets: FacetFilters) -> Response:
    """Every event the filters select, as Parquet (the exporter's typed columns)."""
    from eventwire.export import parquet

    rows = (downloads.public_row(r) for r in selection.stream(request, query, facets))
    return _attachment(downloads.stream_writer(lambda fp: parquet.write(rows, fp), text=False),
                       "application/vnd.apache.parquet", "events.parquet")


@router.get("/events.acled.csv")
def events_acled(request: Request, query: PageEventFilters) -> Response:
    """The store's ACLED-shaped export for the same store filters (``export --format acled``)."""
    from eventwire.export import FORMATS, export

    if "acled" not in FORMATS:
        raise ApiError(404, "The ACLED export is not available in this version.")
    store = store_of(request)
    whole = replace(query, offset=0)
    return _attachment(
        downloads.stream_writer(lambda fp: export(store, "acled", whole, fp), text=True),
        "text/csv; charset=utf-8", "events-acled.csv")


# --- /docs: Swagger UI, served by the app from the swagger-ui-bundle package -------------
DOCS_ASSETS = ("swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js",
               "favicon-32x32.png")
DOCS_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
            "form-action 'self'")
AssetName = Annotated[str, Path(pattern=r"^[a-z0-9.-]{1,60}$")]


def _swagger_dir() -> str:
    module = importlib.import_module("swagger_ui_bundle")
    return str(module.swagger_ui_path)


@router.get("/docs")
def docs(request: Request) -> Response:
    """Interactive API documentation (Swagger UI) over ``/api/openapi.json``, offline."""
    html = request.app.state.templates.get_template("docs.html").render(
        request=request, settings=request.app.state.settings)
    return HTMLResponse(html, headers={"Content-Security-Policy": DOCS_CSP})


@router.get("/docs/assets/{name}")
def docs_asset(name: AssetName) -> Response:
    if name not in DOCS_ASSETS:
        raise ApiError(404, f"Not found: /docs/assets/{name}")
    return FileResponse(os.path.join(_swagger_dir(), name),
                        headers={"Cache-Control": "public, max-age=86400"})
