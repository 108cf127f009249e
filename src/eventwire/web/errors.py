"""One error shape for every error the app returns.

JSON clients (everything under ``/api/``, downloads, and any request that does not
ask for HTML) get ``{"ok": false, "error": "...", "errors": [...], "status": N}``;
browsers asking for a page get the same fields rendered as an HTML page.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventwire.errors import EventwireError, InputError, StoreError

log = logging.getLogger(__name__)


class ApiError(EventwireError):
    """An error with an HTTP status, raised by routes and mapped to the envelope."""

    def __init__(self, status: int, message: str, errors: list[Any] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message = status, message
        self.errors = errors or []
        self.headers = headers or {}


def envelope(status: int, message: str, errors: list[Any] | None = None) -> dict[str, Any]:
    """The error body every client sees."""
    return {"ok": False, "error": message, "errors": errors or [], "status": status}


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api/") or path == "/api" or path.endswith((".csv", ".geojson", ".json")):
        return False
    return "text/html" in request.headers.get("accept", "")


def error_response(request: Request, status: int, message: str,
                   errors: list[Any] | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    """Render the envelope as JSON, or as an HTML page for a browser."""
    body = envelope(status, message, errors)
    if _wants_html(request):
        state = request.app.state
        html = state.templates.get_template("error.html").render(
            request=request, err=body, settings=state.settings,
            reason=_PAGE_REASONS.get(status, _REASONS.get(status, "Error")))
        return HTMLResponse(html, status_code=status, headers=headers)
    return JSONResponse(body, status_code=status, headers=headers)


#: What a parameter must look like, said in words (a pattern's regex is never shown).
HINTS: dict[str, str] = {
    "since": "is not a date (YYYY-MM-DD)", "until": "is not a date (YYYY-MM-DD)",
    "country": "is not a two-letter country code (ISO 3166-1, e.g. SY)",
    "type": "is not an event type (letters and _, e.g. ASSAULT or MOVE)",
    "certainty": "is not a certainty (confirmed, asserted, claimed, believed, denied, "
                 "hypothetical)",
    "source_kind": "is not a source kind (reporter, named, anonymous, organization, unknown)",
    "kind": "is not a place kind", "document_id": "is not a document id",
    "doc_id": "is not a document id",
}
_NUMBERS = {"int_parsing": "is not a whole number", "float_parsing": "is not a number"}


def _friendly(e: Any) -> str:
    kind, loc = str(e.get("type", "")), [str(x) for x in e.get("loc", ())]
    name = loc[-1] if loc else ""
    shown = repr(e["input"])[:80] if isinstance(e.get("input"), str | int | float) else ""
    if kind == "string_pattern_mismatch":
        return f"{shown} {HINTS.get(name, 'is not an accepted value')}".strip()
    if kind in _NUMBERS:
        return f"{shown} {_NUMBERS[kind]}".strip()
    return str(e.get("msg", ""))


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for e in exc.errors():
        loc = [str(x) for x in e.get("loc", ())]
        out.append({"loc": loc, "msg": _friendly(e), "type": str(e.get("type", ""))})
    return out


_REASONS = {400: "Bad request", 401: "Authentication required", 403: "Forbidden",
            404: "Not found", 405: "Method not allowed", 413: "Payload too large",
            415: "Unsupported media type", 422: "Invalid request", 500: "Internal error"}


#: Headings of the HTML error pages, in plain words.
_PAGE_REASONS = {400: "This request could not be answered", 404: "Page not found",
                 422: "A filter in the address is not valid",
                 500: "Something went wrong on the server"}


def install_error_handlers(app: FastAPI) -> None:
    """Map HTTP errors, validation errors, EventwireErrors and crashes to the envelope."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return error_response(request, exc.status, exc.message, exc.errors, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else _REASONS.get(exc.status_code, "")
        if exc.status_code == 404 and message == "Not Found":
            message = f"Not found: {request.url.path}"
        return error_response(request, exc.status_code, message,
                              headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        errors = _validation_errors(exc)
        first = errors[0] if errors else {"loc": [], "msg": ""}
        message = f"Invalid {'.'.join(first['loc'][1:]) or 'request'}: {first['msg']}"
        return error_response(request, 422, message, errors)

    @app.exception_handler(InputError)
    async def _input_error(request: Request, exc: InputError) -> Response:
        return error_response(request, 400, str(exc))

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError) -> Response:
        log.error("store error on %s: %s", request.url.path, exc)
        return error_response(request, 500, "The database could not answer this request.")

    @app.exception_handler(SQLAlchemyError)
    async def _database_error(request: Request, exc: SQLAlchemyError) -> Response:
        log.error("store error on %s: %s", request.url.path, str(exc).splitlines()[0])
        return error_response(request, 500, "The database could not answer this request.")

    @app.exception_handler(EventwireError)
    async def _eventwire_error(request: Request, exc: EventwireError) -> Response:
        return error_response(request, 400, str(exc))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return error_response(request, 500, "Internal error: the server could not complete "
                              "this request.")
