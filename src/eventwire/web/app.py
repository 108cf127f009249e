"""The web application: ``create_app(store, settings) -> FastAPI``.

Server-rendered pages (articles, events, map, timeline) and a JSON API under
``/api/``. No module-level app and no environment reads here: the CLI builds the
settings and passes them in. Every asset is served by the app itself (no CDN).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire.store.base import Store
from eventwire.web import heap
from eventwire.web.cache import PageCache, ResultCache
from eventwire.web.errors import ApiError, envelope, install_error_handlers

WEB_DIR = Path(str(resources.files("eventwire.web")))

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


@dataclass(frozen=True, slots=True)
class WebSettings:
    """What the app may do and how much it answers at once."""

    allow_ingest: bool = False
    token: str | None = None
    max_page_size: int = 500
    max_upload_bytes: int = 2_000_000
    #: Most events the map, timeline and facets read for one filter (80,000 fit).
    map_max_events: int = 100_000
    title: str = "eventwire"
    #: Host header names the app answers (``*.example.org`` covers subdomains); empty: any.
    allowed_hosts: tuple[str, ...] = ()
    #: Every page needs a signed-in user (review accounts); ``serve`` sets it off loopback.
    require_login: bool = False
    #: The app owns its process (``serve``): long-lived data is frozen out of the garbage
    #: collector's passes after start-up and after loading a large row set (``heap``).
    freeze_heap: bool = False


#: Rendered article pages kept (about 30 KB each for a 4,000-character article).
ARTICLE_CACHE_BYTES = 32_000_000

#: What ``eventwire serve`` answers by default: the loopback names only (no DNS rebinding).
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def _templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(str(WEB_DIR / "templates")),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True, auto_reload=False)
    return Jinja2Templates(env=env)


SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class SecurityHeaders:
    """Pure ASGI middleware adding the security headers to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [h for h in SECURITY_HEADERS if h[0] not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def host_name(header: str) -> str:
    """The host part of a Host header: ``[::1]:8000`` -> ``::1``, ``A.org:80`` -> ``a.org``."""
    header = header.strip().lower()
    if header.startswith("["):
        end = header.find("]")
        return header[1:end] if end > 0 else ""
    if header.count(":") == 1:
        header = header.split(":", 1)[0]
    return header.rstrip(".")


def host_allowed(name: str, allowed: tuple[str, ...]) -> bool:
    """Whether a host name matches the allowed list (exact, ``*.suffix`` or ``*``)."""
    if not name:
        return False
    for pattern in allowed:
        pattern = pattern.lower()
        if pattern == "*" or pattern == name:
            return True
        if pattern.startswith("*.") and name.endswith(pattern[1:]):
            return True
    return False


class AllowedHosts:
    """Pure ASGI middleware answering 400 to a Host header not on the list (DNS rebinding)."""

    def __init__(self, app: ASGIApp, hosts: tuple[str, ...]) -> None:
        self.app, self.hosts = app, tuple(h.strip("[]") for h in hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            header = next((v.decode("latin-1") for k, v in scope.get("headers", [])
                           if k == b"host"), "")
            if not host_allowed(host_name(header), self.hosts):
                shown = header[:100] or "(none)"
                response = JSONResponse(envelope(400, f"Invalid Host header {shown!r}: this "
                                                 "server answers only "
                                                 f"{', '.join(self.hosts)} (serve "
                                                 "--allowed-host NAME adds a name)."),
                                        status_code=400)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


async def reject_nul(request: Request) -> None:
    """Every route: a NUL character in a query parameter is a 422, never a database error.

    ``async`` (it does no I/O) so that FastAPI runs it inline, not in a worker thread.
    """
    if b"%00" not in request.scope.get("query_string", b""):
        return  # the common case: no NUL can be in there (a raw NUL never reaches a route)
    for name, value in request.query_params.multi_items():
        if "\x00" in name or "\x00" in value:
            shown = name.replace("\x00", "\\x00")
            raise ApiError(422, f"Invalid parameter {shown!r}: contains a NUL character.",
                           [{"loc": ["query", shown], "msg": "contains a NUL character",
                             "type": "value_error"}])


class StderrHandler(logging.Handler):
    """Writes records to whatever ``sys.stderr`` is when they are emitted."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
            sys.stderr.flush()
        except Exception:  # noqa: BLE001 - logging must never raise into the request
            self.handleError(record)


def log_to_stderr(level: int = logging.INFO) -> None:
    """Send the package's log records (store errors, crashes) to standard error, once.

    The package logger carries a NullHandler (a library's manners), which would
    otherwise swallow them: ``serve`` is the application and says where they go.
    """
    logger = logging.getLogger("eventwire")
    if not any(isinstance(h, StderrHandler) for h in logger.handlers):
        handler = StderrHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: "
                                               "%(message)s"))
        logger.addHandler(handler)
    logger.setLevel(level)


def warm_up(app: FastAPI) -> None:
    """Do once, before the first request, what the first request would otherwise wait for:
    FastAPI's per-route set-up (built lazily, ~0.4 s), the templates' compilation and the
    map's basemap."""
    from eventwire.web.mapview import world_json

    app.openapi()
    env = app.state.templates.env
    for name in env.list_templates(extensions=["html"]):
        env.get_template(name)
    world_json()


@asynccontextmanager
async def _warm_up(app: FastAPI) -> AsyncIterator[None]:
    """Lifespan: ``warm_up`` when a server starts the app (TestClient only in a ``with``),
    then, in a process the app owns, freeze what start-up built (``heap.settle``)."""
    warm_up(app)
    if app.state.settings.freeze_heap:
        heap.settle()
    yield


def create_app(store: Store, settings: WebSettings | None = None) -> FastAPI:
    """Build the app over an open store. The store is not closed by the app."""
    from eventwire import __version__
    from eventwire.web import api, pages

    settings = settings or WebSettings()
    app = FastAPI(title="eventwire", version=__version__,
                  description="Sourced, geocoded events extracted from news articles.",
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
                  dependencies=[Depends(reject_nul)], lifespan=_warm_up)
    app.state.store = store
    app.state.settings = settings
    app.state.templates = _templates()
    app.state.page_cache = PageCache()
    app.state.article_cache = PageCache(max_bytes=ARTICLE_CACHE_BYTES)
    app.state.result_cache = ResultCache()
    if settings.allowed_hosts:
        app.add_middleware(AllowedHosts, hosts=settings.allowed_hosts)
    app.add_middleware(SecurityHeaders)  # outermost: refusals get the headers too
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    from eventwire.web import review
    review.install(app)  # sign-in, the review queue and its API
    from eventwire.web import views
    for router in views.ROUTERS:  # map, timeline, incidents
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(WEB_DIR / "static")), name="static")
    return app


SETTINGS_ENV = "EVENTWIRE_SERVE_SETTINGS"


def settings_to_env(db: str, settings: WebSettings) -> str:
    """Serialise what a worker process needs to rebuild the app (see ``app_from_environment``)."""
    return json.dumps({"db": db, "settings": dataclasses.asdict(settings)})


def app_from_environment() -> FastAPI:
    """App factory for multi-process serving (``eventwire serve --workers N``).

    Each worker process opens its own store from the description that ``serve``
    put in ``EVENTWIRE_SERVE_SETTINGS``.
    """
    from eventwire.store.base import open_store

    log_to_stderr()
    spec = json.loads(os.environ[SETTINGS_ENV])
    settings = dict(spec["settings"])
    settings["allowed_hosts"] = tuple(settings.get("allowed_hosts") or ())
    return create_app(open_store(spec["db"], migrate=False), WebSettings(**settings))
