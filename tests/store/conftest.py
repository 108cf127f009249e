"""Store fixtures: the same contract tests run on SQLite and on a real PostgreSQL.

PostgreSQL comes from ``EVENTWIRE_TEST_POSTGRES_URL`` (default: the local server);
each test gets its own schema, dropped afterwards, so parallel runs never collide.
The PostgreSQL case skips, saying why, only when no server answers.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.store import Store, open_store

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"
#: Set to 1 (as .ci/run does) to fail instead of skip when PostgreSQL is absent.
REQUIRED_ENV = "EVENTWIRE_TEST_POSTGRES_REQUIRED"


def postgres_url() -> str:
    return os.environ.get("EVENTWIRE_TEST_POSTGRES_URL", DEFAULT_PG)


def _pg_engine_or_skip(url: str):  # type: ignore[no-untyped-def]
    import sqlalchemy
    from sqlalchemy.exc import OperationalError

    engine = sqlalchemy.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1),
                                      connect_args={"connect_timeout": 3})
    try:
        with engine.connect():
            pass
    except OperationalError as e:
        engine.dispose()
        reason = (f"no PostgreSQL answers at {url} ({type(e.orig).__name__}); set "
                  "EVENTWIRE_TEST_POSTGRES_URL to a server to run the PostgreSQL tests")
        if os.environ.get(REQUIRED_ENV) == "1":
            pytest.fail(f"{reason} ({REQUIRED_ENV}=1: CI requires them)")
        pytest.skip(reason)
    return engine


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL with a fresh schema of its own, dropped after the test."""
    base = postgres_url()
    engine = _pg_engine_or_skip(base)
    schema = f"ew_test_{os.getpid()}_{uuid.uuid4().hex[:10]}"
    sep = "&" if "?" in base else "?"
    yield f"{base}{sep}schema={schema}"
    with engine.begin() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = open_store(store_url)
    yield s
    s.close()
