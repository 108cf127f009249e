"""What users are shown for an input: its own address, or its file name, never server folders.

``meta.path`` keeps the input as it was given (errors and ``eventwire errors`` name it
so, and the output contract says so); pages, exports and DataFrames show
``public_name`` of it instead: the file name, with its ``#line`` or ``#id``.
"""

from __future__ import annotations

import os


def public_name(path: str | None) -> str | None:
    """``/srv/feeds/2024/wire.jsonl#w-17`` -> ``wire.jsonl#w-17``; a web address as it is."""
    if not path or path.startswith(("http://", "https://")):
        return path
    head, mark, anchor = path.partition("#")
    name = os.path.basename(head.replace("\\", "/").rstrip("/")) or head
    return f"{name}{mark}{anchor}"
