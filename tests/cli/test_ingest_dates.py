"""`eventwire ingest` takes a date per file and warns about undated articles."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from eventwire.cli import app


def _published(db: Path) -> dict[str, str | None]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT path, published FROM documents").fetchall()
    return {Path(path).name.split("#")[0]: published for path, published in rows}


def test_ingest_takes_dates_from_a_file_and_warns_about_the_rest(tmp_path: Path) -> None:
    (tmp_path / "kano.txt").write_text("Police arrested twelve traders in Kano on Monday.\n")
    (tmp_path / "gao.txt").write_text("Gunmen attacked a convoy near Gao on Tuesday.\n")
    dates = tmp_path / "dates.tsv"
    dates.write_text("kano\t2024-03-06\n")
    db = tmp_path / "ew.db"
    result = CliRunner().invoke(app, ["ingest", "--workers", "1", "--db", f"sqlite:///{db}",
                                      "--dates", str(dates), str(tmp_path / "kano.txt"),
                                      str(tmp_path / "gao.txt")])
    assert result.exit_code == 0, result.output
    assert "gao.txt: no publication date" in result.output
    assert "kano.txt: no publication date" not in result.output
    assert _published(db) == {"kano.txt": "2024-03-06", "gao.txt": None}
