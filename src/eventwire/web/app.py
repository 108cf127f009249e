"""The web application: ``create_app(store, settings) -> FastAPI``.

Server-rendered pages (articles, events, map, timeline) and a JSON API under
``/api/``. No module-level app and no environment reads here: the CLI builds the
settings and passes them in. Every asset is served by the app itself (no CDN).
"""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.types import ASGIApp, Message, Receive, Scope, Send

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
    map_max_events: int = 10_000
    title: str = "eventwire"


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
    app.add_middleware(SecurityHeaders)
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
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

    spec = json.loads(os.environ[SETTINGS_ENV])
    return create_app(open_store(spec["db"], migrate=False), WebSettings(**spec["settings"]))
