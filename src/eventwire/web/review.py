"""The review pages and API: sign in, the keyboard-first queue, decisions, users.

``install(app)`` adds the routes, the handler for authentication errors and, when the
settings ask for it (a server reachable from other machines), the gate that closes
every page to anonymous requests. Reviewing needs accounts (``eventwire users add``);
without them the app stays read-only and unauthenticated.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware

from eventwire.eventing.lexicon import EVENT_TYPES
from eventwire.model import Document
from eventwire.review import accounts, actions
from eventwire.review.audit import history
from eventwire.review.auth import (
    COOKIE,
    CSRF_FIELD,
    LOGIN_COOKIE,
    Auth,
    AuthError,
    LoginGate,
    check_csrf,
    identify,
    require,
    safe_next,
    sessions_of,
)
from eventwire.review.fields import (
    ACLED_EVENT_TYPES,
    ACLED_SUB_TYPES,
    ACTOR_TYPES,
    CERTAINTIES,
    EDITABLE,
    REJECT_REASONS,
    ConflictError,
    ReviewError,
)
from eventwire.review.queue import FILTERS, ORDERS, queue_keys
from eventwire.review.rows import ReviewRow, document_rows, get_row
from eventwire.store.base import Store
from eventwire.web.errors import error_response
from eventwire.web.highlight import Mark, render_marks
from eventwire.web.serialize import to_plain

router = APIRouter(include_in_schema=False)
DOC_ID_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789:._-")


def install(app: FastAPI) -> None:
    """Add the review routes (and the sign-in gate when ``settings.require_login``)."""
    app.include_router(router)

    @app.exception_handler(AuthError)
    async def _auth_error(request: Request, exc: AuthError) -> Response:
        if exc.status == 401 and request.method == "GET" and not request.url.path.startswith(
                "/api"):
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse("/login?" + urlencode({"next": target}), status_code=303)
        return error_response(request, exc.status, exc.message)

    settings = app.state.settings
    if getattr(settings, "require_login", False):
        # innermost: its answers still get the security headers
        app.user_middleware.append(Middleware(LoginGate, upload_token=settings.token))


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _render(request: Request, template: str, code: int = 200, **context: Any) -> HTMLResponse:
    html = request.app.state.templates.get_template(template).render(
        request=request, settings=request.app.state.settings, **context)
    return HTMLResponse(html, status_code=code)


def _cookie_secure(request: Request) -> bool:
    return request.url.scheme == "https"


def _valid_id(value: str, what: str) -> str:
    if not value or len(value) > 100 or not set(value) <= DOC_ID_CHARS:
        raise ReviewError(f"{what} {value[:40]!r} is not an id.")
    return value


# --- signing in ------------------------------------------------------------------------
def _login_page(request: Request, *, error: str | None = None, status: int = 200,
                name: str = "") -> HTMLResponse:
    store = _store(request)
    enabled = accounts.has_accounts(store)
    cookie, token = sessions_of(store, request.app.state).login_nonce()
    response = _render(request, "review_login.html", status, error=error, enabled=enabled,
                       csrf=token, name=name,
                       next=safe_next(request.query_params.get("next")))
    response.set_cookie(LOGIN_COOKIE, cookie, max_age=3600, httponly=True, samesite="strict",
                        secure=_cookie_secure(request), path="/login")
    return response


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> HTMLResponse:
    return _login_page(request)


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    name, password = str(form.get("name", ""))[:80], str(form.get("password", ""))[:1000]
    target = safe_next(str(form.get("next", "")))
    store = _store(request)
    sessions = sessions_of(store, request.app.state)
    if not sessions.login_ok(request.cookies.get(LOGIN_COOKIE), str(form.get(CSRF_FIELD, ""))):
        return _login_page(request, error="The sign-in form expired; please try again.",
                           status=403, name=name)
    user = await run_in_threadpool(accounts.authenticate, store, name, password)
    if user is None:
        return _login_page(request, error="Wrong user name or password.", status=401, name=name)
    # A new session id at every sign-in; whatever session the browser had is ended.
    await run_in_threadpool(sessions.end, request.cookies.get(COOKIE))
    cookie = await run_in_threadpool(sessions.start, user)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(COOKIE, cookie, httponly=True, samesite="lax", path="/",
                        secure=_cookie_secure(request))
    response.delete_cookie(LOGIN_COOKIE, path="/login")
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    form = await request.form()
    auth = await run_in_threadpool(identify, request)
    if auth.user is not None:
        check_csrf(request, auth, str(form.get(CSRF_FIELD, "")))
        await run_in_threadpool(sessions_of(_store(request), request.app.state).end,
                                request.cookies.get(COOKIE))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


# --- the queue -------------------------------------------------------------------------
def _sentence_marks(doc: Document | None, row: ReviewRow) -> list[Mark]:
    """Marks for the article: the row's sentence and mentions, trigger, actor, target and
    the place, time and count it was resolved from."""
    ctx = row.context
    marks: list[Mark] = []
    if ctx.get("sentence_start") is not None:
        marks.append(Mark(ctx["sentence_start"], ctx["sentence_end"], "sentence", row.event_id,
                          "the row's sentence"))
    if ctx.get("trigger_start") is not None:
        marks.append(Mark(ctx["trigger_start"], ctx["trigger_end"], "event", row.event_id,
                          f"{row.values['type']}: {ctx['trigger']}"))
    event = next((e for e in doc.events if e.id == row.event_id), None) if doc else None
    if doc is None or event is None:
        return marks
    for i, mention in enumerate(event.mentions):
        marks.append(Mark(mention.start, mention.end, "sentence", f"{row.event_id}-m{i}",
                          "another mention of this happening", "mention"))
    for role, actor in (("actor", event.actor), ("target", event.target)):
        if actor is not None and actor.start is not None and actor.end is not None:
            marks.append(Mark(actor.start, actor.end, "entity", f"{row.event_id}-{role}",
                              f"{role}: {actor.text}", role))
    linked = {event.place, event.origin, event.destination, event.time, event.quantity}
    for kind, items in (("place", doc.places), ("time", doc.times),
                        ("quantity", doc.quantities)):
        for item in items:
            if item.id in linked:
                marks.append(Mark(item.start, item.end, kind, item.id, f"{kind}: {item.text}"))
    return marks


def _queue_url(order: str, status: str, key: tuple[str, str] | None) -> str:
    params = {"order": order, "status": status}
    if key:
        params.update(doc=key[0], ev=key[1])
    return "/review?" + urlencode(params)


def _page(request: Request, auth: Auth, order: str, status: str, doc_id: str | None,
          event_id: str | None, *, error: str | None = None, code: int = 200) -> HTMLResponse:
    store = _store(request)
    if order not in ORDERS or status not in FILTERS:
        raise ReviewError(f"unknown order {order!r} or queue {status!r}: use order "
                          f"{', '.join(ORDERS)} and status {', '.join(FILTERS)}.")
    keys = queue_keys(store, order, status)
    wanted = (doc_id, event_id) if doc_id and event_id else None
    index = keys.index(wanted) if wanted in keys else 0
    key = wanted if wanted and wanted not in keys else (keys[index] if keys else None)
    doc = store.get(key[0]) if key else None
    row = get_row(store, key[0], key[1], doc) if key else None
    in_queue = row is not None and key in keys
    prev_key = keys[index - 1] if in_queue and index > 0 else None
    next_key = keys[index + 1] if in_queue and index + 1 < len(keys) else None
    article = render_marks(doc.text, _sentence_marks(doc, row)) if doc and row else Markup("")
    sessions = sessions_of(store, request.app.state)
    return _render(
        request, "review.html", code, user=auth.user, row=row, doc=doc, article=article,
        error=error, order=order, status=status, orders=ORDERS, filters=FILTERS,
        position=index + 1 if in_queue else None, total=len(keys),
        counts=actions.count_by_status(store),
        prev_url=_queue_url(order, status, prev_key) if prev_key else None,
        next_url=_queue_url(order, status, next_key) if next_key else None,
        next_key=next_key, can_edit=auth.user is not None and auth.user.can("coder"),
        csrf=sessions.csrf_token(auth.sid) if auth.sid else "",
        siblings=[r for r in document_rows(store, key[0]) if r.event_id != key[1]] if key else [],
        where=small_map(row.values.get("lat"), row.values.get("lon")) if row else None,
        entries=history(store, key[0], key[1]) if key else [],
        reasons=REJECT_REASONS, event_types=EVENT_TYPES, acled_types=ACLED_EVENT_TYPES,
        acled_sub_types=ACLED_SUB_TYPES, actor_types=ACTOR_TYPES, certainties=CERTAINTIES)


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request, order: str = "confidence", status: str = "machine",
                doc: str | None = None, ev: str | None = None) -> HTMLResponse:
    if not accounts.has_accounts(_store(request)):
        return _render(request, "review_setup.html")
    auth = require(request, "viewer")
    try:
        return _page(request, auth, order, status, doc, ev)
    except ReviewError as e:
        return _render(request, "review_setup.html", 422, error=str(e))


def _form_changes(form: Any) -> dict[str, Any]:
    return {name: str(form.get(name)) for name in EDITABLE if form.get(name) is not None}


def _act(store: Store, user: str, form: Any) -> tuple[str, str] | None:
    """Apply the form's decision; return the row to show afterwards (None: the queue's
    first)."""
    action = str(form.get("action", ""))
    doc_id = _valid_id(str(form.get("doc", "")), "document")
    event_id = _valid_id(str(form.get("ev", "")), "event")
    try:
        version = int(str(form.get("version", "")))
    except ValueError as e:
        raise ReviewError("the form has no row version; reload the page.") from e
    if action in ("accept", "reject", "edit"):
        actions.decide(store, doc_id, event_id, user=user, version=version,
                       decision=actions.Decision(action, changes=_form_changes(form),
                                                 reason=str(form.get("reason", "")) or None,
                                                 note=str(form.get("note", "")) or None))
        nxt = (str(form.get("next_doc", "")), str(form.get("next_ev", "")))
        return nxt if all(nxt) else None
    if action == "split":
        new = actions.split(store, doc_id, event_id, user=user, version=version)
        return doc_id, new.event_id
    if action == "merge":
        dup = _valid_id(str(form.get("dup", "")), "event")
        dup_version = int(str(form.get("dup_version", "0")) or 0)
        actions.merge(store, doc_id, (event_id, version), (dup, dup_version), user=user)
        return doc_id, event_id
    if action == "add":
        start, end = int(str(form.get("start", "-1"))), int(str(form.get("end", "-1")))
        new = actions.add_missed(store, doc_id, start, end, user=user,
                                 changes=_form_changes(form))
        return doc_id, new.event_id
    raise ReviewError(f"unknown action {action!r}.")


@router.post("/review")
async def review_action(request: Request) -> Response:
    form = await request.form()
    auth = await run_in_threadpool(require, request, "coder")
    check_csrf(request, auth, str(form.get(CSRF_FIELD, "")))
    order, status = str(form.get("order", "confidence")), str(form.get("status", "machine"))
    store = _store(request)
    try:
        key = await run_in_threadpool(_act, store, auth.user.name if auth.user else "", form)
    except ConflictError as e:
        return await run_in_threadpool(_page, request, auth, order, status, e.document_id,
                                       e.event_id, error=str(e), code=409)
    except (ReviewError, ValueError) as e:
        return await run_in_threadpool(_page, request, auth, order, status,
                                       str(form.get("doc", "")), str(form.get("ev", "")),
                                       error=str(e), code=422)
    if order not in ORDERS or status not in FILTERS:
        order, status = "confidence", "machine"
    return RedirectResponse(_queue_url(order, status, key), status_code=303)


@router.get("/review/world.svg")
def world_svg() -> Response:
    """The world outline as one SVG image, cached by the browser (the row's small map)."""
    from eventwire.web.worldmap import HEIGHT, WIDTH, world_path

    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:g} {HEIGHT:g}" '
           f'width="{WIDTH:g}" height="{HEIGHT:g}"><rect width="100%" height="100%" '
           f'fill="#dfeaf3"/><path d="{world_path()}" fill="#f4f1ea" stroke="#9a9a9a" '
           'stroke-width="0.3"/></svg>')
    return Response(svg, media_type="image/svg+xml",
                    headers={"cache-control": "public, max-age=86400"})


