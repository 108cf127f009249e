"""SIGKILL of the main ``ingest`` process takes its worker processes with it: no orphans."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.scale.corpus import write_articles


def _session_members(sid: int) -> list[int]:
    """Live (not zombie) processes of session ``sid``."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[-1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] != "Z":  # state, ppid, pgrp, session
            members.append(int(stat.parent.name))
    return members


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_sigkill_of_the_main_ingest_leaves_no_worker_behind(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", 400)
    db = tmp_path / "o.db"
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "ingest", str(folder),
                             "--stages", "entities", "--workers", "2", "--db", f"sqlite:///{db}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while _stored(db) < 16 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)  # the workers have loaded their pipeline and are extracting
        assert proc.poll() is None, "ingest finished before the kill"
        children = [p for p in _session_members(proc.pid) if p != proc.pid]
        assert len(children) >= 2, children
        os.kill(proc.pid, signal.SIGKILL)  # the main process only, as an OOM killer would
        proc.wait()
        deadline = time.monotonic() + 15
        while _session_members(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _session_members(proc.pid) == []
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # never leave them behind, even on failure
        except ProcessLookupError:
            pass
