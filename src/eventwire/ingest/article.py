"""The Article record readers produce, and the options that steer them."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.model import Meta


@dataclass(frozen=True, slots=True)
class Article:
    """Text plus metadata, nothing else: what every reader yields."""

    text: str
    meta: Meta


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs: JSON field names, a forced date, the size limit."""

    text_key: str = "text"
    title_key: str = "title"
    date_key: str = "published"
    source_key: str = "source"
    url_key: str = "url"
    published: str | None = None
    max_bytes: int = 10_000_000
