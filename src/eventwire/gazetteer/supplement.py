"""The shipped supplement: camps, crossings, contested regions, waters and islands.

GeoNames' cities500 table (the largest GeoNames extract the package registries
ship) has towns of 500 people and more, but not the displacement camps, border
crossings, contested regions, straits, rivers and islands that conflict reporting
names, nor many small towns on front lines whose population GeoNames does not
record. ``eventwire/data/places_supplement.tsv`` lists them, one row each with
its alternate spellings and a ``source`` column saying where its facts come from.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from eventwire.errors import InputError

#: The supplement's kinds -> the index's kinds. Waters and regions without a country
#: are multi-country regions; with one, a named feature of that country.
KIND_MAP = {"camp": "city", "town": "city", "island": "city", "crossing": "feature",
            "area": "feature", "water": "feature", "region": "region"}
COLUMNS = ("name", "alternates", "kind", "country", "lat", "lon", "prior", "source")


@dataclass(frozen=True, slots=True)
class SupplementRow:
    """One place of the supplement."""

    name: str
    alternates: tuple[str, ...]
    kind: str      # the supplement's own kind (camp, crossing, area, water, island, ...)
    country: str | None
    lat: float
    lon: float
    prior: int     # people, or a rank in people for places without residents
    source: str

    @property
    def index_kind(self) -> str:
        """The kind the index files this row under."""
        kind = KIND_MAP[self.kind]
        return "region" if kind == "feature" and self.country is None else kind


def path() -> Path:
    """Where the shipped supplement lives."""
    return Path(str(files("eventwire") / "data" / "places_supplement.tsv"))


def parse(lines: list[str], origin: str) -> Iterator[SupplementRow]:
    """Rows of a supplement table; a malformed line raises an InputError naming it."""
    header_seen = False
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if not header_seen:
            if tuple(cells) != COLUMNS:
                raise InputError(origin, f"line {number}: header must be {'/'.join(COLUMNS)}.")
            header_seen = True
            continue
        if len(cells) != len(COLUMNS):
            raise InputError(origin, f"line {number}: {len(cells)} cells, not {len(COLUMNS)}.")
        name, alternates, kind, country, lat, lon, prior, source = cells
        if kind not in KIND_MAP or not name or not source.strip():
            raise InputError(origin, f"line {number}: bad kind {kind!r} or empty name/source.")
        try:
            row = SupplementRow(name, tuple(a for a in alternates.split("|") if a), kind,
                                country or None, float(lat), float(lon), int(prior), source)
        except ValueError as e:
            raise InputError(origin, f"line {number}: {e}.") from e
        if not (-90 <= row.lat <= 90 and -180 <= row.lon <= 180):
            raise InputError(origin, f"line {number}: coordinates out of range.")
        yield row


def load(source: Path | None = None) -> list[SupplementRow]:
    """Every row of the supplement (the shipped one unless ``source`` is given)."""
    where = source or path()
    return list(parse(where.read_text(encoding="utf-8").splitlines(), str(where)))
