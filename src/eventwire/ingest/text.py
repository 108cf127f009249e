"""Plain-text articles, optionally with header lines (standfirst, outlet, author, date)."""

from __future__ import annotations

import re

from eventwire.ingest.article import Article
from eventwire.ingest.dates import parse_published
from eventwire.model import Meta

_DATE_HINT = re.compile(
    r"^\s*(?:(?:published|updated)\s*:?\s*)?(?:[A-Z][a-z]{2,8},?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8},?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:[\s,]+\d{1,2}[.:]\d{2}(?:\s*[AP]M)?(?:\s*[A-Z]{2,4})?)?\s*$"
)
_NAME_WORD = r"(?:[A-Z][a-zA-Z'’\-]+|[A-Z]\.)"
_AUTHOR = re.compile(rf"^\s*(?:By\s+)?({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
                     rf"(?:\s*(?:,|and|&)\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})*)\s*$")
_OUTLET = re.compile(r"^\s*(?:The\s+)?[A-Z][\w&.’'\-]*(?:\s+[A-Z][\w&.’'\-]*){0,4}\s*$")


def _is_header(line: str, max_words: int) -> bool:
    return 0 < len(line.split()) <= max_words and not line.rstrip().endswith((".", "?", "!", ":"))


def split_header(text: str) -> tuple[list[str], dict[str, object]]:
    """Detect outlet/author/date lines before the body; return the kept lines and metadata.

    A header is recognised only when a date line appears among the first five
    lines: without it, every line is kept as body (plain texts are left alone).
    """
    lines = text.split("\n")
    head = [i for i, line in enumerate(lines[:6]) if line.strip()]
    date_at = next((i for i in head if _DATE_HINT.match(lines[i])
                    and parse_published(lines[i].strip())), None)
    if date_at is None:
        return lines, {}
    meta: dict[str, object] = {"published": parse_published(lines[date_at].strip())}
    drop = {date_at}
    authors: list[str] = []
    above = [i for i in head if i < date_at]
    # walk upward from the date: author line, then outlet line; the rest is standfirst
    for i in reversed(above):
        if i == above[0]:
            break  # the first line is the standfirst (title), never a header line
        line = lines[i].strip()
        author = _AUTHOR.match(line)
        if not authors and "source" not in meta and author and _is_header(line, 8):
            names = re.split(r"\s*(?:,|\band\b|&)\s*", author.group(1))
            authors = [n.strip() for n in names if n.strip()]
            drop.add(i)
            continue
        if "source" not in meta and _OUTLET.match(line) and _is_header(line, 5):
            meta["source"] = line
            drop.add(i)
            continue
        break
    if authors:
        meta["authors"] = authors
    kept_above = [i for i in above if i not in drop]
    if kept_above:
        meta["title"] = lines[kept_above[0]].strip()
    return [line for i, line in enumerate(lines) if i not in drop], meta


def read_text(raw: str, path: str) -> Article:
    """Build an Article from a plain-text file's contents."""
    lines, found = split_header(raw.replace("\r\n", "\n").replace("\r", "\n"))
    authors = found.get("authors") or []
    return Article(
        text="\n".join(lines).strip(),
        meta=Meta(path=path, title=_str(found.get("title")), source=_str(found.get("source")),
                  authors=tuple(str(a) for a in authors) if isinstance(authors, list) else (),
                  published=_str(found.get("published"))),
    )


def _str(value: object) -> str | None:
    return str(value) if value else None
