"""Named, ordered, recorded migrations; every one is idempotent, so re-running is safe.

Each migration runs in its own transaction together with the row that records it
in ``eventwire_migrations``: a crash leaves it either applied and recorded or
neither. Dialect differences (full-text search) come from the backend's hooks.

Any number of processes may open a fresh database at once: every schema change
(the bookkeeping table included) runs in a write transaction that first takes the
backend's migration lock (``BEGIN IMMEDIATE`` on SQLite, an advisory lock on
PostgreSQL), then re-checks whether another process got there first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol, TypeVar

from sqlalchemy import Connection, Engine, inspect, select
from sqlalchemy.exc import IntegrityError

from eventwire.store import schema

T = TypeVar("T")


class DialectHooks(Protocol):
    """What a backend adds to the shared migrations."""

    def full_text_ddl(self) -> list[str]:
        """Statements that create the full-text index (idempotent)."""
        ...

    def lock_migrations(self, conn: Connection) -> None:
        """Serialise concurrent migrators (no-op where the database does it already)."""
        ...

    def run_write(self, work: Callable[[Connection], T], *, rerunnable: bool = True) -> T:
        """Run ``work`` in one write transaction, retried while the database is locked."""
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


def _store_state(conn: Connection, hooks: DialectHooks) -> None:
    table = schema.store_state
    table.create(conn, checkfirst=True)
    if conn.execute(select(table.c.key).where(table.c.key == schema.GENERATION)).first() is None:
        conn.execute(table.insert().values(key=schema.GENERATION, value=0))


def _review(conn: Connection, hooks: DialectHooks) -> None:
    """Review state on event rows (ALTER TABLE where missing), audit log, accounts."""
    have = {c["name"] for c in inspect(conn).get_columns(schema.events.name)}
    quote = conn.dialect.identifier_preparer.quote
    for name in schema.REVIEW_COLUMNS:
        if name in have:
            continue
        column = schema.events.c[name]
        ddl = f"ALTER TABLE events ADD COLUMN {quote(name)} {column.type.compile(conn.dialect)}"
        if column.server_default is not None:
            default = column.server_default.arg  # type: ignore[attr-defined]
            ddl += f" NOT NULL DEFAULT {default if str(default).isdigit() else repr(default)}"
        conn.exec_driver_sql(ddl)
    for table in schema.REVIEW_TABLES:
        table.create(conn, checkfirst=True)
    _create_indexes(conn, schema.REVIEW_INDEXES)


def _reviewed_event_indexes(conn: Connection, hooks: DialectHooks) -> None:
    """Event-page indexes ending in ``review_status`` replace those without it."""
    _create_indexes(conn, schema.REVIEWED_EVENT_INDEXES)
    for name in schema.SUPERSEDED_EVENT_INDEXES:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")


def _acled_counts(conn: Connection, hooks: DialectHooks) -> None:
    """Nullable ACLED type and casualty columns on ``events`` (ALTER TABLE where missing)."""
    have = {c["name"] for c in inspect(conn).get_columns(schema.events.name)}
    quote = conn.dialect.identifier_preparer.quote
    for column in schema.ACLED_COLUMNS:
        if column.name not in have:
            conn.exec_driver_sql(f"ALTER TABLE events ADD COLUMN {quote(column.name)} "
                                 f"{column.type.compile(conn.dialect)}")


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_create_tables", _create_tables),
    Migration("0002_full_text_search", _full_text),
    Migration("0003_query_indexes", _query_indexes),
    Migration("0004_event_filter_indexes", _filter_indexes),
    Migration("0005_store_generation", _store_state),
    Migration("0006_review", _review),
    Migration("0007_acled_counts", _acled_counts),
    Migration("0008_event_indexes_review_status", _reviewed_event_indexes),
)


def _ensure_migrations_table(engine: Engine, hooks: DialectHooks) -> None:
    """Create the bookkeeping table once, under the migration lock (racing openers wait)."""
    with engine.connect() as conn:
        if inspect(conn).has_table(schema.migrations_table.name):
            return

    def create(conn: Connection) -> None:
        hooks.lock_migrations(conn)
        schema.migrations_table.create(conn, checkfirst=True)

    hooks.run_write(create)


def applied_migrations(engine: Engine, hooks: DialectHooks | None = None) -> list[str]:
    """Names of the migrations recorded as applied, in order of application."""
    if hooks is not None:
        _ensure_migrations_table(engine, hooks)
    else:
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
    done = set(applied_migrations(engine, hooks))
    applied: list[str] = []
    for migration in migrations:
        if migration.name in done and migration.name not in again:
            continue
        if _apply_one(hooks, migration, recorded=migration.name in done):
            applied.append(migration.name)
    return applied


def _apply_one(hooks: DialectHooks, migration: Migration, *, recorded: bool) -> bool:
    table = schema.migrations_table
    now = datetime.now(UTC).isoformat(timespec="seconds")

    def apply(conn: Connection) -> bool:
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
        return True

    try:
        return hooks.run_write(apply)
    except IntegrityError:
        return False
