"""Text layout: which line breaks end a paragraph and which only wrap a line.

Hard-wrapped plain text (e-mail, wire copy, PDF extracts) breaks every line at about
seventy characters. The parser would take each break as a sentence end, cutting
subjects from their verbs, so the parse reads a copy of the text whose wrapping
breaks are spaces: same length, same offsets.
"""

from __future__ import annotations

import re

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LINE = re.compile(r"[^\n]*(?:\n|$)")
_TERMINAL = tuple(".!?:\"”’)")
#: A wrapped line is long; a headline or a list item usually is not.
_WRAP_MIN = 40
_NUMBERED = re.compile(r"\d+[.)] ")


def soft_breaks(text: str) -> list[int]:
    """Offsets of the line breaks that only wrap a paragraph's line."""
    blank_lines = bool(_BLANK_LINE.search(text))
    out: list[int] = []
    pos = 0
    lines = text.split("\n")
    for line, nxt in zip(lines, lines[1:], strict=False):
        end = pos + len(line)
        pos = end + 1
        if not line.strip() or not nxt.strip():
            continue  # a blank line: a paragraph break
        first = nxt.lstrip()[:1]
        continues = first.islower()
        if blank_lines and len(line.rstrip()) >= _WRAP_MIN and not _list_item(nxt):
            out.append(end)
        elif continues and not line.rstrip().endswith(_TERMINAL):
            out.append(end)
    return out


def _list_item(line: str) -> bool:
    stripped = line.lstrip()
    return stripped[:1] in {"-", "*", "•"} or bool(_NUMBERED.match(stripped))


def soften_wraps(text: str) -> str:
    """The text with wrapping line breaks turned into spaces (offsets unchanged)."""
    breaks = soft_breaks(text)
    if not breaks:
        return text
    chars = list(text)
    for i in breaks:
        chars[i] = " "
    return "".join(chars)
