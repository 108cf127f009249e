"""Scale fixtures: a folder of twelve small fictional articles and one bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scale.corpus import write_articles


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    return write_articles(tmp_path / "in", 12, bad=1)
