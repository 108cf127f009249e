"""``eventwire gazetteer`` commands."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import eventwire.cli.gazetteer  # noqa: F401  (registers the command group)
from eventwire.cli import app


def test_gazetteer_info_reports_index_and_load_time() -> None:
    result = CliRunner().invoke(app, ["gazetteer", "info"])
    assert result.exit_code == 0, result.output
    assert "places:" in result.output and "load:" in result.output


def test_gazetteer_import_missing_file_fails_with_hint(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["gazetteer", "import", str(tmp_path / "nope.zip")])
    assert result.exit_code != 0
