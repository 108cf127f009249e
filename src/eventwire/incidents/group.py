"""Grouping events from many documents into incidents, without comparing all pairs.

Two events are one happening when they are of the same type family, happen in
the same place (within ``km`` of each other, or in the same admin1 region or
country when one of them is only placed that coarsely), overlap in time, and
their actors do not name different parties. Candidates are found through
blocking keys (a grid cell or region, and the month), so each event is only
compared with the few events that share a key; matches are joined with
union-find.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire.incidents.reconcile import (
    FINE_KINDS,
    day_number,
    normalise_outlet,
    outlet_of,
    reconcile_counts,
    reconcile_place,
    reconcile_time,
    reporter_outlets,
)
from eventwire.rows import EventRow, Incident

FAMILIES: dict[str, str] = {
    "ASSAULT": "violence", "COERCE": "coercion", "MOVE": "movement", "PROTEST": "protest",
    "MOBILIZE": "mobilization", "SANCTION": "sanction", "THREATEN": "threat",
    "ACCUSE": "dispute", "REJECT": "dispute", "REQUEST": "dispute",
    "AGREE": "cooperation", "CONSULT": "cooperation", "SUPPORT": "cooperation",
    "COOPERATE": "cooperation", "AID": "cooperation", "CONCEDE": "deescalation",
    "RETREAT": "deescalation",
}
_NAME_WORD = re.compile(r"\b[A-Z][\w'’-]+")
_NOT_NAMES = frozenset({"The", "A", "An", "Some", "Several", "Many", "Dozens", "Hundreds",
                        "Thousands", "Scores", "At", "More", "Two", "Three", "Four", "Five"})


@dataclass(frozen=True, slots=True)
class GroupingConfig:
    """How close two reports must be to count as one happening."""

    km: float = 50.0
    slack_days: int = 1
    undated_days: int = 7  # an undated event: the week before its article's publication
    cell_degrees: float = 0.5
    max_months: int = 24


@dataclass(slots=True)
class _Item:
    index: int
    row: EventRow
    family: str
    start: int
    end: int
    level: str  # fine | admin1 | country
    names: frozenset[str]


def _interval(row: EventRow, config: GroupingConfig) -> tuple[int, int] | None:
    start, end = day_number(row.earliest), day_number(row.latest or row.earliest)
    if start is not None and end is not None:
        return start, end
    pub = day_number(row.published)
    if pub is None:
        return None
    return pub - config.undated_days, pub


def _level(row: EventRow) -> str | None:
    if row.lat is not None and (row.place_kind in FINE_KINDS or row.place_kind is None):
        return "fine"
    if row.country and row.admin1 and row.place_kind == "admin1":
        return "admin1"
    if row.country:
        return "country"
    return None


def _names(actor: str | None) -> frozenset[str]:
    """Proper names in an actor phrase, leaving out its first word (capitalised by position
    as often as by name: 'Police arrested ...')."""
    if not actor:
        return frozenset()
    words = actor.split()
    return frozenset(w.lower() for w in _NAME_WORD.findall(" ".join(words[1:]))
                     if w not in _NOT_NAMES)


def prepare(rows: Sequence[EventRow], config: GroupingConfig) -> tuple[list[_Item], list[int]]:
    """Groupable items, and the indexes of rows that can only stand alone (no place or time)."""
    items: list[_Item] = []
    alone: list[int] = []
    for i, row in enumerate(rows):
        if row.certainty == "hypothetical":
            continue
        span, level = _interval(row, config), _level(row)
        if span is None or level is None:
            alone.append(i)
            continue
        items.append(_Item(i, row, FAMILIES.get(row.type, row.type), span[0], span[1], level,
                           _names(row.actor)))
    return items, alone


def _months(item: _Item, config: GroupingConfig) -> list[int]:
    first, last = (date.fromordinal(max(1, d)) for d in (item.start - config.slack_days,
                                                          item.end + config.slack_days))
    a, b = first.year * 12 + first.month, last.year * 12 + last.month
    return list(range(max(a, b - config.max_months + 1), b + 1))


def _cell(item: _Item, config: GroupingConfig) -> tuple[int, int]:
    lat, lon = item.row.lat or 0.0, item.row.lon or 0.0
    return int(math.floor(lat / config.cell_degrees)), int(math.floor(lon / config.cell_degrees))


def build_index(items: Sequence[_Item], config: GroupingConfig) -> dict[tuple[Any, ...], list[int]]:
    """Blocking keys -> item positions. Keys: grid cell, admin1 and country, each by month."""
    index: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for pos, it in enumerate(items):
        r = it.row
        for m in _months(it, config):
            if it.level == "fine":
                index[("cell", it.family, _cell(it, config), m)].append(pos)
            if r.admin1:
                index[("admin1", it.family, r.country, r.admin1, m)].append(pos)
                if it.level != "fine":
                    index[("admin1-coarse", it.family, r.country, r.admin1, m)].append(pos)
            index[("country", it.family, r.country, m)].append(pos)
            if it.level == "country":
                index[("country-coarse", it.family, r.country, m)].append(pos)
    return index


def candidate_keys(it: _Item, config: GroupingConfig) -> Iterator[tuple[Any, ...]]:
    """The blocking keys an item looks up to find its possible partners."""
    r = it.row
    for m in _months(it, config):
        if it.level == "fine":
            cy, cx = _cell(it, config)
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    yield ("cell", it.family, (cy + dy, cx + dx), m)
            if r.admin1:
                yield ("admin1-coarse", it.family, r.country, r.admin1, m)
            yield ("country-coarse", it.family, r.country, m)
        elif it.level == "admin1":
            yield ("admin1", it.family, r.country, r.admin1, m)
            yield ("country-coarse", it.family, r.country, m)
        else:
            yield ("country", it.family, r.country, m)


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def same_happening(a: _Item, b: _Item, config: GroupingConfig) -> bool:
    """Same family, overlapping time, same place at the coarser one's level, actors agree."""
    if a.family != b.family or a.row.document_id == b.row.document_id:
        return False
    if a.start > b.end + config.slack_days or b.start > a.end + config.slack_days:
        return False
    ra, rb = a.row, b.row
    if a.level == "fine" and b.level == "fine":
        near = km_between(ra.lat or 0.0, ra.lon or 0.0, rb.lat or 0.0, rb.lon or 0.0) <= config.km
    elif "country" in (a.level, b.level):
        near = ra.country == rb.country
    else:
        near = ra.country == rb.country and ra.admin1 == rb.admin1
    if not near:
        return False
    return not (a.names and b.names and not a.names & b.names)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def cluster(items: Sequence[_Item], config: GroupingConfig) -> list[list[int]]:
    """Item positions grouped into happenings.

    Precisely placed events join every match (union-find over blocked pairs); an
    event placed only by region or country then joins the single best-matching
    group (the largest), so a vague report never bridges two happenings.
    """
    index = build_index(items, config)
    uf = _UnionFind(len(items))
    size = [1] * len(items)
    fine = [p for p, it in enumerate(items) if it.level == "fine"]
    coarse = [p for p, it in enumerate(items) if it.level != "fine"]
    for pos in fine:
        for other in _partners(pos, items, index, config):
            if items[other].level == "fine" and other > pos:
                _join(uf, size, pos, other)
    for pos in coarse:
        best, best_size = None, 0
        for other in _partners(pos, items, index, config):
            root = uf.find(other)
            if root != uf.find(pos) and size[root] > best_size:
                best, best_size = other, size[root]
        if best is not None:
            _join(uf, size, pos, best)
    groups: dict[int, list[int]] = defaultdict(list)
    for pos in range(len(items)):
        groups[uf.find(pos)].append(pos)
    return list(groups.values())


