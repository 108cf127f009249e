"""``eventwire serve``: loopback by default, uploads only with --allow-ingest and a token."""

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

    def fake_run(asgi: Any, **kw: Any) -> None:
        calls.update(kw, app=asgi)

    monkeypatch.setattr("uvicorn.run", fake_run)
    monkeypatch.setattr("eventwire.cli.serve._check_port", lambda host, port: None)
    monkeypatch.delenv("EVENTWIRE_TOKEN", raising=False)
    return calls


def test_serve_binds_loopback_read_only_by_default(served: dict[str, Any], tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--db", f"sqlite:///{tmp_path}/x.db"])
    assert result.exit_code == 0, result.output
    assert served["host"] == "127.0.0.1" and served["port"] == 8000
    assert served["access_log"] is False  # no per-request log line built (level warning)
    settings = served["app"].state.settings
    assert settings.allow_ingest is False and settings.token is None
    assert settings.freeze_heap is True  # the server owns its process (web.heap)


def test_serve_allow_ingest_needs_token(served: dict[str, Any], tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--db", f"sqlite:///{tmp_path}/x.db", "--allow-ingest"])
    assert result.exit_code == 2 and "EVENTWIRE_TOKEN" in result.output
    assert not served


def test_serve_allow_ingest_rejects_short_token(served: dict[str, Any], tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_TOKEN", "short")
    result = runner.invoke(app, ["serve", "--db", f"sqlite:///{tmp_path}/x.db", "--allow-ingest"])
    assert result.exit_code == 2 and "too short" in result.output


def test_serve_allow_ingest_with_token(served: dict[str, Any], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_TOKEN", "a-long-enough-secret-token")
    result = runner.invoke(app, ["serve", "--db", f"sqlite:///{tmp_path}/x.db", "--allow-ingest",
                                 "--port", "8123", "--max-page-size", "100"])
    assert result.exit_code == 0, result.output
    settings = served["app"].state.settings
    assert settings.allow_ingest and settings.token == "a-long-enough-secret-token"
    assert settings.max_page_size == 100 and served["port"] == 8123


def test_serve_warns_when_binding_beyond_loopback(served: dict[str, Any], tmp_path: Path) -> None:
    runner.invoke(app, ["users", "add", "ada", "--role", "admin", "--db",
                        f"sqlite:///{tmp_path}/x.db"], input="a long passphrase\n")
    result = runner.invoke(app, ["serve", "--db", f"sqlite:///{tmp_path}/x.db",
                                 "--host", "0.0.0.0"])
    assert result.exit_code == 0 and "reachable from other machines" in result.output


def test_serve_workers_use_the_app_factory(served: dict[str, Any], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.web.app import SETTINGS_ENV, app_from_environment

    monkeypatch.setenv(SETTINGS_ENV, "{}")  # restored (removed) after the test
    db = f"sqlite:///{tmp_path}/x.db"
    result = runner.invoke(app, ["serve", "--db", db, "--workers", "2", "--max-page-size", "7"])
    assert result.exit_code == 0, result.output
    assert served["app"] == "eventwire.web.app:app_from_environment"
    assert served["factory"] is True and served["workers"] == 2
    worker_app = app_from_environment()
    assert worker_app.state.settings.max_page_size == 7
    assert worker_app.state.settings.freeze_heap is True
    assert worker_app.state.store.stats()["documents"] == 0
    worker_app.state.store.close()


def test_serve_busy_port_is_one_clear_line_and_exit_1(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    import socket

    calls: list[Any] = []
    monkeypatch.setattr("uvicorn.run", lambda *a, **kw: calls.append(a))
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = runner.invoke(app, ["serve", "--db", f"sqlite:///{tmp_path}/x.db",
                                     "--port", str(port)])
    assert result.exit_code == 1 and not calls
    assert f"Error: port {port} on 127.0.0.1 is already in use" in result.output
    assert "Serving" not in result.output and "Traceback" not in result.output
