"""Inputs are shown by their file name (with #line or #id), never by server folders."""

from __future__ import annotations

import pytest

from eventwire.ingest.names import public_name


@pytest.mark.parametrize(("given", "shown"), [
    ("/srv/feeds/2024/wire.jsonl#w-17", "wire.jsonl#w-17"),
    ("articles/a.txt", "a.txt"),
    ("C:\\Users\\ana\\news\\b.txt#3", "b.txt#3"),
    ("https://news.example.org/a#top", "https://news.example.org/a#top"),
    ("-", "-"),
    ("/srv/feeds/", "feeds"),
    (None, None),
])
def test_public_name(given: str | None, shown: str | None) -> None:
    assert public_name(given) == shown
