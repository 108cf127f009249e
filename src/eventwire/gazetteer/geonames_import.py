"""Import GeoNames dumps (allCountries, a country file such as SY.zip, citiesN) for full coverage.

GeoNames' tab-separated dump has one place per line, 19 columns: id, name, ASCII
name, alternate names, lat, lon, feature class, feature code, country, cc2,
admin1..admin4 codes, population, elevation, dem, timezone, modification date.
Kept: populated places (class P), first- and second-level divisions (ADM1,
ADM2), physical features (classes H, T, L: rivers, wadis, islands, mountains,
regions) and the few buildings news names as places (refugee camps CMPRF,
camps CMP, border posts PSTB, airports AIRP). Countries come from the packaged
data.

The import streams: it reads the file line by line (inside the zip, too) and
writes kept rows as it goes to ``<cache>/geonames-import/<file stem>.tsv``, with
a checkpoint every ``CHECKPOINT_LINES`` lines. An interrupted import of the same
file resumes from its last checkpoint; a finished one is replaced when its file is
imported again. Each imported file is its own table, so importing ``SY.zip`` and
then ``SO.zip`` keeps both. The next index load rebuilds the index with every
imported table (``gazetteer.build``); a place already in the packaged data (same
GeoNames id) is not added twice.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from eventwire.errors import InputError
from eventwire.gazetteer import cache
from eventwire.gazetteer.build import Row, usable_name

_KINDS = {"ADM1": "admin1", "ADM2": "admin2"}
_FEATURE_CLASSES = frozenset({"H", "T", "L"})
#: Buildings and facilities (class S) that news names as places of their own.
_SITE_CODES = frozenset({"CMPRF", "CMP", "PSTB", "AIRP"})
#: Features this small in population terms still rank below towns of this size.
FEATURE_PRIOR_POPULATION = 5000
#: A checkpoint (flush and progress file) every this many source lines.
CHECKPOINT_LINES = 100_000
COLUMNS = 19


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What one import did."""

    table: Path
    lines: int        # source lines read in all (including those of a resumed run)
    rows: int         # rows kept in the table
    resumed_from: int  # source lines skipped because an earlier run had done them


def parse_line(line: str) -> tuple[Row, list[str]] | None:
    """One GeoNames line as a row and its usable names, or None when it is not kept.

    The row's admin1 field holds GeoNames' admin1 *code* here ("09"); the index build
    turns it into the province's name where the import has that province's ADM1 row.
    """
    f = line.rstrip("\n").split("\t")
    if len(f) < 15 or not f[0].isdigit():
        return None
    fclass, fcode = f[6], f[7]
    if fclass == "P":
        kind = "city"
    elif fclass == "A" and fcode in _KINDS:
        kind = _KINDS[fcode]
    elif fclass in _FEATURE_CLASSES or fclass == "S" and fcode in _SITE_CODES:
        kind = "feature"
    else:
        return None
    try:
        population = int(f[14] or 0)
        lat, lon = float(f[4]), float(f[5])
    except ValueError:
        return None
    if kind == "feature":
        population = max(population, FEATURE_PRIOR_POPULATION)
    names = list(dict.fromkeys([f[1], f[2], *(a for a in f[3].split(",") if usable_name(a))]))
    row: Row = (f[1], kind, f[8] or None, f[10] or None, lat, lon, population, int(f[0]))
    return row, names


