"""The SQLite backend: one file, WAL journal, FTS5 full-text search (the default).

Concurrency: every connection waits up to ``BUSY_TIMEOUT_MS`` for a lock; write
transactions start with ``BEGIN IMMEDIATE`` (they take the write lock first, under
that timeout, rather than upgrading a read lock later, which SQLite refuses at once
with "database is locked"); reads use plain deferred transactions, which WAL never
blocks. ``SqlStore.run_write`` retries with backoff whatever lock is still met.
"""

from __future__ import annotations

import re
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, column, create_engine, event, literal_column, table, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

from eventwire.errors import StoreError
from eventwire.store.base import HIGHLIGHT, SearchHit
from eventwire.store.schema import documents
from eventwire.store.sql import FullText, SqlStore

FTS = table("documents_fts", column("rowid"), column("rank"))
_TOKEN = re.compile(r'"[^"]*"|[^\s"]+')
_BARE = re.compile(r"[\w']+\*?", re.UNICODE)

FTS_DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, "
    "content='documents', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_ai AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_ad AFTER DELETE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
    "VALUES ('delete', old.seq, old.title, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_au AFTER UPDATE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
    "VALUES ('delete', old.seq, old.title, old.text); "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END",
    "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')",
]


def fts5_query(text: str) -> str:
    """Turn user input into a safe FTS5 query: words and "phrases" ANDed, ``word*`` prefixes."""
    parts: list[str] = []
    for token in _TOKEN.findall(text):
        if token.startswith('"'):
            phrase = " ".join(_BARE.findall(token.strip('"')))
            if phrase:
                parts.append('"' + phrase.replace("*", "") + '"')
            continue
        for word in _BARE.findall(token):
            star = word.endswith("*")
            word = word.rstrip("*").replace('"', "")
            if word:
                parts.append(f'"{word}"' + ("*" if star else ""))
    return " ".join(parts)


BUSY_TIMEOUT_MS = 60_000


def is_locked(error: BaseException | None) -> bool:
    """SQLite's "database is locked" / "database table is locked" / busy errors."""
    if not isinstance(error, sqlite3.OperationalError):
        return False
    message = str(error).lower()
    return "locked" in message or "busy" in message


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # let SQLAlchemy's BEGIN below drive transactions
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # first: the pragmas below may wait
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:  # switching a fresh file to WAL needs the exclusive lock a racing opener holds
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            break
        except sqlite3.OperationalError as e:
            if not is_locked(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    for pragma in ("synchronous=NORMAL", "foreign_keys=ON", "cache_size=-8000"):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


def _on_begin(conn: Connection) -> None:
    """Writers take the write lock up front (waiting under the busy timeout); readers defer."""
    write = conn.get_execution_options().get("eventwire_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


class SqliteStore(SqlStore):
    """SQLite: ``sqlite:///path/to/file.db`` or ``sqlite://`` for an in-memory database."""

    def __init__(self, url: str) -> None:
        self.url = url
        parsed = self.parse_url(url)
        database = parsed.database or ""
        memory = database in ("", ":memory:")
        if not memory and not Path(database).resolve().parent.is_dir():
            raise StoreError(f"cannot open {url!r}: folder {Path(database).parent} does not "
                             "exist. Create it first.")
        kwargs: dict[str, Any] = {}
        if memory:
            kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
        self.engine = create_engine(parsed.set(drivername="sqlite+pysqlite"), **kwargs)
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", _on_begin)

    def is_lock_error(self, error: DBAPIError) -> bool:
        return is_locked(error.orig)

    def insert_ignore(self, table_: Any) -> Any:
        return sqlite_insert(table_).on_conflict_do_nothing()

    def newest_first(self, column: Any) -> Any:
        return column.desc()  # SQLite sorts NULLs first ascending, so last descending

    def full_text_ddl(self) -> list[str]:
        return list(FTS_DDL)

    def match_documents(self, q: str) -> FullText:
        match = literal_column("documents_fts").op("MATCH")(fts5_query(q) or '""')
        return FullText(condition=match, rank=FTS.c.rank, join=FTS,
                        onclause=FTS.c.rowid == documents.c.seq, key=FTS.c.rowid)

    def search(self, text_: str, limit: int = 20) -> list[SearchHit]:
        query = fts5_query(text_)
        if not query:
            return []
        start, stop = HIGHLIGHT
        stmt = text(
            "SELECT d.id, d.title, d.published, d.source, "
            "snippet(documents_fts, 1, :start, :stop, '…', 24) AS snip "
            "FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid "
            "WHERE documents_fts MATCH :q ORDER BY documents_fts.rank LIMIT :n")
        return self.search_hits(stmt, {"q": query, "n": limit, "start": start, "stop": stop},
                                shown=text_)
