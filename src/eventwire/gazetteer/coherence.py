"""Spatial coherence: the places of one article tend to lie near one another.

A local paper that names "Paris" beside "Henry County" and "Puryear" means
Paris, Tennessee, because one of the towns called Paris lies a few kilometres
from a Henry County and a Puryear. For each candidate of each ambiguous name,
``support`` counts the *other* names of the document that have a candidate in
the same or a neighbouring grid cell (about 150 km) *as currently resolved*,
each weighted by the confidence of that resolution (a name with one candidate
is strong evidence, a "Springfield" chosen among forty is weak). Countries, regions and first-level
divisions take no part: they are too large for a point to say anything.

A town and a county named in the same article are also paired whatever either currently
resolves to ("Paris and Henry County"): a candidate of the town that lies within a few
tens of kilometres of a candidate of the county (or the other way round) takes
``PAIR_WEIGHT`` from it. Two towns are not paired this way: namesakes of famous towns
cluster ("London" and "Paris" are neighbours in Ontario), but a county and its seat
rarely share their names with another such pair.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable

from eventwire.gazetteer.fold import fold_key
from eventwire.gazetteer.index import Candidate

_COUNTY = re.compile(r"\b(?:county|co\.?|parish|city|township|twp\.?)$")

#: Grid cell size in degrees (about 150 km of latitude).
CELL = 1.4
#: Only this many of a name's most prominent candidates take part.
TOP = 25
_POINT_KINDS = frozenset({"city", "admin2", "feature"})
#: A town and a county this close (degrees of latitude and of longitude) lie together.
PAIR_DEGREES = 0.5
#: What a county or town paired with a candidate counts (two sure nearby names: a pair
#: must outweigh the province context that a wrong first choice brings).
PAIR_WEIGHT = 2.0


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / CELL), math.floor(lon / CELL)


def _points(cands: Iterable[Candidate]) -> list[Candidate]:
    located = [c for c in cands if c.kind in _POINT_KINDS and c.lat is not None
               and c.lon is not None]
    return sorted(located, key=lambda c: -c.population)[:TOP]


def support(names: dict[str, list[Candidate]],
            chosen: dict[str, tuple[Candidate, float]]) -> dict[int, float]:
    """Candidate ident -> summed confidence of the *other* names whose current choice lies
    in the same or a neighbouring cell."""
    grid: dict[tuple[int, int], dict[str, float]] = defaultdict(dict)
    for text, (c, confidence) in chosen.items():
        if c.kind in _POINT_KINDS and c.lat is not None and c.lon is not None:
            grid[_cell(c.lat, c.lon)][text] = confidence
    pairs = _pairs(names, chosen)
    out: dict[int, float] = {}
    for text, cands in names.items():
        points = _points(cands)
        if len(points) < 2:
            continue  # nothing to choose between
        for c in points:
            assert c.lat is not None and c.lon is not None
            row, col = _cell(c.lat, c.lon)
            near: dict[str, float] = {}
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    near.update((other, weight) for other, weight
                                in grid.get((row + dr, col + dc), {}).items() if other != text)
            for other in pairs.get(c.ident, ()):
                near.setdefault(other, PAIR_WEIGHT)
            if near:
                out[c.ident] = sum(near.values())
    return out


def _base(text: str) -> str:
    """A name's key without its county word ("Plymouth Co." -> "plymouth")."""
    return _COUNTY.sub("", fold_key(text)).strip()


def _pairs(names: dict[str, list[Candidate]],
           chosen: dict[str, tuple[Candidate, float]]) -> dict[int, set[str]]:
    """Candidate ident -> the other names it pairs with: a town and a county (of two
    different names) pair when exactly one of the town's candidates lies within
    ``PAIR_DEGREES`` of exactly one of the county's; a pair found several ways is chance,
    and so is one outside the provinces the article's other places lie in, where it
    names a province of that country."""
    named = {c.country for c, _w in chosen.values() if c.kind == "admin1"}
    areas = {text: (c.country, c.name if c.kind == "admin1" else c.admin1)
             for text, (c, _w) in chosen.items()}
    towns = {t: _named(t, cs, "city") for t, cs in names.items()}
    counties = {t: _named(t, cs, "admin2") for t, cs in names.items()}
    out: dict[int, set[str]] = defaultdict(set)
    for town, tcands in towns.items():
        for county, ccands in counties.items():
            if town == county or not tcands or not ccands or _base(town) == _base(county):
                continue  # "Plymouth" says nothing of where "Plymouth County" is
            elsewhere = {area for text, area in areas.items() if text not in (town, county)}
            found = [(a, b) for a in tcands for b in ccands if _near(a, b)
                     and (a.country not in named or (a.country, a.admin1) in elsewhere)]
            if len(found) == 1:
                a, b = found[0]
                out[a.ident].add(county)
                out[b.ident].add(town)
    return out


def _named(text: str, cands: list[Candidate], kind: str) -> list[Candidate]:
    """The located candidates of one kind that bear the name itself (not a row that only
    lists it among its alternate names: Wilmington, Ohio, was once called Clinton)."""
    own = _base(text)
    return [c for c in cands if c.kind == kind and c.lat is not None and c.lon is not None
            and _base(c.name) == own]


def _near(a: Candidate, b: Candidate) -> bool:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    return abs(a.lat - b.lat) <= PAIR_DEGREES and abs(a.lon - b.lon) <= PAIR_DEGREES
