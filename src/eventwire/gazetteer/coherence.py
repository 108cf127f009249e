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

from eventwire.gazetteer.index import Candidate

_COUNTY = re.compile(r"\b(?:county|co\.|parish|city|township|twp\.?)$")

#: Grid cell size in degrees (about 150 km of latitude).
CELL = 1.4
#: Only this many of a name's most prominent candidates take part.
TOP = 25
_POINT_KINDS = frozenset({"city", "admin2", "feature"})
#: A town and a county this close (degrees of latitude and of longitude) lie together.
PAIR_DEGREES = 0.5
#: What a county or town paired with a candidate counts, like one sure nearby name.
PAIR_WEIGHT = 1.0


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
    pairs = _pairs(names)
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
    """A name without its county word ("Plymouth Co." -> "plymouth")."""
    return _COUNTY.sub("", text.lower()).strip()


def _pairs(names: dict[str, list[Candidate]]) -> dict[int, set[str]]:
    """Candidate ident -> the other names it pairs with: a town and a county (of two
    different names) pair when exactly one of the town's candidates lies within
    ``PAIR_DEGREES`` of exactly one of the county's; a pair found several ways is chance."""
    towns = {t: [c for c in cs if c.kind == "city" and c.lat is not None and c.lon is not None]
             for t, cs in names.items()}
    counties = {t: [c for c in cs if c.kind == "admin2" and c.lat is not None
                    and c.lon is not None] for t, cs in names.items()}
    out: dict[int, set[str]] = defaultdict(set)
    for town, tcands in towns.items():
        for county, ccands in counties.items():
            if town == county or not tcands or not ccands or _base(town) == _base(county):
                continue  # "Plymouth" says nothing of where "Plymouth County" is
            found = [(a, b) for a in tcands for b in ccands if _near(a, b)]
            if len(found) == 1:
                a, b = found[0]
                out[a.ident].add(county)
                out[b.ident].add(town)
    return out


def _near(a: Candidate, b: Candidate) -> bool:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    return abs(a.lat - b.lat) <= PAIR_DEGREES and abs(a.lon - b.lon) <= PAIR_DEGREES
