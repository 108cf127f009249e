"""JSON Lines of documents: one contract document (``DOCUMENT.md``) per line."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from eventwire.model import Document


def write(docs: Iterable[Document], fp: TextIO) -> int:
    """Write each document's contract dictionary as one JSON line; return how many."""
    count = 0
    for doc in docs:
        fp.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count
