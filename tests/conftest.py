"""Shared fixtures: the spaCy parse, documents built by named stages, paths to shared/."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from eventwire.ingest.article import Article
from eventwire.model import Document, Meta
from eventwire.pipeline.runner import default_pipeline

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_8c313a039cfc1ceb.txt"


def shared_or_skip(*parts: str) -> Path:
    """Return a path under ../shared, or skip the test with a clear reason when absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared evaluation data is not checked out beside "
                    "the project")
    return path


_PIPELINES: dict[tuple[str, ...], object] = {}


def run_stages(text: str, stages: Sequence[str], *, published: str | None = None) -> Document:
    """Run the named stages (and those they require) on ``text``; pipelines are cached."""
    key = tuple(stages)
    if key not in _PIPELINES:
        _PIPELINES[key] = default_pipeline(list(stages))
    pipeline = _PIPELINES[key]
    return pipeline.run(Article(text=text, meta=Meta(path="test.txt", published=published)))  # type: ignore[attr-defined]


@pytest.fixture
def extract_with() -> Callable[..., Document]:
    """``extract_with(text, ["dates"], published="2017-09-12")`` -> Document."""
    return run_stages


@pytest.fixture
def seed_text() -> str:
    return shared_or_skip("seeds", "000_8c313a039cfc1ceb.txt").read_text(encoding="utf-8")