def _partners(pos: int, items: Sequence[_Item], index: Mapping[tuple[Any, ...], list[int]],
              config: GroupingConfig) -> Iterator[int]:
    """Items sharing a blocking key with ``pos`` that tell the same happening."""
    seen: set[int] = {pos}
    it = items[pos]
    for key in candidate_keys(it, config):
        for other in index.get(key, ()):
            if other not in seen:
                seen.add(other)
                if same_happening(it, items[other], config):
                    yield other


def _join(uf: _UnionFind, size: list[int], a: int, b: int) -> None:
    ra, rb = uf.find(a), uf.find(b)
    if ra != rb:
        uf.union(ra, rb)
        size[uf.find(ra)] = size[ra] + size[rb]


def make_incident(rows: Sequence[EventRow], outlets: Mapping[str, str]) -> Incident:
    """One incident from the event rows that tell it."""
    keys = tuple(sorted((r.document_id, r.event_id) for r in rows))
    digest = hashlib.sha256(repr(keys).encode()).hexdigest()[:16]
    told = [r for r in rows if r.certainty != "denied"] or list(rows)
    etype = Counter(r.type for r in told).most_common(1)[0][0]
    country, admin1, lat, lon = reconcile_place(told)
    earliest, latest = reconcile_time(told)
    low, best, high = reconcile_counts(rows)
    return Incident(
        id=f"i{digest}", type=etype, country=country, admin1=admin1, lat=lat, lon=lon,
        earliest=earliest, latest=latest, low=low, best=best, high=high,
        num_sources=len({outlet_of(r, outlets) for r in rows}),
        num_documents=len({r.document_id for r in rows}), events=keys,
    )


def group_incidents(rows: Iterable[EventRow], *, outlets: Mapping[str, str] | None = None,
                    config: GroupingConfig = GroupingConfig(),
                    include_single: bool = True) -> list[Incident]:
    """Group events of many documents into incidents, most sources first.

    ``outlets`` maps document ids to their publisher; without it, a document's
    outlet is the source its reporter-attributed events name, else its URL host.
    Hypothetical events form no incident; denied ones join theirs (they count
    as a source but lend no count). Events without place or time stand alone.
    """
    rows = list(rows)
    known = {k: normalise_outlet(v) for k, v in (outlets or {}).items() if v}
    known = {**reporter_outlets(rows), **known}
    items, alone = prepare(rows, config)
    groups = [[items[p].row for p in g] for g in cluster(items, config)]
    groups += [[rows[i]] for i in alone]
    incidents = [make_incident(g, known) for g in groups
                 if include_single or len({r.document_id for r in g}) > 1]
    incidents.sort(key=lambda inc: (-inc.num_sources, -inc.num_documents, inc.id))
    return incidents
