"""``eventwire serve``: the web app and JSON API over a database."""

from __future__ import annotations

import errno
import ipaddress
import os
import socket
import sys
from typing import Annotated

import typer

from eventwire.cli import app
from eventwire.cli.options import DbOption

TOKEN_ENV = "EVENTWIRE_TOKEN"
MIN_TOKEN_LENGTH = 16


def _check_ingest(allow_ingest: bool) -> str | None:
    token = os.environ.get(TOKEN_ENV) or None
    if not allow_ingest:
        return None
    if not token:
        raise typer.BadParameter(f"--allow-ingest needs a token: set {TOKEN_ENV} to a secret of "
                                 f"at least {MIN_TOKEN_LENGTH} characters.",
                                 param_hint="--allow-ingest")
    if len(token) < MIN_TOKEN_LENGTH:
        raise typer.BadParameter(f"{TOKEN_ENV} is too short: use at least {MIN_TOKEN_LENGTH} "
                                 "characters.", param_hint="--allow-ingest")
    return token


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _default_hosts(bind: str, loopback: tuple[str, ...]) -> tuple[str, ...]:
    """The loopback names, plus the bound address when it is one particular address."""
    if bind in ("0.0.0.0", "::", "") or bind in loopback:
        return loopback
    return (*loopback, bind)


def _check_port(host: str, port: int) -> None:
    """Exit with a one-line message (code 1) when ``host:port`` cannot be bound."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            sock.bind((host, port))
        except OSError as e:
            if e.errno == errno.EADDRINUSE:
                reason = (f"port {port} on {host} is already in use (another server is "
                          f"running there): stop it, or choose another port with --port")
            elif e.errno == errno.EACCES:
                reason = f"no permission to listen on port {port} (ports below 1024 need root)"
            else:
                reason = f"cannot listen on {host}:{port}: {e.strerror or e}"
            print(f"Error: {reason}.", file=sys.stderr)
            raise typer.Exit(1) from None


@app.command()
def serve(
    db: DbOption = "sqlite:///eventwire.db",
    host: Annotated[str, typer.Option("--host", help="Address to bind (loopback by default).")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")]
    = 8000,
    allow_ingest: Annotated[bool, typer.Option(
        "--allow-ingest", help=f"Enable POST /api/documents (needs {TOKEN_ENV}).")] = False,
    max_page_size: Annotated[int, typer.Option(
        "--max-page-size", min=1, max=500, help="Most rows one page or download returns.")] = 500,
    max_upload_bytes: Annotated[int, typer.Option(
        "--max-upload-bytes", min=1024, help="Largest accepted upload body.")] = 2_000_000,
    workers: Annotated[int, typer.Option(
        "--workers", min=1, max=64, help="Server processes (each opens the database).")] = 1,
    allowed_host: Annotated[list[str] | None, typer.Option(
        "--allowed-host", help="A Host header name to answer (repeat for more; *.example.org "
        "for subdomains). Default: 127.0.0.1, localhost, ::1 and the --host address.")] = None,
) -> None:
    """Serve the articles, events, map, timeline and the JSON API under /api/."""
    import uvicorn

    from eventwire.store.base import open_store
    from eventwire.web.app import (
        LOOPBACK_HOSTS,
        SETTINGS_ENV,
        WebSettings,
        create_app,
        log_to_stderr,
        settings_to_env,
    )

    token = _check_ingest(allow_ingest)
    _check_port(host, port)
    log_to_stderr()  # store errors and crashes reach this terminal (or the service's log)
    store = open_store(db)
    hosts = tuple(allowed_host) if allowed_host else _default_hosts(host, LOOPBACK_HOSTS)
    beyond = not _is_loopback(host)  # reachable from other machines: accounts required
    if beyond:
        from eventwire.review.accounts import has_accounts

        if not has_accounts(store):
            store.close()
            raise typer.BadParameter(
                f"serving on {host} makes the data reachable from other machines, which needs "
                f"accounts: create one with `eventwire users add NAME --role admin --db {db}`, "
                "or serve on 127.0.0.1.", param_hint="--host")
    settings = WebSettings(allow_ingest=allow_ingest, token=token, max_page_size=max_page_size,
                           max_upload_bytes=max_upload_bytes, allowed_hosts=hosts,
                           require_login=beyond, freeze_heap=True)
    if not _is_loopback(host):
        print(f"Warning: binding {host} makes the server reachable from other machines. "
              f"It answers the Host names {', '.join(hosts)}; add others with --allowed-host.",
              file=sys.stderr)
    print(f"Serving {db} on http://{host}:{port}/ (read-only)" if not allow_ingest else
          f"Serving {db} on http://{host}:{port}/ (uploads enabled)", file=sys.stderr)
    # access_log=False: at level "warning" no request is logged anyway, but uvicorn would
    # still format each request's log line when its access logger has a handler.
    if workers > 1:
        store.close()  # migrated; every worker opens its own connection
        os.environ[SETTINGS_ENV] = settings_to_env(db, settings)
        uvicorn.run("eventwire.web.app:app_from_environment", factory=True, workers=workers,
                    host=host, port=port, log_level="warning", server_header=False,
                    access_log=False)
        return
    try:
        uvicorn.run(create_app(store, settings), host=host, port=port, log_level="warning",
                    server_header=False, access_log=False)
    finally:
        store.close()
