"""``eventwire serve`` beyond loopback needs accounts, and then closes every page to anonymous
requests; on 127.0.0.1 the app stays read-only and open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    calls: dict[str, Any] = {}
    monkeypatch.setattr("uvicorn.run", lambda asgi, **kw: calls.update(kw, app=asgi))
    monkeypatch.setattr("eventwire.cli.serve._check_port", lambda host, port: None)
    return calls


def test_serving_beyond_loopback_needs_accounts(served: dict[str, Any], tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path}/x.db"
    refused = runner.invoke(app, ["serve", "--db", db, "--host", "0.0.0.0"])
    assert refused.exit_code == 2 and "needs accounts" in refused.output
    assert "eventwire users add" in refused.output and not served
    added = runner.invoke(app, ["users", "add", "ada", "--role", "admin", "--db", db],
                          input="a long passphrase\n")
    assert added.exit_code == 0, added.output
    result = runner.invoke(app, ["serve", "--db", db, "--host", "0.0.0.0"])
    assert result.exit_code == 0, result.output
    assert served["app"].state.settings.require_login is True


def test_loopback_stays_open_and_read_only(served: dict[str, Any], tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--db", f"sqlite:///{tmp_path}/x.db"])
    assert result.exit_code == 0, result.output
    assert served["app"].state.settings.require_login is False
