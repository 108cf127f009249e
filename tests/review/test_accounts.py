"""Accounts: argon2 hashes, roles, API tokens, sessions, and the `eventwire users` command."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.review import accounts
from eventwire.review.fields import ReviewError
from eventwire.review.sessions import Sessions
from eventwire.review.sqlstore import sql_store
from eventwire.store import Store, open_store, schema

PASSWORD = "correct horse battery"


def test_passwords_are_argon2_hashes_and_checked(store: Store) -> None:
    assert not accounts.has_accounts(store)
    accounts.add_user(store, "amina", "coder", PASSWORD)
    assert accounts.has_accounts(store)
    with sql_store(store).engine.connect() as conn:
        stored = conn.execute(select(schema.users.c.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert accounts.authenticate(store, "amina", PASSWORD) == accounts.User("amina", "coder")
    assert accounts.authenticate(store, "amina", PASSWORD + "x") is None
    assert accounts.authenticate(store, "nobody", PASSWORD) is None
    with pytest.raises(ReviewError, match="too short"):
        accounts.add_user(store, "bilal", "coder", "short")
    with pytest.raises(ReviewError, match="exists already"):
        accounts.add_user(store, "amina", "viewer", PASSWORD)
    with pytest.raises(ReviewError, match="unknown role"):
        accounts.add_user(store, "bilal", "boss", PASSWORD)
    with pytest.raises(ReviewError, match="user name"):
        accounts.add_user(store, "<b>", "coder", PASSWORD)


def test_roles_are_ordered() -> None:
    viewer, coder, admin = (accounts.User("x", r) for r in accounts.ROLES)
    assert viewer.can("viewer") and not viewer.can("coder")
    assert coder.can("coder") and not coder.can("admin")
    assert admin.can("viewer") and admin.can("coder") and admin.can("admin")


def test_api_tokens_are_stored_as_digests(store: Store) -> None:
    accounts.add_user(store, "bot", "coder", PASSWORD)
    token = accounts.create_token(store, "bot", "nightly import")
    assert token.startswith("ew_") and len(token) > 40
    with sql_store(store).engine.connect() as conn:
        assert token not in str(conn.execute(select(schema.api_tokens)).all())
    assert accounts.token_user(store, token) == accounts.User("bot", "coder")
    assert accounts.token_user(store, token + "x") is None
    accounts.remove_user(store, "bot")
    assert accounts.token_user(store, token) is None


def test_sessions_are_signed_expire_on_logout_and_are_new_at_each_login(store: Store) -> None:
    user = accounts.add_user(store, "amina", "coder", PASSWORD)
    sessions = Sessions(store)
    first = sessions.start(user)
    found = sessions.resolve(first)
    assert found is not None and found[0] == user
    second = sessions.start(user)
    assert second != first  # a login never reuses an id
    assert sessions.resolve(first[:-2] + "xx") is None  # tampered signature
    assert Sessions(store, key="another key").resolve(first) is None  # other signing key
    assert sessions.csrf_ok(found[1], sessions.csrf_token(found[1]))
    assert not sessions.csrf_ok(found[1], "0" * 64)
    sessions.end(first)
    assert sessions.resolve(first) is None and sessions.resolve(second) is not None
    assert Sessions(store).key == sessions.key  # the key is kept in the database


def test_users_command(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'u.db'}"
    runner = CliRunner()
    result = runner.invoke(app, ["users", "add", "amina", "--role", "coder", "--db", db],
                           input=PASSWORD + "\n")
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["users", "add", "bilal", "--role", "boss", "--db", db],
                           input=PASSWORD + "\n")
    assert result.exit_code != 0 and "unknown role 'boss'" in str(result.exception or "") \
        + result.output
    result = runner.invoke(app, ["users", "token", "amina", "--db", db])
    assert result.exit_code == 0 and result.stdout.strip().startswith("ew_")
    runner.invoke(app, ["users", "role", "amina", "admin", "--db", db])
    result = runner.invoke(app, ["users", "list", "--db", db])
    assert result.stdout.strip() == "amina\tadmin"
    store = open_store(db)
    try:
        assert accounts.authenticate(store, "amina", PASSWORD) is not None
    finally:
        store.close()
