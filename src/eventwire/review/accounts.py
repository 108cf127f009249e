"""Accounts for teams: users with a role, argon2 password hashes, API tokens for scripts.

Roles are ordered: a viewer reads, a coder also reviews rows, an admin also manages
users. Passwords are never stored, only their argon2id hashes; API tokens are random
and stored as SHA-256 digests (a leaked database does not leak usable tokens).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Connection, func, select

from eventwire.review.fields import ReviewError
from eventwire.review.sqlstore import sql_store
from eventwire.store import schema
from eventwire.store.base import Store
from eventwire.store.records import now_iso

ROLES = ("viewer", "coder", "admin")
MIN_PASSWORD = 10
TOKEN_PREFIX = "ew_"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,79}$")
_HASHER = PasswordHasher()
#: Verified against when a user does not exist, so both cases take the same time.
_DUMMY_HASH = _HASHER.hash("not a password of anyone")
U, T = schema.users, schema.api_tokens


@dataclass(frozen=True, slots=True)
class User:
    """A signed-in person (or script) and what they may do."""

    name: str
    role: str

    def can(self, role: str) -> bool:
        """Whether this user has ``role`` or a higher one."""
        return ROLES.index(self.role) >= ROLES.index(role)


def check_role(role: str) -> str:
    if role not in ROLES:
        raise ReviewError(f"unknown role {role!r}: use one of {', '.join(ROLES)}.")
    return role


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise ReviewError(f"user name {name!r}: use 1-80 letters, digits, '.', '_', '@' or '-', "
                          "starting with a letter or digit.")
    return name


def add_user(store: Store, name: str, role: str, password: str) -> User:
    """Create a user; refuses a taken name or a password shorter than MIN_PASSWORD."""
    check_name(name)
    check_role(role)
    if len(password) < MIN_PASSWORD:
        raise ReviewError(f"the password is too short: use at least {MIN_PASSWORD} characters.")
    hashed = _HASHER.hash(password)

    def work(conn: Connection) -> None:
        if conn.execute(select(U.c.name).where(U.c.name == name)).first():
            raise ReviewError(f"user {name!r} exists already; choose another name.")
        conn.execute(U.insert().values(name=name, role=role, password_hash=hashed,
                                       created_at=now_iso()))

    sql_store(store).run_write(work)
    return User(name, role)


def set_role(store: Store, name: str, role: str) -> None:
    check_role(role)

    def work(conn: Connection) -> None:
        if not conn.execute(U.update().where(U.c.name == name).values(role=role)).rowcount:
            raise ReviewError(f"no user {name!r}.")

    sql_store(store).run_write(work)


def remove_user(store: Store, name: str) -> None:
    """Delete a user with their sessions and tokens (their audit entries stay)."""
    def work(conn: Connection) -> None:
        if not conn.execute(U.delete().where(U.c.name == name)).rowcount:
            raise ReviewError(f"no user {name!r}.")
        conn.execute(T.delete().where(T.c.user == name))
        conn.execute(schema.user_sessions.delete().where(
            schema.user_sessions.c.user == name))

    sql_store(store).run_write(work)


def users(store: Store) -> list[User]:
    with sql_store(store).engine.connect() as conn:
        return [User(r.name, r.role) for r in conn.execute(select(U).order_by(U.c.name))]


def has_accounts(store: Store) -> bool:
    """Whether accounts are enabled: at least one user exists."""
    try:
        with sql_store(store).engine.connect() as conn:
            return bool(conn.execute(select(func.count()).select_from(U)).scalar_one())
    except Exception:  # noqa: BLE001 - a database without the table has no accounts
        return False


def authenticate(store: Store, name: str, password: str) -> User | None:
    """The user if ``password`` is theirs, else None (same work whether or not they exist)."""
    with sql_store(store).engine.connect() as conn:
        row = conn.execute(select(U).where(U.c.name == name)).first()
    try:
        _HASHER.verify(row.password_hash if row else _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    return User(row.name, row.role) if row else None


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(store: Store, name: str, label: str | None = None) -> str:
    """A new API token for user ``name`` (shown once; only its digest is stored)."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)

    def work(conn: Connection) -> None:
        if not conn.execute(select(U.c.name).where(U.c.name == name)).first():
            raise ReviewError(f"no user {name!r}.")
        conn.execute(T.insert().values(token_hash=_digest(token), user=name, label=label,
                                       created_at=now_iso()))

    sql_store(store).run_write(work)
    return token


def token_user(store: Store, token: str) -> User | None:
    """The user an API token belongs to, or None."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    with sql_store(store).engine.connect() as conn:
        row = conn.execute(select(U.c.name, U.c.role).join_from(T, U, T.c.user == U.c.name)
                           .where(T.c.token_hash == _digest(token))).first()
    return User(row.name, row.role) if row else None
