"""Hostile inputs: helpers to run the CLI as a user would and read what it stored."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from eventwire.store import open_store

EVENTWIRE = [sys.executable, "-m", "eventwire"]
GOOD = ("Rebels seized the town of Kidal in northern Mali on Sunday, residents said.",
        "Omar Diallo said police detained 12 protesters in Sfax on Friday.",
        "Residents of Agadez said the road to Tahoua was closed by soldiers.")


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str

    @property
    def errors(self) -> list[str]:
        """The stderr lines that report a bad input or a failure."""
        return [line for line in self.stderr.splitlines() if line.startswith("Error:")]


def run(*args: str, stdin: bytes | None = None, stdout: IO[Any] | None = None,
        stderr: IO[Any] | None = None, timeout: float = 120) -> Result:
    """Run ``eventwire ARGS`` in a subprocess (stderr is not a terminal, as in a pipeline)."""
    env = {**os.environ, "COLUMNS": "80", "TERM": "xterm"}
    proc = subprocess.run([*EVENTWIRE, *args], input=stdin, timeout=timeout, check=False,
                          stdout=stdout if stdout is not None else subprocess.PIPE,
                          stderr=stderr if stderr is not None else subprocess.PIPE, env=env)
    out = proc.stdout.decode("utf-8", "replace") if isinstance(proc.stdout, bytes) else ""
    err = proc.stderr.decode("utf-8", "replace") if isinstance(proc.stderr, bytes) else ""
    return Result(proc.returncode, out, err)


def stored(url: str) -> tuple[list[str], list[str]]:
    """(paths of the stored documents, paths of the recorded errors) in the store at ``url``."""
    store = open_store(url)
    try:
        paths = sorted(d.meta.path or "" for d in store.iter_documents())
        errors = sorted(e.path for e in store.errors())
    finally:
        store.close()
    return paths, errors


def write_good(folder: Path, count: int = 2) -> list[Path]:
    """Write ``count`` good plain-text articles into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(GOOD[:count]):
        path = folder / f"good{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
