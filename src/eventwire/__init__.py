"""eventwire: conflict, security and migration reporting as a sourced, geocoded event database."""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version

from eventwire.api import extract
from eventwire.model import Document

try:
    __version__ = version("eventwire")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["Document", "__version__", "extract"]
