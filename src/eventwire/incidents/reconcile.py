"""Reconciling what several reports say about one happening: counts, time, place, sources."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Protocol
from urllib.parse import urlparse

from eventwire.rows import EventRow

#: Reports that do not assert the happening took place lend no count.
NO_COUNT = frozenset({"denied", "hypothetical"})
FINE_KINDS = frozenset({"city", "feature", "admin2"})


def reconcile_counts(rows: Sequence[EventRow]) -> tuple[float | None, float | None, float | None]:
    """(low, best, high) the UCDP way: the lowest and highest reported figures, and as best
    the median of the precise figures (or of all figures when every report is vague).

    A single report keeps its own range ('dozens' stays 24..96). Denied and
    hypothetical reports are left out.
    """
    reports = [r for r in rows if r.certainty not in NO_COUNT
               and (r.best is not None or r.low is not None)]
    if not reports:
        return None, None, None
    if len(reports) == 1:
        r = reports[0]
        best = r.best if r.best is not None else r.low
        return (r.low if r.low is not None else best, best,
                r.high if r.high is not None else best)
    bests = [_best(r) for r in reports]
    exact = [_best(r) for r in reports if r.low is not None and r.low == r.high]
    best = statistics.median(exact or bests)
    return min(bests), float(best), max(bests)


def _best(r: EventRow) -> float:
    if r.best is not None:
        return float(r.best)
    low = float(r.low or 0)
    return (low + float(r.high if r.high is not None else low)) / 2


def outlet_of(row: EventRow, reporter: Mapping[str, str]) -> str:
    """The outlet that published an event: given, the document's reporter source, URL host."""
    if row.document_id in reporter:
        return reporter[row.document_id]
    if row.url and "://" in row.url:
        return urlparse(row.url).netloc.lower().removeprefix("www.")
    return row.document_id


def reporter_outlets(rows: Sequence[EventRow]) -> dict[str, str]:
    """Each document's outlet as its reporter-sourced events name it."""
    found: dict[str, str] = {}
    for r in rows:
        if r.source_kind == "reporter" and r.source and r.document_id not in found:
            found[r.document_id] = normalise_outlet(r.source)
    return found


def normalise_outlet(name: str) -> str:
    """'The Guardian' and 'Guardian' are one outlet."""
    return name.strip().lower().removeprefix("the ").strip()


class Dated(Protocol):
    """Anything with a date window: an event row, or an export's report of one."""

    @property
    def earliest(self) -> str | None: ...

    @property
    def latest(self) -> str | None: ...


def reconcile_time(rows: Sequence[Dated]) -> tuple[str | None, str | None]:
    """The narrowest window every dated report allows; their union when they disagree."""
    spans = [(r.earliest, r.latest or r.earliest) for r in rows if r.earliest]
    if not spans:
        return None, None
    lo, hi = max(s for s, _ in spans), min(e for _, e in spans if e)
    if lo <= hi:
        return lo, hi
    return min(s for s, _ in spans), max(e for _, e in spans if e)


def reconcile_place(rows: Sequence[EventRow]
                    ) -> tuple[str | None, str | None, float | None, float | None]:
    """(country, admin1, lat, lon): the most reported precise place, else the coarse one."""
    fine = [r for r in rows if r.lat is not None and (r.place_kind in FINE_KINDS
                                                       or r.place_kind is None)]
    pool = fine or [r for r in rows if r.country]
    if not pool:
        return None, None, None, None
    name, _ = Counter((r.place_name, r.country) for r in pool).most_common(1)[0]
    chosen = [r for r in pool if (r.place_name, r.country) == name]
    lat = statistics.median(r.lat for r in chosen if r.lat is not None) if fine else None
    lon = statistics.median(r.lon for r in chosen if r.lon is not None) if fine else None
    admin1 = next((r.admin1 for r in chosen if r.admin1), None)
    return chosen[0].country, admin1, lat, lon


def day_number(iso: str | None) -> int | None:
    """An ISO date as a day ordinal (None when absent or malformed)."""
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None