def _open_lines(path: Path) -> Iterator[str]:
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            members = [n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            if not members:
                raise InputError(str(path), "holds no GeoNames .txt table.",
                                 "Download allCountries.zip, a country file (SY.zip) or "
                                 "citiesN.zip from GeoNames.")
            with zf.open(members[0]) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8")
    else:
        with path.open(encoding="utf-8") as fh:
            yield from fh


def _check(path: Path) -> None:
    if not path.exists():
        raise InputError(str(path), "does not exist.",
                         "Give the path of a downloaded GeoNames file (allCountries.zip, SY.zip).")
    if path.suffix.lower() == ".zip" and not zipfile.is_zipfile(path):
        raise InputError(str(path), "is not a zip file.")


def read_dump(path: Path) -> Iterable[tuple[Row, list[str]]]:
    """Every kept row of a GeoNames dump file, streamed."""
    _check(path)
    for line in _open_lines(path):
        parsed = parse_line(line)
        if parsed is not None:
            yield parsed


def _identity(path: Path) -> dict[str, object]:
    stat = path.stat()
    return {"source": str(path.resolve()), "size": stat.st_size, "mtime": int(stat.st_mtime)}


def _encode(row: Row, names: list[str]) -> str:
    cells = [str(row[7]), row[0], row[1], row[2] or "", row[3] or "", f"{row[4]:.5f}",
             f"{row[5]:.5f}", str(row[6]), "|".join(n.replace("|", " ") for n in names)]
    return "\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells) + "\n"


def import_dump(path: Path, *, countries: frozenset[str] = frozenset(), min_population: int = 0,
                progress: Callable[[int, int], None] | None = None) -> ImportResult:
    """Stream a dump's kept rows into its own table, resuming an interrupted run of the
    same file. ``countries`` (ISO2 codes) and ``min_population`` (for populated places)
    narrow what is kept; ``progress(lines, rows)`` is called at each checkpoint."""
    _check(path)
    folder = cache.imported_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stem = path.name.split(".")[0] or "dump"
    table, part, state_path = (folder / f"{stem}.tsv", folder / f"{stem}.tsv.part",
                               folder / f"{stem}.state.json")
    ident = {**_identity(path), "countries": sorted(countries), "min_population": min_population}
    state = _read_state(state_path)
    resume = state is not None and state.get("identity") == ident and part.exists()
    skip = int(state["lines"]) if resume and state else 0
    rows = int(state["rows"]) if resume and state else 0
    with part.open("r+" if resume else "w", encoding="utf-8") as out:
        if resume and state:
            out.truncate(int(state["bytes"]))  # drop what was written after the checkpoint
            out.seek(int(state["bytes"]))
        lines = 0
        for line in _open_lines(path):
            lines += 1
            if lines <= skip:
                continue
            parsed = parse_line(line)
            if parsed is not None and _wanted(parsed[0], countries, min_population):
                out.write(_encode(*parsed))
                rows += 1
            if lines % CHECKPOINT_LINES == 0:
                _checkpoint(out, state_path, ident, lines, rows)
                if progress is not None:
                    progress(lines, rows)
        out.flush()
        os.fsync(out.fileno())
    if lines < skip:
        raise InputError(str(path), "is shorter than the import it would resume.",
                         "Delete the .part file under the import folder and run again.")
    part.replace(table)
    state_path.unlink(missing_ok=True)
    return ImportResult(table, lines, rows, skip)


def _wanted(row: Row, countries: frozenset[str], min_population: int) -> bool:
    if countries and (row[2] or "") not in countries:
        return False
    return row[1] != "city" or row[6] >= min_population


def _checkpoint(out: IO[str], state_path: Path, ident: dict[str, object], lines: int,
                rows: int) -> None:
    out.flush()
    os.fsync(out.fileno())
    tmp = state_path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"identity": ident, "lines": lines, "rows": rows,
                               "bytes": out.tell()}), encoding="utf-8")
    tmp.replace(state_path)


def _read_state(path: Path) -> dict[str, Any] | None:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) else None


def remove(stem: str) -> bool:
    """Forget one imported table (by its file stem, "SY"); whether there was one."""
    found = False
    folder = cache.imported_dir()
    for p in (folder / f"{stem}.tsv", folder / f"{stem}.tsv.part", folder / f"{stem}.state.json"):
        if p.exists():
            p.unlink()
            found = True
    return found
