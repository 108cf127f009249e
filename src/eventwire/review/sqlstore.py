"""Review works on the SQL backends: reach the SQLAlchemy store behind the Store protocol."""

from __future__ import annotations

from sqlalchemy import Connection

from eventwire.errors import StoreError
from eventwire.store import schema
from eventwire.store.base import Store
from eventwire.store.sql import SqlStore


def sql_store(store: Store) -> SqlStore:
    """The store as a ``SqlStore`` (SQLite or PostgreSQL), or a StoreError saying why not."""
    if not isinstance(store, SqlStore):
        raise StoreError(f"review needs a SQLite or PostgreSQL store, not {type(store).__name__}.")
    return store


def bump_generation(conn: Connection) -> None:
    """Tell caching readers (the web app's page caches) that rows changed."""
    t = schema.store_state
    conn.execute(t.update().where(t.c.key == schema.GENERATION).values(value=t.c.value + 1))
