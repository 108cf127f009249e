"""Sessions in signed cookies, CSRF tokens, and the signing key they share.

A session is a random id, kept server-side (digest, user, expiry) and sent to the
browser signed with itsdangerous: a forged or altered cookie fails the signature, an
old one fails the expiry, and logging out deletes the server row. Signing in always
starts a new id (an id planted before login is never promoted: no session fixation).
CSRF tokens are HMACs of the session id: every form and script request carries one.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from datetime import UTC, datetime, timedelta

from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import Connection, select

from eventwire.review.accounts import User
from eventwire.review.sqlstore import sql_store
from eventwire.store import schema
from eventwire.store.base import Store

KEY_ENV = "EVENTWIRE_SECRET_KEY"
SESSION_SECONDS = 12 * 3600
LOGIN_SECONDS = 3600
S, U = schema.user_sessions, schema.users


def signing_key(store: Store) -> str:
    """``EVENTWIRE_SECRET_KEY``, else a random key created once and kept in the database
    (so every server process and restart shares it)."""
    env = os.environ.get(KEY_ENV)
    if env:
        return env
    t = schema.secrets
    sql = sql_store(store)

    def work(conn: Connection) -> str:
        value = conn.execute(select(t.c.value).where(t.c.name == "session_key")).scalar()
        if value is None:
            value = secrets.token_urlsafe(48)
            conn.execute(sql.insert_ignore(t).values(name="session_key", value=value))
            value = conn.execute(select(t.c.value).where(t.c.name == "session_key")).scalar_one()
        return str(value)

    return sql.run_write(work)


def _digest(sid: str) -> str:
    return hashlib.sha256(sid.encode()).hexdigest()


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


class Sessions:
    """Start, resolve and end sessions of one store; make and check CSRF tokens."""

    def __init__(self, store: Store, key: str | None = None) -> None:
        self.store = store
        self.key = key or signing_key(store)
        self._session = URLSafeTimedSerializer(self.key, salt="eventwire-session")
        self._login = URLSafeTimedSerializer(self.key, salt="eventwire-login")

    def start(self, user: User) -> str:
        """A new session for ``user``; returns the signed cookie value."""
        sid = secrets.token_urlsafe(32)
        now = datetime.now(UTC)

        def work(conn: Connection) -> None:
            conn.execute(S.delete().where(S.c.expires_at < _iso(now)))  # tidy expired ones
            conn.execute(S.insert().values(id=_digest(sid), user=user.name, created_at=_iso(now),
                                           expires_at=_iso(now + timedelta(
                                               seconds=SESSION_SECONDS))))

        sql_store(self.store).run_write(work)
        return self._session.dumps(sid)

    def _sid(self, cookie: str | None) -> str | None:
        if not cookie:
            return None
        try:
            sid = self._session.loads(cookie, max_age=SESSION_SECONDS)
        except BadSignature:
            return None
        return sid if isinstance(sid, str) else None

    def resolve(self, cookie: str | None) -> tuple[User, str] | None:
        """The signed-in user and session id of a cookie, or None."""
        sid = self._sid(cookie)
        if sid is None:
            return None
        stmt = (select(U.c.name, U.c.role).join_from(S, U, S.c.user == U.c.name)
                .where(S.c.id == _digest(sid), S.c.expires_at > _iso(datetime.now(UTC))))
        with sql_store(self.store).engine.connect() as conn:
            row = conn.execute(stmt).first()
        return (User(row.name, row.role), sid) if row else None

    def end(self, cookie: str | None) -> None:
        """Log out: the session's server row is deleted, so the cookie stops working."""
        sid = self._sid(cookie)
        if sid is None:
            return

        def work(conn: Connection) -> None:
            conn.execute(S.delete().where(S.c.id == _digest(sid)))

        sql_store(self.store).run_write(work)

    def csrf_token(self, sid: str) -> str:
        return hmac.new(self.key.encode(), f"csrf:{sid}".encode(), hashlib.sha256).hexdigest()

    def csrf_ok(self, sid: str, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(self.csrf_token(sid), str(token))

    def login_nonce(self) -> tuple[str, str]:
        """For the login form (no session yet): a signed cookie and the token it must match."""
        nonce = secrets.token_urlsafe(24)
        return self._login.dumps(nonce), self.csrf_token(f"login:{nonce}")

    def login_ok(self, cookie: str | None, token: str | None) -> bool:
        if not cookie:
            return False
        try:
            nonce = self._login.loads(cookie, max_age=LOGIN_SECONDS)
        except BadSignature:
            return False
        return isinstance(nonce, str) and self.csrf_ok(f"login:{nonce}", token)
