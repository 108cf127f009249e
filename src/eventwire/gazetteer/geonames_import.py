"""Import a full GeoNames dump (allCountries.zip, citiesN.zip or their .txt) for more coverage.

GeoNames' tab-separated dump has one place per line: id, name, ASCII name,
alternate names, lat, lon, feature class and code, country, admin codes,
population... Kept: populated places (class P), first- and second-level
divisions (ADM1, ADM2) and named physical features (streams, lakes, mountains,
islands, areas: classes H, T, L). Countries come from the packaged data. The
rows are stored under the cache directory; the next index load rebuilds the
index with them.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.errors import InputError
from eventwire.gazetteer import cache
from eventwire.gazetteer.build import Row, usable_name

_KINDS = {"ADM1": "admin1", "ADM2": "admin2"}
_FEATURE_CLASSES = frozenset({"H", "T", "L"})
#: Features this small in population terms still rank below towns of this size.
FEATURE_PRIOR_POPULATION = 5000


def _lines(path: Path) -> Iterator[str]:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            members = [n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            if not members:
                raise InputError(str(path), "holds no GeoNames .txt table.",
                                 "Download allCountries.zip or citiesN.zip from GeoNames.")
            with zf.open(members[0]) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8")
    else:
        with path.open(encoding="utf-8") as fh:
            yield from fh


def parse_line(line: str) -> tuple[Row, list[str]] | None:
    """One GeoNames line as a row and its usable names, or None when it is not kept."""
    f = line.rstrip("\n").split("\t")
    if len(f) < 15:
        return None
    fclass, fcode = f[6], f[7]
    if fclass == "P":
        kind = "city"
    elif fclass == "A" and fcode in _KINDS:
        kind = _KINDS[fcode]
    elif fclass in _FEATURE_CLASSES:
        kind = "feature"
    else:
        return None
    population = int(f[14] or 0)
    if kind == "feature":
        population = max(population, FEATURE_PRIOR_POPULATION)
    names = [f[1], f[2], *(a for a in f[3].split(",") if usable_name(a))]
    row: Row = (f[1], kind, f[8] or None, None, float(f[4]), float(f[5]), population, int(f[0]))
    return row, names


def read_dump(path: Path) -> Iterable[tuple[Row, list[str]]]:
    """Every kept row of a GeoNames dump file."""
    if not path.exists():
        raise InputError(str(path), "does not exist.",
                         "Give the path of a downloaded GeoNames file.")
    for line in _lines(path):
        parsed = parse_line(line)
        if parsed is not None:
            yield parsed


def import_dump(path: Path) -> int:
    """Store a dump's rows for the next index build; return how many were kept."""
    rows = [(list(row), names) for row, names in read_dump(path)]
    cache.write(cache.imported_path(), rows)
    return len(rows)
