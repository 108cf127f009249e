"""Every command of the CLI is documented in the README."""

from __future__ import annotations

import re

import pytest
import typer.main

from eventwire.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_every_command_is_in_the_readme(command: str) -> None:
    documented = re.search(rf"eventwire {command}\b", README) or (
        command == "demo" and "make demo" in README)
    assert documented, f"'eventwire {command}' is not documented in README.md"


def test_docs_readme_quickstart_has_the_two_commands() -> None:
    quickstart = README.split("## Quickstart", 1)[1].split("##", 1)[0]
    assert "make demo" in quickstart and "make test" in quickstart
