"""The PostgreSQL backend: shared team databases, full-text search with ``tsvector``.

``postgresql://USER@HOST:PORT/DB[?schema=NAME]``; with ``schema`` the tables live in
their own schema (created on open), which keeps several databases in one server.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, Connection, create_engine, event, func, literal_column, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import OperationalError

from eventwire.errors import StoreError
from eventwire.store.base import HIGHLIGHT, SearchHit
from eventwire.store.sql import FullText, SqlStore

_SCHEMA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
TS_CONFIG = "english"
#: Characters of title + text indexed (a tsvector is capped at 1 MB).
TS_MAX_CHARS = 200_000

FTS_DDL = [
    "ALTER TABLE documents ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS ("
    f"setweight(to_tsvector('{TS_CONFIG}', coalesce(title, '')), 'A') || "
    f"setweight(to_tsvector('{TS_CONFIG}', left(text, {TS_MAX_CHARS})), 'B')) STORED",
    "CREATE INDEX IF NOT EXISTS ix_documents_tsv ON documents USING gin (tsv)",
]


class PostgresStore(SqlStore):
    """PostgreSQL via psycopg 3."""

    def __init__(self, url: str) -> None:
        self.url = url
        parsed = self.parse_url(url)
        self.schema = parsed.query.get("schema")
        if isinstance(self.schema, tuple):
            self.schema = self.schema[-1]
        if self.schema and not _SCHEMA_NAME.match(self.schema):
            raise StoreError(f"{url!r}: schema {self.schema!r} is not a plain identifier; use "
                             "letters, digits and underscores.")
        parsed = parsed.difference_update_query(["schema"]).set(drivername="postgresql+psycopg")
        self.engine = create_engine(parsed, pool_pre_ping=True)
        if self.schema:
            self._use_schema(self.schema)

    def _use_schema(self, name: str) -> None:
        """Create the schema if needed and point every pooled connection at it."""

        def set_path(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (name,))
            if cur.fetchone() is None:
                # Racing openers: CREATE SCHEMA IF NOT EXISTS alone can still collide.
                cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))",
                            (f"eventwire:schema:{name}",))
                cur.execute(f'CREATE SCHEMA IF NOT EXISTS "{name}"')
            cur.execute(f'SET search_path TO "{name}"')
            cur.close()
            dbapi_conn.commit()

        event.listen(self.engine, "connect", set_path)

    def migrate(self, *, rerun: Any = ()) -> list[str]:
        try:
            return super().migrate(rerun=rerun)
        except OperationalError as e:
            raise StoreError(f"cannot connect to {self.url!r}: {e.orig}. Is PostgreSQL "
                             "running, and does the database exist?") from e

    def insert_ignore(self, table_: Any) -> Any:
        return pg_insert(table_).on_conflict_do_nothing()

    def full_text_ddl(self) -> list[str]:
        return list(FTS_DDL)

    def lock_migrations(self, conn: Connection) -> None:
        """Serialise migrators of this schema until the transaction ends (any process)."""
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('eventwire:' || "
                          "current_schema()))"))

    def match_documents(self, q: str) -> FullText:
        tsv: ColumnElement[Any] = literal_column("documents.tsv")
        query = func.websearch_to_tsquery(TS_CONFIG, q)
        return FullText(condition=tsv.op("@@")(query), rank=-func.ts_rank_cd(tsv, query))

    def search(self, text_: str, limit: int = 20) -> list[SearchHit]:
        if not text_.strip():
            return []
        start, stop = HIGHLIGHT
        options = f"StartSel={start}, StopSel={stop}, MaxWords=35, MinWords=12, MaxFragments=1"
        stmt = text(
            "SELECT d.id, d.title, d.published, d.source, "
            "ts_headline(:cfg, left(d.text, 20000), q, :opts) AS snip FROM documents d, "
            "websearch_to_tsquery(:cfg, :q) q WHERE d.tsv @@ q "
            "ORDER BY ts_rank_cd(d.tsv, q) DESC, d.seq DESC LIMIT :n")
        return self.search_hits(stmt, {"cfg": TS_CONFIG, "q": text_, "n": limit,
                                       "opts": options}, shown=text_)
