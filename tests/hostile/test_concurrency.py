"""Concurrent writers: no lost upload, no migration race, two ingests on one fresh file.

Every case runs real processes (``eventwire serve``, ``eventwire ingest``, or plain
``open_store`` callers) started together, the way several users or jobs would.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from eventwire.store.base import open_store
from tests.scale.corpus import article_text, write_articles
from tests.store.conftest import _pg_engine_or_skip, postgres_url
from tests.web.sample_docs import Builder

TOKEN = "hostile-token-0123456789abcdef"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_serve(db: str, *extra: str, token: str | None = None
                ) -> tuple[subprocess.Popen[str], str]:
    """``eventwire serve`` on a free loopback port; returns the process and its base URL."""
    port = free_port()
    env = {**os.environ, "EVENTWIRE_TOKEN": token or ""}
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", db,
                             "--port", str(port), *extra],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"serve exited: {proc.communicate()[1]}")
        try:
            httpx.get(f"{base}/api/stats", timeout=1)
            return proc, base
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("serve did not start")


def stop(proc: subprocess.Popen[str]) -> str:
    """Stop a server started by ``start_serve``; return what it wrote on stderr."""
    if proc.poll() is None:
        os.killpg(proc.pid, 2)  # SIGINT: uvicorn's graceful stop
    try:
        _, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        _, err = proc.communicate()
    return err


def contract(i: int, paragraphs: int = 40) -> dict[str, Any]:
    """A distinct contract document of some size (a transaction that holds the lock a while)."""
    towns = [("Kunduz", "AF", 36.73, 68.86), ("Idlib", "SY", 35.93, 36.63),
             ("Goma", "CD", -1.68, 29.22), ("Aden", "YE", 12.78, 45.04)]
    text = "".join(f"Report {i}.{k}: fighters attacked a convoy near {towns[k % 4][0]} on "
                   "Friday, officials said, and families fled before dawn. "
                   for k in range(paragraphs))
    b = Builder(text.strip())
    for k in range(paragraphs):
        name, cc, lat, lon = towns[k % 4]
        p = b.place(name, name, "city", cc, lat, lon, nth=k // 4)
        if k == 0:
            b.event("ASSAULT", "attacked", place=p)
        b.entity(f"Report {i}.{k}:", "ORG")
    doc = b.build(f"Convoy {i} attacked", "Upload Desk", "2024-04-05", f"upload{i}.txt")
    return doc.to_dict()


@pytest.mark.parametrize("workers,kind", [(1, "documents"), (3, "documents"),
                                          pytest.param(1, "articles", marks=pytest.mark.slow)])
def test_thirty_concurrent_uploads_are_all_stored(tmp_path: Path, workers: int,
                                                  kind: str) -> None:
    db = f"sqlite:///{tmp_path / 'uploads.db'}"
    proc, base = start_serve(db, "--allow-ingest", "--workers", str(workers), token=TOKEN)
    try:
        bodies = ([contract(i) for i in range(30)] if kind == "documents" else
                  [{"text": article_text(i) * 3, "title": f"Report {i}"} for i in range(30)])

        def post(body: dict[str, Any]) -> tuple[int, str]:
            resp = httpx.post(f"{base}/api/documents", json=body, timeout=300,
                              headers={"Authorization": f"Bearer {TOKEN}"})
            return resp.status_code, resp.json().get("id", resp.text)

        with ThreadPoolExecutor(30) as pool:
            answers = list(pool.map(post, bodies))
    finally:
        stop(proc)
    assert [status for status, _ in answers] == [201] * 30, answers
    store = open_store(db)
    try:
        ids = {doc_id for _, doc_id in answers}
        assert len(ids) == 30 and store.existing(ids) == ids
    finally:
        store.close()


_OPENER = textwrap.dedent("""
    import sys, time
    from eventwire.store.base import open_store
    start = float(sys.argv[2])
    time.sleep(max(0.0, start - time.time()))
    store = open_store(sys.argv[1])
    store.record_error(f"opener-{sys.argv[3]}", "opened")
    print(len(store.errors()))
    store.close()
""")


def _open_at_once(url: str, n: int = 6) -> list[subprocess.CompletedProcess[str]]:
    start = time.time() + 4.0  # every process imported and waiting
    procs = [subprocess.Popen([sys.executable, "-c", _OPENER, url, str(start), str(i)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for i in range(n)]
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=120)
        out.append(subprocess.CompletedProcess(p.args, p.returncode, stdout, stderr))
    return out


@pytest.fixture
def fresh_pg() -> Iterator[Callable[[], str]]:
    """Make PostgreSQL URLs of databases that do not exist yet (dropped afterwards).

    Without the right to create databases, a fresh schema of the test database stands in.
    """
    base = postgres_url()
    engine = _pg_engine_or_skip(base).execution_options(isolation_level="AUTOCOMMIT")
    databases: list[str] = []
    schemas: list[str] = []

    def make() -> str:
        name = f"ew_hostile_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        except DBAPIError:
            schemas.append(name)
            return f"{base}{'&' if '?' in base else '?'}schema={name}"
        databases.append(name)
        return str(make_url(base).set(database=name).render_as_string(hide_password=False))

    yield make
    with engine.connect() as conn:
        for name in databases:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for name in schemas:
            conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
    engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres",
                                                            marks=pytest.mark.postgres)])
def test_six_processes_open_a_fresh_database_at_once(tmp_path: Path, backend: str,
                                                     request: pytest.FixtureRequest) -> None:
    fresh = (request.getfixturevalue("fresh_pg") if backend == "postgres" else
             iter(f"sqlite:///{tmp_path / f'fresh{n}.db'}" for n in range(9)).__next__)
    for _round in range(2):  # the race is timing-dependent: two fresh databases
        url = fresh()
        results = _open_at_once(url)
        failed = [[line for line in r.stderr.splitlines() if "Error" in line][-1:]
                  for r in results if r.returncode]
        assert not failed, failed
        store = open_store(url)
        try:
            assert len(store.errors()) == 6
        finally:
            store.close()


def test_two_ingests_on_a_fresh_file(tmp_path: Path) -> None:
    first = write_articles(tmp_path / "one", 12)
    second = tmp_path / "two"
    second.mkdir()
    for i, path in enumerate(sorted(first.iterdir())):  # distinct texts for the second run
        path_two = second / f"b{i}.txt"
        path_two.write_text(path.read_text(encoding="utf-8") + "Second desk.\n",
                            encoding="utf-8")
    dbs = [f"sqlite:///{tmp_path / f'fresh{n}.db'}" for n in range(3)]  # three pairs at once
    cmd = [sys.executable, "-m", "eventwire", "ingest", "--stages", "entities", "--workers", "1"]
    procs = [subprocess.Popen([*cmd, "--db", db, str(folder)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
             for db in dbs for folder in (first, second)]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0] * 6, [err[-500:] for _, err in results]
    for db in dbs:
        store = open_store(db)
        try:
            assert store.stats()["documents"] == 24
        finally:
            store.close()
