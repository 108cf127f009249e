"""ACLED-shaped CSV: ACLED's columns with their codebook meanings, then eventwire's own.

One row per happening that has an ACLED coding (political violence, demonstrations,
strategic developments); moves, aid and statements are outside ACLED and stay in
``--format csv``. Where eventwire cannot know a field (``admin3``, ``source_scale``,
``assoc_actor_*``, ``timestamp``) the cell is empty; nothing is made up.

- ``event_date`` (ISO ``YYYY-MM-DD``) and ``time_precision``: 1 the day is told; 2 a
  span of up to a week (its middle day), or an undated event reported on its article's
  publication date; 3 a longer span (its middle day up to a month, else its last day,
  never after the first report).
- ``geo_precision``: 1 a town, 2 near a town or a district or named area, 3 a province,
  a country or a wider region.
- ``fatalities``: ACLED's conservative reading, the lowest figure of the range any
  report gives (``fatalities_low``/``fatalities_high`` carry the range); empty when no
  report gives a death toll.
- ``inter1``/``inter2``: ACLED's actor types 1-8 (``eventwire.actors``); ``interaction``
  both codes lowest first, or ``N0`` when one actor acts alone.
- ``notes``: a one-line summary built from the row, then the sentence that tells it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, TextIO

from eventwire.actors import ActorType, interaction
from eventwire.actors.codes import CIVILIANS
from eventwire.export.csv import table_writer
from eventwire.export.geography import country, geo_precision
from eventwire.export.happenings import Happening, days_between

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
#: eventwire's own columns, after ACLED's.
OWN_COLUMNS: tuple[str, ...] = (
    "eventwire_id", "eventwire_type", "certainty", "source_kind", "attributed_to",
    "fatalities_low", "fatalities_best", "fatalities_high", "date_start", "date_end",
    "date_basis", "actor1_country", "actor2_country", "inter1_basis", "inter2_basis",
    "document_ids", "urls", "mention_count", "number_of_sources", "confidence",
    "review_status", "reviewer",
)
COLUMNS = ACLED_COLUMNS + OWN_COLUMNS
_VIOLENCE = "Political violence"
_CROWD_TYPES = frozenset({"Protests", "Riots"})


def event_id(h: Happening, iso3: str | None) -> str:
    """ACLED's form (country code and number), stable for the same reports."""
    digits = int(hashlib.sha256(h.id.encode()).hexdigest()[:12], 16)
    return f"{iso3 or 'ZZZ'}{digits}"


