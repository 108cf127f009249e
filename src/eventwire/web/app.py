"""The web application: ``create_app(store, settings) -> FastAPI``.

Server-rendered pages (articles, events, map, timeline) and a JSON API under
``/api/``. No module-level app and no environment reads here: the CLI builds the
settings and passes them in. Every asset is served by the app itself (no CDN).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from eventwire.store.base import Store
from eventwire.web.errors import install_error_handlers

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
    map_max_events: int = 50_000
    title: str = "eventwire"


def _templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(str(WEB_DIR / "templates")),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    return Jinja2Templates(env=env)


async def _security_headers(request: Request,
                            call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    response = await call_next(request)
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response


def create_app(store: Store, settings: WebSettings | None = None) -> FastAPI:
    """Build the app over an open store. The store is not closed by the app."""
    from eventwire import __version__
    from eventwire.web import api, pages

    settings = settings or WebSettings()
    app = FastAPI(title="eventwire", version=__version__,
                  description="Sourced, geocoded events extracted from news articles.",
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.store = store
    app.state.settings = settings
    app.state.templates = _templates()
    app.middleware("http")(_security_headers)
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(WEB_DIR / "static")), name="static")
    return app
