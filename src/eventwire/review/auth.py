"""Who is asking: the signed-in user of a request (session cookie or API token), role and
CSRF checks, and the gate that closes the whole app to anonymous requests when asked.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from eventwire.review.accounts import User, has_accounts, token_user
from eventwire.review.sessions import Sessions
from eventwire.store.base import Store

COOKIE = "ew_session"
LOGIN_COOKIE = "ew_login"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
#: Paths anyone may reach (to sign in, and the assets the sign-in page needs).
OPEN_PATHS = ("/login", "/static/", "/favicon.ico")


class AuthError(Exception):
    """Not signed in (401) or not allowed (403)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


@dataclass(frozen=True, slots=True)
class Auth:
    """A request's identity: the user, their session id (None for tokens), how they came."""

    user: User | None = None
    sid: str | None = None
    via: str | None = None  # session | token


def sessions_of(store: Store, state: Any) -> Sessions:
    """The app's Sessions (one per app, made on first use)."""
    found = getattr(state, "review_sessions", None)
    if found is None:
        found = Sessions(store)
        state.review_sessions = found
    return found


def bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def identify(request: Request) -> Auth:
    """The request's user, from an API token (``Authorization: Bearer ew_...``) or cookie."""
    cached = getattr(request.state, "review_auth", None)
    if isinstance(cached, Auth):
        return cached
    store: Store = request.app.state.store
    auth = Auth()
    token = bearer(request)
    if token:
        user = token_user(store, token)
        if user is not None:
            auth = Auth(user, None, "token")
    elif request.cookies.get(COOKIE):
        found = sessions_of(store, request.app.state).resolve(request.cookies.get(COOKIE))
        if found is not None:
            auth = Auth(found[0], found[1], "session")
    request.state.review_auth = auth
    return auth


def require(request: Request, role: str) -> Auth:
    """The request's Auth if its user has ``role``; AuthError otherwise."""
    auth = identify(request)
    if auth.user is None:
        raise AuthError(401, "Sign in first (or send an API token: Authorization: Bearer ...).")
    if not auth.user.can(role):
        raise AuthError(403, f"{auth.user.name} is a {auth.user.role}; this needs the {role} "
                        "role.")
    return auth


def check_csrf(request: Request, auth: Auth, token: str | None) -> None:
    """Refuse a cookie-authenticated change without this session's CSRF token.

    Token-authenticated scripts send no cookies, so a forged cross-site request cannot
    carry their credentials: they need no CSRF token.
    """
    if auth.via == "token":
        return
    token = token or request.headers.get(CSRF_HEADER)
    sessions = sessions_of(request.app.state.store, request.app.state)
    if auth.sid is None or not sessions.csrf_ok(auth.sid, token):
        raise AuthError(403, "Missing or wrong CSRF token: reload the page and try again.")


def safe_next(target: str | None, default: str = "/review") -> str:
    """A same-site path to go to after signing in (never another site)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    return target


class LoginGate:
    """ASGI middleware: every request but the sign-in page needs a signed-in user.

    Used when the server is reachable from other machines. Pages redirect to
    ``/login``; the API answers 401. The upload token (``EVENTWIRE_TOKEN``) still
    opens ``POST /api/documents``.
    """

    def __init__(self, app: ASGIApp, upload_token: str | None = None) -> None:
        self.app, self.upload_token = app, upload_token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(OPEN_PATHS):
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        token = bearer(request)
        if token and self.upload_token and hmac.compare_digest(token, self.upload_token):
            await self.app(scope, receive, send)
            return
        auth = await run_in_threadpool(identify, request)
        if auth.user is not None:
            scope.setdefault("state", {})["review_auth"] = auth
            await self.app(scope, receive, send)
            return
        if scope["path"].startswith("/api"):
            response: JSONResponse | RedirectResponse = JSONResponse(
                {"ok": False, "error": "Sign in first: send an API token "
                 "(Authorization: Bearer ...).", "errors": [], "status": 401}, status_code=401)
        else:
            target = scope["path"] + (f"?{scope['query_string'].decode('latin-1')}"
                                      if scope.get("query_string") else "")
            response = RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
        await response(scope, receive, send)


def accounts_enabled(store: Store) -> bool:
    """Whether the database has accounts (at least one user)."""
    return has_accounts(store)