def event_date(h: Happening) -> tuple[str | None, int | None]:
    """(event_date, time_precision) by ACLED's rules (see the module docstring)."""
    if h.date_basis == "published":
        return h.first_published, 2
    if not h.date_start:
        return None, None
    start, end = h.date_start, h.date_end or h.date_start
    days = days_between(start, end)
    if days <= 1:
        return start, 1
    middle = (date.fromisoformat(start[:10]) + timedelta(days=(days - 1) // 2)).isoformat()
    chosen = middle if days <= 31 else end
    if h.first_published and chosen > h.first_published:
        chosen = max(start, h.first_published)
    return chosen, 2 if days <= 7 else 3


def _actor(name: str | None, kind: ActorType | None) -> str | None:
    return (kind.name if kind and kind.name else None) or name


def _notes(h: Happening, day: str | None, location: str | None) -> str:
    """One line: when, where, who did what to whom, the toll and the source; then the text."""
    r = h.lead
    if h.date_basis == "published" and day:
        when = f"Reported on {_long_date(day)}"
    elif h.date_start and h.date_end and h.date_end != h.date_start:
        when = f"Between {_long_date(h.date_start)} and {_long_date(h.date_end)}"
    else:
        when = f"On {_long_date(day)}" if day else "Undated"
    where = f" in {location}" if location else ""
    what = h.acled.sub_event_type.lower() if h.acled else r.type.lower()
    who = _actor(r.actor, r.actor_type) or "an unnamed actor"
    whom = _actor(r.target, r.target_type)
    parts = [f"{when}{where}: {who} - {what}" + (f" - {whom}" if whom else "")]
    if h.fatalities:
        low, _, high = h.fatalities
        parts.append(f"{low} killed" if low == high else f"{low}-{high} killed")
    source = r.attributed_to or ", ".join(h.outlets)
    if source:
        parts.append(f"according to {source} ({r.certainty})")
    if len(h.reports) > 1:
        parts.append(f"{len(h.document_ids)} articles")
    return " ".join(f"{'; '.join(parts)}. Text: \"{r.sentence}\"".split())


def _long_date(day: str) -> str:
    d = date.fromisoformat(day[:10])
    return f"{d.day} {d.strftime('%B')} {d.year}"


def _location(h: Happening) -> tuple[str | None, str | None]:
    """(location, its description for notes)."""
    place = h.lead.place
    if place is None:
        return None, None
    name = place.name or place.text
    c = country(place.country)
    admin1 = h.admin.admin1 if place.kind != "admin1" and h.admin.admin1 != name else None
    inside = ", ".join(x for x in (admin1, c.name if c and place.kind not in (
        "country", "demonym") else None) if x)
    return name, f"{name} ({inside})" if inside else name


def row(h: Happening) -> dict[str, Any]:
    """The ACLED row of one happening."""
    r, place = h.lead, h.lead.place
    c = country(place.country if place else None)
    day, precision = event_date(h)
    location, described = _location(h)
    t1, t2 = r.actor_type, r.target_type
    actor1, actor2 = _actor(r.actor, t1), _actor(r.target, t2)
    inter1, inter2 = (t1.inter if t1 else None), (t2.inter if t2 else None)
    violent = h.acled is not None and _VIOLENCE in h.acled.disorder_type
    tags = None
    if h.acled and h.acled.event_type in _CROWD_TYPES:
        tags = f"crowd size={r.crowd or 'no report'}"
    return {
        "event_id_cnty": event_id(h, c.iso3 if c else None), "event_date": day,
        "year": int(day[:4]) if day else None, "time_precision": precision,
        "disorder_type": h.acled.disorder_type if h.acled else None,
        "event_type": h.acled.event_type if h.acled else None,
        "sub_event_type": h.acled.sub_event_type if h.acled else None,
        "actor1": actor1, "assoc_actor_1": None, "inter1": inter1,
        "actor2": actor2, "assoc_actor_2": None, "inter2": inter2,
        "interaction": interaction(inter1, inter2, alone=actor2 is None),
        "civilian_targeting": "Civilian targeting" if violent and inter2 == CIVILIANS else None,
        "iso": c.numeric if c else None, "region": c.acled_region if c else None,
        "country": c.name if c else None, "admin1": h.admin.admin1, "admin2": h.admin.admin2,
        "admin3": None, "location": location,
        "latitude": place.lat if place else None, "longitude": place.lon if place else None,
        "geo_precision": geo_precision(place, r.near), "source": "; ".join(h.outlets) or None,
        "source_scale": None, "notes": _notes(h, day, described),
        "fatalities": h.conservative_fatalities, "tags": tags, "timestamp": None,
        **own_columns(h),
    }


def own_columns(h: Happening) -> dict[str, Any]:
    """eventwire's columns: certainty, sources, the toll's range, dates, actor details."""
    r = h.lead
    low, best, high = h.fatalities or (None, None, None)
    return {
        "eventwire_id": h.id, "eventwire_type": r.type, "certainty": h.certainty,
        "source_kind": r.source_kind, "attributed_to": r.attributed_to,
        "fatalities_low": low, "fatalities_best": best, "fatalities_high": high,
        "date_start": h.date_start, "date_end": h.date_end, "date_basis": h.date_basis,
        "actor1_country": r.actor_type.country if r.actor_type else None,
        "actor2_country": r.target_type.country if r.target_type else None,
        "inter1_basis": r.actor_type.basis if r.actor_type else None,
        "inter2_basis": r.target_type.basis if r.target_type else None,
        "document_ids": ";".join(h.document_ids),
        "urls": ";".join(dict.fromkeys(x.reference for x in h.reports if x.reference)) or None,
        "mention_count": h.mention_count, "number_of_sources": _sources(h),
        "confidence": round(max(x.confidence for x in h.reports), 3),
        "review_status": h.review_status, "reviewer": ";".join(h.reviewers) or None,
    }


def _sources(h: Happening) -> int:
    """Distinct outlets; an article without a named outlet counts on its own."""
    named = {x.outlet for x in h.reports if x.outlet}
    unnamed = {x.document_id for x in h.reports if not x.outlet}
    return len(named) + len(unnamed)


def write(items: Iterable[Happening], fp: TextIO) -> int:
    """Write the ACLED-coded happenings as CSV (formulas neutralised); return how many."""
    put = table_writer(fp, COLUMNS)
    count = 0
    for h in items:
        if h.acled is None:
            continue
        put(row(h))
        count += 1
    return count
