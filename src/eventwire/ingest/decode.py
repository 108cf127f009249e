"""Turning raw bytes into text, with clear errors for binary and mis-encoded input.

UTF-8 (with or without a BOM) is the default; UTF-16 and UTF-32 are recognised by
their byte-order mark and decoded. Zero-width characters (U+200B..U+200D, U+2060,
U+FEFF) are removed from the decoded text, so the text a document stores, and every
offset into it, never holds them.
"""

from __future__ import annotations

import codecs

from eventwire.errors import InputError

#: Byte-order marks, longest first (UTF-32 LE begins with UTF-16 LE's mark).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = str.maketrans("", "", INVISIBLE)


def strip_invisible(text: str) -> str:
    """Remove zero-width spaces, joiners, word joiners and stray BOMs from ``text``."""
    return text.translate(_INVISIBLE) if any(c in text for c in INVISIBLE) else text


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``head`` announces, or None."""
    return next((name for bom, name in BOMS if head.startswith(bom)), None)


def decode_bytes(data: bytes, source: str, *, max_bytes: int) -> str:
    """Decode UTF-8/16/32 input (BOM-marked for 16 and 32); refuse empty, binary or huge input."""
    if len(data) > max_bytes:
        raise InputError(source, f"file is too large ({len(data) / 1e6:.1f} MB, limit "
                         f"{max_bytes / 1e6:.0f} MB).",
                         "Split it into articles, e.g. as JSON Lines, one per line.")
    encoding = bom_encoding(data[:4]) or "utf-8"
    if encoding.startswith("utf-8") and b"\x00" in data[:8192]:
        if data.strip():
            raise InputError(source, "looks like a binary file, not text.",
                             "Give .txt, .html, .json or .jsonl articles (UTF-8, or UTF-16/32 "
                             "with a byte-order mark).")
    try:
        text = data.decode(encoding if encoding != "utf-8" else "utf-8-sig")
    except UnicodeDecodeError as e:
        name = encoding.removesuffix("-sig").upper()
        raise InputError(source, f"is not valid {name} (byte {e.start}).",
                         "Convert it first, e.g. iconv -f latin1 -t utf-8.") from e
    text = strip_invisible(text)
    if not text.strip():
        raise InputError(source, "file is empty.", "Remove it or give it an article's text.")
    return text
