"""Turning raw bytes into text, with clear errors for binary and mis-encoded input."""

from __future__ import annotations

from eventwire.errors import InputError


def decode_bytes(data: bytes, source: str, *, max_bytes: int) -> str:
    """Decode UTF-8 input (with or without BOM); refuse empty, binary or huge input."""
    if len(data) > max_bytes:
        raise InputError(source, f"file is too large ({len(data) / 1e6:.1f} MB, limit "
                         f"{max_bytes / 1e6:.0f} MB).",
                         "Split it into articles, e.g. as JSON Lines, one per line.")
    if not data.strip():
        raise InputError(source, "file is empty.", "Remove it or give it an article's text.")
    if b"\x00" in data[:8192]:
        raise InputError(source, "looks like a binary file, not text.",
                         "Give .txt, .html, .json or .jsonl articles.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(source, f"is not valid UTF-8 (byte {e.start}).",
                         "Convert it first, e.g. iconv -f latin1 -t utf-8.") from e