def small_map(lat: float | None, lon: float | None) -> dict[str, Any] | None:
    """Where the row's place sits on the world image, and the window shown around it."""
    from eventwire.web.worldmap import project

    if lat is None or lon is None:
        return None
    x, y = project(lon, lat)
    w, h = 120.0, 60.0
    return {"x": x, "y": y, "box": f"{x - w / 2:.1f} {y - h / 2:.1f} {w:g} {h:g}"}


@router.get("/review/places")
def place_search(request: Request, q: str = "") -> JSONResponse:
    """Gazetteer candidates for a place name, most populous first (for the edit form)."""
    require(request, "viewer")
    from eventwire.gazetteer.index import load
    from eventwire.gazetteer.resolve import candidates_for

    q = q.strip()[:100]
    if len(q) < 2 or "\x00" in q:
        return JSONResponse({"ok": True, "items": []})
    found, _, _ = candidates_for(load(), q)
    found = sorted(found, key=lambda c: -c.population)[:10]
    return JSONResponse({"ok": True, "items": [
        {"name": c.name, "kind": c.kind, "country": c.country, "admin1": c.admin1,
         "lat": c.lat, "lon": c.lon} for c in found]})


# --- the JSON API for scripts ----------------------------------------------------------
def _row_json(row: ReviewRow) -> dict[str, Any]:
    return {"document_id": row.document_id, "event_id": row.event_id, "status": row.status,
            "reviewer": row.reviewer, "reviewed_at": row.reviewed_at, "version": row.version,
            "reason": row.reason, "flag": row.flag, "values": to_plain(row.values),
            "sentence": row.context.get("sentence"), "confidence": row.context.get("confidence")}


