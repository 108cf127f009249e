"""The crash test: SIGKILL an ingest mid-run, run it again, compare with a clean run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.scale.corpus import dump, write_articles


def _count(db: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_ingest_resumes_after_sigkill_with_identical_rows(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", 240, bad=2)
    crashed, clean = tmp_path / "crashed.db", tmp_path / "clean.db"
    cmd = [sys.executable, "-m", "eventwire", "ingest", str(folder), "--stages", "entities",
           "--workers", "2"]
    proc = subprocess.Popen([*cmd, "--db", f"sqlite:///{crashed}"], start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(crashed) < 30 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = _count(crashed)
    assert 0 < stored < 240, f"the kill did not land mid-run ({stored} documents stored)"
    rerun = subprocess.run([*cmd, "--db", f"sqlite:///{crashed}"], capture_output=True,
                           text=True, timeout=300)
    assert rerun.returncode == 1  # the two bad inputs
    assert f"{stored:,} already stored" in " ".join(rerun.stderr.split())
    subprocess.run([*cmd, "--db", f"sqlite:///{clean}"], capture_output=True, timeout=300)
    assert dump(f"sqlite:///{crashed}") == dump(f"sqlite:///{clean}")
