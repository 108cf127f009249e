"""eventwire: conflict, security and migration reporting as a sourced, geocoded event database."""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version

from eventwire.api import UndatedWarning, extract, extract_many
from eventwire.model import Document
from eventwire.store.frame import events_frame

try:
    __version__ = version("eventwire")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["Document", "UndatedWarning", "__version__", "events_frame", "extract",
           "extract_many"]
