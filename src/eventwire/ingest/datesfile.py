"""A dates file: one publication date per input, for files that do not carry their own.

CSV or TSV (a tab on the first line makes it TSV), two columns: a path or an id, then a
date in any common format. A first line whose second cell is not a date and holds no
digit is a header. Blank lines and lines starting with ``#`` are skipped. An article
takes the date of the most specific entry that names it: its ``path#id`` or
``path#line``, its JSON id (``--id-key``), the path as given, the file name, the file
stem. A bad line is one ``InputError`` naming ``file:line``; the other lines are kept.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePath

from eventwire.errors import InputError
from eventwire.ingest.dates import parse_published

#: No dates file needs more; a bigger one is surely the wrong file.
MAX_BYTES = 100_000_000


@dataclass(slots=True)
class DatesFile:
    """Dates by key (path, file name, stem or id), each with the line that gave it."""

    path: str
    dates: dict[str, tuple[str, int]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def lookup(self, key: str) -> str | None:
        """The date listed for ``key`` (a path is compared normalised), or None."""
        canon = _canon(key)
        hit = self.dates.get(canon)
        if hit is None:
            return None
        self.used.add(canon)
        return hit[0]

    def date_for(self, meta_path: str | None, shown: str, record_id: str | None) -> str | None:
        """The date of an article read from ``shown`` (as given) whose ``meta.path`` and
        JSON id are given: the most specific listed key wins."""
        keys = [meta_path or "", record_id or "", shown, PurePath(shown).name,
                PurePath(shown).stem]
        for key in keys:
            if key:
                day = self.lookup(key)
                if day is not None:
                    return day
        return None

    def unused(self) -> list[tuple[int, str]]:
        """(line, key) of every entry that named no input read so far, in file order."""
        return sorted((line, key) for key, (_, line) in self.dates.items()
                      if key not in self.used)


def dates_from_mapping(mapping: Mapping[str, str], name: str = "dates") -> DatesFile:
    """A DatesFile from a ``{path-or-id: date}`` mapping; a bad entry raises InputError."""
    table = DatesFile(path=name)
    for number, (key, value) in enumerate(mapping.items(), start=1):
        error = _add(table, [str(key).strip(), str(value).strip()], number)
        if error is not None:
            raise InputError(f"{name}[{str(key)[:80]!r}]", error.reason, error.hint)
    return table


def _canon(key: str) -> str:
    """A key as compared: trimmed, and a path without ``./`` or doubled slashes."""
    key = key.strip()
    return os.path.normpath(key) if key and "#" not in key else key


def read_dates_file(path: str) -> tuple[DatesFile, list[InputError]]:
    """Read a dates file; raise InputError when it cannot be read at all, else return the
    table and one error per bad line."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as e:
        reason = "no such file." if isinstance(e, FileNotFoundError) else \
            f"cannot be read ({e.strerror})."
        raise InputError(path, reason, "Give a CSV or TSV file of path-or-id and date.") from None
    if len(data) > MAX_BYTES:
        raise InputError(path, "is too large for a dates file (over 100 MB).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(path, f"is not valid UTF-8 (byte {e.start}).",
                         "Convert it first, e.g. iconv -f latin1 -t utf-8.") from None
    table = DatesFile(path=path)
    errors = [e for e in _fill(table, text) if e is not None]
    if not table.dates and not errors:
        raise InputError(path, "holds no dates.", "Give one line per input: path-or-id, date.")
    return table, errors


def _fill(table: DatesFile, text: str) -> list[InputError | None]:
    lines = text.splitlines()
    first = next((line for line in lines if line.strip() and not line.startswith("#")), "")
    delimiter = "\t" if "\t" in first else ","
    errors: list[InputError | None] = []
    seen_row = False
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = next(csv.reader(io.StringIO(line), delimiter=delimiter), [])
        cells = [c.strip() for c in cells]
        if not seen_row:
            seen_row = True
            if _is_header(cells):
                continue
        errors.append(_add(table, cells, number))
    return errors


def _is_header(cells: list[str]) -> bool:
    return (len(cells) >= 2 and parse_published(cells[1]) is None
            and not any(ch.isdigit() for ch in cells[1]))


def _add(table: DatesFile, cells: list[str], number: int) -> InputError | None:
    where = f"{table.path}:{number}"
    if len(cells) < 2:
        return InputError(where, f"expected two columns, path-or-id and date (found "
                          f"{len(cells)}).", "Separate them with a tab or a comma.")
    key, value = cells[0], cells[1]
    if not key:
        return InputError(where, "no path or id before the date.")
    day = parse_published(value)
    if day is None:
        return InputError(where, f"{value[:40]!r} is not a date.", "Use YYYY-MM-DD.")
    before = table.dates.get(_canon(key))
    if before is not None and before[0] != day:
        return InputError(where, f"{key[:80]!r} is listed again with another date "
                          f"(first at line {before[1]}).", "Keep one date per input.")
    table.dates.setdefault(_canon(key), (day, number))
    return None
