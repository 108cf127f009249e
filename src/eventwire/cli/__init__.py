"""The ``eventwire`` command line: a thin Typer app over the library.

Each command group lives in its own module and registers itself on ``app``;
modules listed in ``COMMAND_MODULES`` are imported when the app is built.
"""

from __future__ import annotations

import importlib
import sys

import typer

app = typer.Typer(
    name="eventwire",
    help="Turn conflict and migration reporting into a sourced, geocoded event database.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES = ("extract", "stages", "demo", "store", "gazetteer", "incidents", "serve",
                   "train", "users", "reextract")


def _load_commands() -> None:
    for name in COMMAND_MODULES:
        try:
            importlib.import_module(f"eventwire.cli.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"eventwire.cli.{name}":
                raise


_load_commands()


def main() -> None:
    """Entry point: run the app; exit 1 on runtime errors, 2 on usage errors.

    Every expected failure (a bad input, an unwritable output, a read-only or broken
    database) is one ``Error:`` line on stderr, never a traceback.
    """
    from eventwire.cli.terminal import error_line
    from eventwire.errors import EventwireError

    try:
        app(standalone_mode=True)
    except EventwireError as e:
        print(error_line(e), file=sys.stderr)
        sys.exit(1)
    except BrokenPipeError:  # `eventwire extract ... | head`: the reader left, so stop quietly
        _silence_stdout()
        sys.exit(1)
    except OSError as e:
        where = f"{e.filename}: " if e.filename else ""
        print(error_line(f"{where}{e.strerror or e}."), file=sys.stderr)
        sys.exit(1)
    except Exception as e:
        message = database_error(e)
        if message is None:
            raise
        print(error_line(message), file=sys.stderr)
        sys.exit(1)


def database_error(error: BaseException) -> str | None:
    """A one-line message for a database driver error, or None for any other error."""
    import sqlite3

    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    orig = error
    if sqlalchemy_exc is not None and isinstance(error, sqlalchemy_exc.DBAPIError):
        orig = error.orig or error
    elif not isinstance(error, sqlite3.Error):
        return None
    detail = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    if "readonly" in detail or "read-only" in detail:
        return (f"the database is read-only ({detail}). Make the database file and its "
                "folder writable, or give another --db.")
    return f"the database failed ({detail})."


def _silence_stdout() -> None:
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except OSError:
        pass
