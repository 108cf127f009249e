"""Named, ordered, recorded migrations; every one is idempotent, so re-running is safe.

Each migration runs in its own transaction together with the row that records it
in ``eventwire_migrations``: a crash leaves it either applied and recorded or
neither. Dialect differences (full-text search) come from the backend's hooks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import IntegrityError

from eventwire.store import schema


class DialectHooks(Protocol):
    """What a backend adds to the shared migrations."""

    def full_text_ddl(self) -> list[str]:
        """Statements that create the full-text index (idempotent)."""
        ...

    def lock_migrations(self, conn: Connection) -> None:
        """Serialise concurrent migrators (no-op where the database does it already)."""
        ...


@dataclass(frozen=True, slots=True)
class Migration:
    """One named schema change."""

    name: str
    apply: Callable[[Connection, DialectHooks], None]


def _create_tables(conn: Connection, hooks: DialectHooks) -> None:
    for table in schema.CORE_TABLES:
        table.create(conn, checkfirst=True)


def _full_text(conn: Connection, hooks: DialectHooks) -> None:
    for statement in hooks.full_text_ddl():
        conn.exec_driver_sql(statement)


def _create_indexes(conn: Connection,
                    indexes: tuple[tuple[str, str, tuple[str, ...]], ...]) -> None:
    quote = conn.dialect.identifier_preparer.quote
    for name, table, columns in indexes:
        cols = ", ".join(quote(c) for c in columns)
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {quote(table)} ({cols})")


def _query_indexes(conn: Connection, hooks: DialectHooks) -> None:
    _create_indexes(conn, schema.QUERY_INDEXES)


def _filter_indexes(conn: Connection, hooks: DialectHooks) -> None:
    _create_indexes(conn, schema.FILTER_INDEXES)


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_create_tables", _create_tables),
    Migration("0002_full_text_search", _full_text),
    Migration("0003_query_indexes", _query_indexes),
    Migration("0004_event_filter_indexes", _filter_indexes),
)


def applied_migrations(engine: Engine) -> list[str]:
    """Names of the migrations recorded as applied, in order of application."""
    schema.migrations_table.create(engine, checkfirst=True)
    with engine.connect() as conn:
        rows = conn.execute(select(schema.migrations_table.c.name)
                            .order_by(schema.migrations_table.c.name))
        return [r[0] for r in rows]


def run_migrations(engine: Engine, hooks: DialectHooks, *, rerun: Iterable[str] = (),
                   migrations: Sequence[Migration] = MIGRATIONS) -> list[str]:
    """Apply every pending migration (and re-apply those named in ``rerun``); return names."""
    again = set(rerun)
    unknown = again - {m.name for m in migrations}
    if unknown:
        from eventwire.errors import StoreError

        raise StoreError(f"unknown migration(s): {', '.join(sorted(unknown))}. "
                         f"Known: {', '.join(m.name for m in migrations)}.")
    done = set(applied_migrations(engine))
    applied: list[str] = []
    for migration in migrations:
        if migration.name in done and migration.name not in again:
            continue
        if _apply_one(engine, hooks, migration, recorded=migration.name in done):
            applied.append(migration.name)
    return applied


def _apply_one(engine: Engine, hooks: DialectHooks, migration: Migration, *,
               recorded: bool) -> bool:
    table = schema.migrations_table
    now = datetime.now(UTC).isoformat(timespec="seconds")
    try:
        with engine.begin() as conn:
            hooks.lock_migrations(conn)
            if not recorded and conn.execute(
                    select(table.c.name).where(table.c.name == migration.name)).first():
                return False  # another process applied it while we waited
            migration.apply(conn, hooks)
            if recorded:
                conn.execute(table.update().where(table.c.name == migration.name)
                             .values(applied_at=now))
            else:
                conn.execute(table.insert().values(name=migration.name, applied_at=now))
    except IntegrityError:
        return False
    return True
