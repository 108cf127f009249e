"""Spatial coherence: the places of one article tend to lie near one another.

A local paper that names "Paris" beside "Henry County" and "Puryear" means
Paris, Tennessee, because one of the towns called Paris lies a few kilometres
from a Henry County and a Puryear. For each candidate of each ambiguous name,
``support`` counts the *other* names of the document that have a candidate in
the same or a neighbouring grid cell (about 150 km) *as currently resolved*,
each weighted by the confidence of that resolution (a name with one candidate
is strong evidence, a "Springfield" chosen among forty is weak). Countries, regions and first-level
divisions take no part: they are too large for a point to say anything.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from eventwire.gazetteer.index import Candidate

#: Grid cell size in degrees (about 150 km of latitude).
CELL = 1.4
#: Only this many of a name's most prominent candidates take part.
TOP = 25
_POINT_KINDS = frozenset({"city", "admin2", "feature"})


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
            if near:
                out[c.ident] = sum(near.values())
    return out
