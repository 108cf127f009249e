"""The actor dictionary: named groups and their ACLED types, kept as data users can extend.

The shipped table is ``eventwire/data/actor_types.tsv`` (its header documents the
columns). A user's own files of the same columns are read after it, so their rows
add names or override the shipped ones: ``eventwire export --actor-types FILE`` or
``EVENTWIRE_ACTOR_TYPES=FILE`` (several files separated by ``:``, ``;`` on Windows).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from pathlib import Path

from eventwire.errors import InputError

ENV_VAR = "EVENTWIRE_ACTOR_TYPES"
COLUMNS = ("name", "inter", "country", "aliases", "valid_from", "valid_until", "source")


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the dictionary: a group, its type, home country and when the row holds."""

    name: str
    inter: int
    country: str | None
    aliases: tuple[str, ...]
    valid_from: str | None = None
    valid_until: str | None = None
    source: str = ""

    def holds_on(self, day: str | None) -> bool:
        """Whether the row applies to an event on ``day`` (an undated event: rows without
        bounds only)."""
        if day is None:
            return self.valid_from is None and self.valid_until is None
        return ((self.valid_from is None or day >= self.valid_from)
                and (self.valid_until is None or day <= self.valid_until))


def fold(text: str) -> str:
    """Lower case without accents, curly apostrophes made straight, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def _names(entry: Entry) -> list[str]:
    return [entry.name, *entry.aliases]


class ActorDictionary:
    """Finds the longest dictionary name inside an actor's words."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: list[Entry] = list(entries)
        # later rows (a user's file) win over earlier ones for the same name
        self._folded: dict[str, list[Entry]] = {}
        self._exact: dict[str, list[Entry]] = {}
        for entry in self.entries:
            for name in _names(entry):
                table = self._exact if _is_acronym(name) else self._folded
                key = name if _is_acronym(name) else fold(name)
                table.setdefault(key, []).insert(0, entry)
        self._folded_re = _alternation(self._folded, re.IGNORECASE)
        self._exact_re = _alternation(self._exact, 0)

    def __len__(self) -> int:
        return len(self.entries)

    def find(self, text: str, day: str | None = None) -> Entry | None:
        """The entry whose name (or alias) is the longest match in ``text``, holding on ``day``."""
        found: list[tuple[int, Entry]] = []
        for pattern, table, subject in ((self._folded_re, self._folded, fold(text)),
                                        (self._exact_re, self._exact, text)):
            if pattern is None:
                continue
            for m in pattern.finditer(subject):
                key = m.group(0) if table is self._exact else fold(m.group(0))
                entry = next((e for e in table.get(key, ()) if e.holds_on(day)), None)
                if entry is not None:
                    found.append((len(m.group(0)), entry))
        return max(found, key=lambda pair: pair[0])[1] if found else None


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


def _alternation(table: dict[str, list[Entry]], flags: int) -> re.Pattern[str] | None:
    if not table:
        return None
    names = sorted(table, key=len, reverse=True)
    body = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)


def parse_rows(lines: Iterable[str], where: str) -> list[Entry]:
    """Dictionary rows from TSV lines (comments and the header skipped); ``where`` names
    the file in errors."""
    entries: list[Entry] = []
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if cells[0].strip().lower() == "name" and number <= 20:
            continue  # the header row
        entries.append(_entry(cells, f"{where}:{number}"))
    return entries


def _entry(cells: Sequence[str], where: str) -> Entry:
    cells = [c.strip() for c in cells] + [""] * (len(COLUMNS) - len(cells))
    name, inter, country, aliases, start, end, source = cells[:7]
    hint = f"Write {len(COLUMNS)} tab-separated columns: {', '.join(COLUMNS)}."
    if not name:
        raise InputError(where, "an actor row without a name.", hint)
    if not (inter.isdigit() and 1 <= int(inter) <= 8):
        raise InputError(where, f"inter must be a number from 1 to 8, not {inter!r}.", hint)
    if country and not (len(country) == 2 and country.isalpha()):
        raise InputError(where, f"country must be an ISO 3166-1 alpha-2 code, not {country!r}.",
                         hint)
    for value in (start, end):
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise InputError(where, f"{value!r} is not a date (YYYY-MM-DD).", hint) from None
    return Entry(name=name, inter=int(inter), country=country.upper() or None,
                 aliases=tuple(a.strip() for a in aliases.split("|") if a.strip()),
                 valid_from=start or None, valid_until=end or None, source=source)


def shipped_rows() -> list[Entry]:
    """The rows of the table that comes with eventwire."""
    text = (files("eventwire") / "data" / "actor_types.tsv").read_text(encoding="utf-8")
    return parse_rows(text.splitlines(), "eventwire/data/actor_types.tsv")


def user_files(paths: Iterable[str | Path] = ()) -> list[Path]:
    """The user's dictionary files: those given, then those in ``EVENTWIRE_ACTOR_TYPES``."""
    found = [Path(p) for p in paths]
    env = os.environ.get(ENV_VAR, "")
    found += [Path(p) for p in env.split(os.pathsep) if p.strip()]
    return found


def load_dictionary(paths: Iterable[str | Path] = ()) -> ActorDictionary:
    """The shipped table extended by the user's files (their rows win on the same name)."""
    entries = shipped_rows()
    for path in user_files(paths):
        try:
            text = path.read_text(encoding="utf-8-sig")
        except OSError as e:
            raise InputError(str(path), f"cannot read the actor-types file ({e.strerror}).",
                             f"Check the path given to --actor-types or {ENV_VAR}.") from e
        entries += parse_rows(text.splitlines(), str(path))
    return ActorDictionary(entries)
