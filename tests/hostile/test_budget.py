"""A document over its budget is one failed input with its reason; the run goes on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_extract_records_an_over_budget_document_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a_short.txt").write_text("Rebels seized Kidal in northern Mali on Sunday.\n",
                                          encoding="utf-8")
    (tmp_path / "b_long.txt").write_text("Soldiers fired on protesters in Goma. " * 40,
                                         encoding="utf-8")
    env = {**os.environ, "EVENTWIRE_MAX_CHARS": "500"}
    proc = subprocess.run([sys.executable, "-m", "eventwire", "extract", str(tmp_path)],
                          capture_output=True, text=True, env=env, timeout=300, check=False)
    assert proc.returncode == 1
    docs = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert [Path(d["meta"]["path"]).name for d in docs] == ["a_short.txt"]
    errors = [line for line in proc.stderr.splitlines() if "b_long.txt" in line]
    assert len(errors) == 1 and "budget" in errors[0]
