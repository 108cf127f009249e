"""Quote-mark scanning: quoted stretches in raw text, across sentences and paragraphs.

Double marks (straight ``"`` or curly “ ”, also « » and „) delimit quotes; single
marks inside them are quotes inside quotes and stay part of the text. A paragraph
that opens a quote and never closes it continues into the next paragraph when that
one opens with a quote mark (the newspaper convention); otherwise the quote ends
with its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = frozenset("“«„")
CLOSERS = frozenset("”»")
STRAIGHT = '"'
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Piece:
    """One quoted stretch inside a paragraph; ``close`` is None when left open."""

    open: int
    close: int | None
    para_end: int


@dataclass(frozen=True, slots=True)
class QuoteMarks:
    """A whole quotation: content offsets (marks excluded) and the marks' span.

    ``start``/``end`` bound the quoted words; ``outer_start``/``outer_end`` include
    the marks. ``paragraphs`` counts the paragraphs it runs over.
    """

    start: int
    end: int
    outer_start: int
    outer_end: int
    paragraphs: int
    closed: bool


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each non-empty line of ``text``."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def _is_opener(text: str, i: int, is_open: bool) -> bool | None:
    """Classify the double mark at ``i``: True opens, False closes, None is ignored."""
    ch = text[i]
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch == STRAIGHT:
        return not is_open
    if ch in OPENERS:
        if is_open:
            return False if (after.isspace() or after in ",.;:!?") else None
        return True
    if ch in CLOSERS:
        if is_open:
            return False
        before = text[i - 1] if i > 0 else " "
        return True if before.isspace() and after.isalnum() else None
    return None


def scan_paragraph(text: str, start: int, end: int) -> list[Piece]:
    """Return the quoted pieces of one paragraph, in order."""
    pieces: list[Piece] = []
    open_at: int | None = None
    for i in range(start, end):
        ch = text[i]
        if ch != STRAIGHT and ch not in OPENERS and ch not in CLOSERS:
            continue
        kind = _is_opener(text, i, open_at is not None)
        if kind is True:
            open_at = i
        elif kind is False and open_at is not None:
            pieces.append(Piece(open_at, i, end))
            open_at = None
    if open_at is not None:
        pieces.append(Piece(open_at, None, end))
    return pieces


def _opens_with_mark(text: str, start: int) -> bool:
    stripped = text[start:start + 3].lstrip()
    return bool(stripped) and (stripped[0] in OPENERS or stripped[0] == STRAIGHT)


def _content(text: str, first: Piece, last: Piece, count: int) -> QuoteMarks:
    a = first.open + 1
    b = last.close if last.close is not None else last.para_end
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    outer_end = last.close + 1 if last.close is not None else last.para_end
    return QuoteMarks(a, b, first.open, outer_end, count, last.close is not None)


def scan_quotes(text: str) -> list[QuoteMarks]:
    """Return every quotation in ``text``, joining quotes that run over paragraphs."""
    result: list[QuoteMarks] = []
    carry: tuple[Piece, Piece, int] | None = None  # first and last open piece, paragraphs
    for p_start, p_end in paragraphs(text):
        pieces = scan_paragraph(text, p_start, p_end)
        if carry and pieces and pieces[0].open - p_start <= 2 and _opens_with_mark(text, p_start):
            first, _last, count = carry
            head = pieces.pop(0)
            carry = None
            if head.close is None and not pieces:
                carry = (first, head, count + 1)
                continue
            result.append(_content(text, first, head, count + 1))
        elif carry:
            result.append(_content(text, carry[0], carry[1], carry[2]))
            carry = None
        for piece in pieces:
            if piece.close is None:
                carry = (piece, piece, 1)
            else:
                result.append(_content(text, piece, piece, 1))
    if carry:
        result.append(_content(text, carry[0], carry[1], carry[2]))
    return [q for q in result if q.end > q.start]