@router.get("/api/review/rows")
def api_rows(request: Request, order: str = "confidence", status: str = "machine",
             limit: int = 50, offset: int = 0) -> JSONResponse:
    """Rows of a review queue, with their values, status and version."""
    require(request, "viewer")
    if order not in ORDERS or status not in FILTERS or not 1 <= limit <= 500 or offset < 0:
        raise AuthError(422, f"order: {', '.join(ORDERS)}; status: {', '.join(FILTERS)}; "
                        "limit 1-500.")
    store = _store(request)
    keys = queue_keys(store, order, status)
    rows = [get_row(store, d, e) for d, e in keys[offset:offset + limit]]
    return JSONResponse({"ok": True, "total": len(keys),
                         "items": [_row_json(r) for r in rows if r is not None]})


@router.get("/api/review/audit")
def api_audit(request: Request, document_id: str | None = None,
              event_id: str | None = None, limit: int = 1000) -> JSONResponse:
    """The audit log, oldest first (of one row with document_id and event_id)."""
    require(request, "viewer")
    entries = history(_store(request), document_id, event_id, limit=max(1, min(limit, 10000)))
    return JSONResponse({"ok": True, "items": [to_plain(e) for e in entries]})


@router.post("/api/review/rows")
async def api_decide(request: Request) -> JSONResponse:
    """Apply one decision: ``{document_id, event_id, version, action, changes, reason,
    note}``. 409 with the other change when the row moved on since ``version``."""
    auth = await run_in_threadpool(require, request, "coder")
    check_csrf(request, auth, None)
    try:
        body = await request.json()
        decision = actions.Decision(str(body.get("action", "")), changes=body.get("changes"),
                                    reason=body.get("reason"), note=body.get("note"))
        args = (_store(request), str(body["document_id"]), str(body["event_id"]))
        version = int(body["version"])
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        return JSONResponse({"ok": False, "status": 422, "errors": [],
                             "error": f"Invalid body ({e}): send JSON with document_id, "
                             "event_id, version, action."}, status_code=422)
    user = auth.user.name if auth.user else ""
    try:
        row = await run_in_threadpool(lambda: actions.decide(*args, user=user, version=version,
                                                             decision=decision))
    except ConflictError as e:
        return JSONResponse({"ok": False, "status": 409, "error": str(e), "errors": [],
                             "current_version": e.current, "other": e.other}, status_code=409)
    except ReviewError as e:
        return JSONResponse({"ok": False, "status": 422, "error": str(e), "errors": []},
                            status_code=422)
    return JSONResponse({"ok": True, "row": _row_json(row)})


# --- users (admins) --------------------------------------------------------------------
@router.get("/review/users", response_class=HTMLResponse)
def users_page(request: Request, error: str | None = None) -> HTMLResponse:
    auth = require(request, "admin")
    sessions = sessions_of(_store(request), request.app.state)
    return _render(request, "review_users.html", user=auth.user, users=accounts.users(
        _store(request)), roles=accounts.ROLES, csrf=sessions.csrf_token(auth.sid or ""),
        error=error)


@router.post("/review/users")
async def users_action(request: Request) -> Response:
    form = await request.form()
    auth = await run_in_threadpool(require, request, "admin")
    check_csrf(request, auth, str(form.get(CSRF_FIELD, "")))
    store, name = _store(request), str(form.get("name", ""))[:80]
    try:
        if form.get("action") == "remove":
            if auth.user is not None and name == auth.user.name:
                raise ReviewError("you cannot remove yourself.")
            await run_in_threadpool(accounts.remove_user, store, name)
        else:
            await run_in_threadpool(accounts.add_user, store, name, str(form.get("role", "")),
                                    str(form.get("password", "")))
    except ReviewError as e:
        return await run_in_threadpool(users_page, request, str(e))
    return RedirectResponse("/review/users", status_code=303)
