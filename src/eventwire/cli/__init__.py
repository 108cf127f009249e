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
                   "train")


def _load_commands() -> None:
    for name in COMMAND_MODULES:
        try:
            importlib.import_module(f"eventwire.cli.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"eventwire.cli.{name}":
                raise


_load_commands()


def main() -> None:
    """Entry point: run the app; exit 1 on runtime errors, 2 on usage errors."""
    from eventwire.errors import EventwireError

    try:
        app(standalone_mode=True)
    except EventwireError as e:
        print(f"Error: {e}", file=sys.stderr)
        sys.exit(1)
