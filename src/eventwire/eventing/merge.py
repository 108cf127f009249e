"""One row per happening: mentions of the same happening in an article become one row.

Rows of one type are folded together, in text order, unless something tells them
apart: places more than a town apart, dates that do not overlap, or words that
announce another happening ("in another attack", "a separate raid"). The merged row
keeps every mention and takes the most specific arguments any mention gives.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from eventwire.eventing.casualties import largest
from eventwire.model import Event, SentenceSpan

_ANOTHER = re.compile(r"\b(another|separate|second|third|fourth|similar|earlier|previous|"
                      r"last (?:week|month|year)|in (?:19|20)\d\d)\b", re.I)
#: How precise a place is: a town or feature beats a province, which beats a country.
_PLACE_RANK = {"feature": 4, "city": 4, "town": 4, "admin2": 3, "admin1": 2, "region": 1,
               "country": 1, "demonym": 0}
_SAME_PLACE_KM = 40.0


@dataclass
class Group:
    """Rows told of one happening, in text order, with their probabilities."""

    rows: list[Event] = field(default_factory=list)
    probs: list[float] = field(default_factory=list)
    new_story: list[bool] = field(default_factory=list)


def _km(a: Any, b: Any) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def places_conflict(a: Any | None, b: Any | None) -> bool:
    """True when two places cannot be the scene of one happening."""
    if a is None or b is None:
        return False
    if a.country and b.country and a.country != b.country:
        return True
    precise = _PLACE_RANK.get(a.kind, 2) >= 3 and _PLACE_RANK.get(b.kind, 2) >= 3
    if precise and None not in (a.lat, b.lat, a.lon, b.lon):
        return _km(a, b) > _SAME_PLACE_KM
    return False


def times_conflict(a: Any | None, b: Any | None) -> bool:
    """True when two dates cannot be the day of one happening."""
    if a is None or b is None or not (a.earliest and a.latest and b.earliest and b.latest):
        return False
    return bool(a.latest < b.earliest or b.latest < a.earliest)


def _place_of(e: Event) -> str | None:
    return e.place or e.destination


class Merger:
    """Folds candidate rows of one document into one row per happening."""

    def __init__(self, text: str, places: Sequence[Any], times: Sequence[Any]) -> None:
        self.text = text
        self.places: Mapping[str, Any] = {p.id: p for p in places}
        self.times: Mapping[str, Any] = {t.id: t for t in times}

    def _fits(self, group: Group, row: Event, new_story: bool) -> bool:
        if new_story or group.rows[0].type != row.type:
            return False
        place = self.places.get(_place_of(row) or "")
        when = self.times.get(row.time or "")
        for other in group.rows:
            if places_conflict(place, self.places.get(_place_of(other) or "")):
                return False
            if times_conflict(when, self.times.get(other.time or "")):
                return False
        return True

    def merge(self, rows: Sequence[Event], probs: Sequence[float]) -> list[Event]:
        """One row per happening, in the order each happening is first told."""
        groups: list[Group] = []
        for row, prob in sorted(zip(rows, probs, strict=True), key=lambda rp: rp[0].trigger.start):
            sentence = self.text[row.sentence.start:row.sentence.end]
            new_story = bool(_ANOTHER.search(sentence))
            home = next((g for g in reversed(groups) if self._fits(g, row, new_story)), None)
            if home is None:
                home = Group()
                groups.append(home)
            home.rows.append(row)
            home.probs.append(prob)
            home.new_story.append(new_story)
        return [self.combine(g) for g in groups]

    def _place_rank(self, e: Event) -> int:
        place = self.places.get(_place_of(e) or "")
        return -1 if place is None else _PLACE_RANK.get(place.kind, 2)

    def _time_width(self, e: Event) -> int:
        t = self.times.get(e.time or "")
        if t is None or not (t.earliest and t.latest):
            return 1 << 30
        if t.earliest == t.latest:
            return 0
        return 1 if t.earliest[:7] == t.latest[:7] else 2

    def combine(self, group: Group) -> Event:
        """The group's row: the first mention's words, the most specific arguments."""
        rows = group.rows
        base = rows[0]
        best_place = max(rows, key=self._place_rank)
        best_time = min(rows, key=self._time_width)
        named = [r.actor for r in rows if r.actor is not None and r.actor.entity]
        actor = named[0] if named else next((r.actor for r in rows if r.actor), None)
        target = next((r.target for r in rows if r.target), None)
        quantity = next((r.quantity for r in rows if r.quantity), None)
        mentions = tuple(sorted({SentenceSpan(start=r.trigger.start, end=r.trigger.end)
                                 for r in rows}, key=lambda s: s.start))
        # several mentions of one happening: each makes it likelier real
        miss = 1.0
        for p in group.probs:
            miss *= 1.0 - p
        confidence = round(min(0.99, max(max(group.probs), 1.0 - miss ** 0.5)), 2)
        return replace(
            base, place=best_place.place, origin=best_place.origin,
            destination=best_place.destination, destinations=best_place.destinations,
            time=best_time.time, actor=actor, target=target, quantity=quantity,
            fatalities=largest([r.fatalities for r in rows]),
            injured=largest([r.injured for r in rows]),
            mentions=mentions, confidence=confidence,
        )
