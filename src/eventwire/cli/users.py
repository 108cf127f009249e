"""``eventwire users``: accounts for review teams (viewer, coder, admin) and API tokens."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli import app
from eventwire.cli.options import DbOption
from eventwire.store.base import DEFAULT_URL

users_app = typer.Typer(help="Manage review accounts (viewer, coder, admin) and API tokens.",
                        no_args_is_help=True)
app.add_typer(users_app, name="users")

RoleOption = Annotated[str, typer.Option("--role", help="viewer, coder or admin.")]


def _password() -> str:
    """Prompted twice on a terminal; otherwise the first line of standard input."""
    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Password again: "):
            raise typer.BadParameter("the two passwords differ; nothing was changed.")
        return first
    return sys.stdin.readline().rstrip("\r\n")


@users_app.command("add")
def add(name: Annotated[str, typer.Argument(help="User name.")], role: RoleOption = "coder",
        db: DbOption = DEFAULT_URL) -> None:
    """Add a user; the password is prompted (or read from the first line of stdin)."""
    from eventwire.review.accounts import add_user, check_name, check_role
    from eventwire.store.base import open_store

    check_name(name)
    check_role(role)
    password = _password()
    store = open_store(db)
    try:
        add_user(store, name, role, password)
    finally:
        store.close()
    typer.echo(f"Added {name} ({role}).", err=True)


@users_app.command("list")
def list_users(db: DbOption = DEFAULT_URL) -> None:
    """List users and their roles."""
    from eventwire.review.accounts import users
    from eventwire.store.base import open_store

    store = open_store(db)
    try:
        for user in users(store):
            typer.echo(f"{user.name}\t{user.role}")
    finally:
        store.close()


@users_app.command("role")
def role(name: Annotated[str, typer.Argument(help="User name.")],
         new_role: Annotated[str, typer.Argument(help="viewer, coder or admin.")],
         db: DbOption = DEFAULT_URL) -> None:
    """Change a user's role."""
    from eventwire.review.accounts import set_role
    from eventwire.store.base import open_store

    store = open_store(db)
    try:
        set_role(store, name, new_role)
    finally:
        store.close()
    typer.echo(f"{name} is now a {new_role}.", err=True)


@users_app.command("remove")
def remove(name: Annotated[str, typer.Argument(help="User name.")],
           db: DbOption = DEFAULT_URL) -> None:
    """Remove a user, their sessions and tokens (their audit entries stay)."""
    from eventwire.review.accounts import remove_user
    from eventwire.store.base import open_store

    store = open_store(db)
    try:
        remove_user(store, name)
    finally:
        store.close()
    typer.echo(f"Removed {name}.", err=True)


@users_app.command("token")
def token(name: Annotated[str, typer.Argument(help="User name.")],
          label: Annotated[str | None, typer.Option("--label", help="What the token is for.")]
          = None, db: DbOption = DEFAULT_URL) -> None:
    """Create an API token for scripts (printed once: keep it secret)."""
    from eventwire.review.accounts import create_token
    from eventwire.store.base import open_store

    store = open_store(db)
    try:
        value = create_token(store, name, label)
    finally:
        store.close()
    typer.echo(value)
    typer.echo(f"Send it as: Authorization: Bearer <token> (acts as {name}).", err=True)


def train_from_reviews(db: str | None, corpus: Path, data: Path | None, out: Path,
                       install: bool) -> None:
    """``eventwire train --from-reviews --db URL [--install]`` (the option lives in train)."""
    from eventwire.learn.reviews import install as install_model
    from eventwire.learn.reviews import train_from_reviews as run
    from eventwire.store.base import open_store

    if not db:
        raise typer.BadParameter("--from-reviews needs --db URL (the reviewed database).",
                                 param_hint="--db")
    store = open_store(db)
    try:
        run(store, corpus, data, out, log=typer.echo)
    finally:
        store.close()
    if install:
        kept = install_model(out)
        typer.echo(f"Installed {out / 'event_decider.json'}; the old decider is kept as {kept}.")
    else:
        typer.echo(f"To use it, run the same command with --install, or copy "
                   f"{out / 'event_decider.json'} into eventwire/data/models.")
