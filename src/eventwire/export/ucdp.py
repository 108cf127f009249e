"""UCDP GED-shaped CSV: the Georeferenced Event Dataset's columns with its meanings.

GED records organised violence that killed at least one person, so the rows are
the happenings coded as battles, explosions/remote violence or violence against
civilians with a death toll of one or more. Columns that rest on UCDP's own
registers (conflict, dyad and actor ids, Gleditsch-Ward numbers, ``active_year``,
``code_status``, ``event_clarity``) are left empty; so are the deaths by side,
which the articles rarely split (all go to ``deaths_unknown``).

- ``type_of_violence``: 1 state-based (a state's forces against an organised group or
  another state), 2 non-state (organised groups against each other), 3 one-sided
  (an organised actor against civilians); empty when an actor's type is unknown.
- ``date_prec``: 1 the day, 2 a span of up to six days, 3 a week, 4 a month, 5 longer.
  An undated event gets the week up to its first report (``date_prec`` 3).
- ``where_prec``: 1 a town, 2 near it, 3 a district, 4 a province, 5 another part of a
  country, 6 the country, 7 waters.
- ``best``/``low``/``high``: the median of the reports' best figures and the lowest and
  highest figure; ``source_original`` who the article attributes the event to.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, TextIO

from eventwire.actors.codes import ARMED, CIVILIANS, EXTERNAL, STATE_FORCES
from eventwire.export.acled import own_columns
from eventwire.export.csv import table_writer
from eventwire.export.geography import country, priogrid_gid, where_prec
from eventwire.export.happenings import Happening, days_between

GED_COLUMNS: tuple[str, ...] = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence",
    "conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id",
    "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id",
    "side_b", "number_of_sources", "source_article", "source_office", "source_date",
    "source_headline", "source_original", "where_prec", "where_coordinates",
    "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid",
    "country", "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end",
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
    "gwnoa", "gwnob",
)
OWN_COLUMNS: tuple[str, ...] = (
    "eventwire_id", "eventwire_type", "acled_event_type", "acled_sub_event_type", "inter1",
    "inter2", "certainty", "source_kind", "date_basis", "document_ids", "urls",
    "mention_count", "review_status", "reviewer",
)
COLUMNS = GED_COLUMNS + OWN_COLUMNS
#: ACLED event types that are organised violence in UCDP's sense.
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence",
                           "Violence against civilians"})


def included(h: Happening) -> bool:
    """Organised violence with at least one death, as GED records it."""
    return (h.acled is not None and h.acled.event_type in VIOLENT_TYPES
            and h.fatalities is not None and h.fatalities[1] >= 1)


def type_of_violence(inter1: int | None, inter2: int | None, *,
                     states: tuple[bool, bool] = (False, False)) -> int | None:
    """1 state-based, 2 non-state, 3 one-sided, from the two sides' actor types.

    ``states`` says which side is a state's own forces (abroad they are type 8);
    another external force (a peacekeeping mission, a private military company)
    leaves the kind of conflict unknown.
    """
    if inter1 is None or inter2 is None:
        return None
    if CIVILIANS in (inter1, inter2):
        other = inter1 if inter2 == CIVILIANS else inter2
        return 3 if other in ARMED else None
    if inter1 not in ARMED or inter2 not in ARMED:
        return None
    if any(states) or STATE_FORCES in (inter1, inter2):
        return 1
    return None if EXTERNAL in (inter1, inter2) else 2


def dates(h: Happening) -> tuple[str | None, str | None, int | None]:
    """(date_start, date_end, date_prec)."""
    if h.date_basis == "published" and h.first_published:
        last = date.fromisoformat(h.first_published[:10])
        return (last - timedelta(days=6)).isoformat(), last.isoformat(), 3
    if not h.date_start:
        return None, None, None
    start, end = h.date_start, h.date_end or h.date_start
    days = days_between(start, end)
    prec = 1 if days <= 1 else 2 if days <= 6 else 3 if days <= 7 else 4 if days <= 31 else 5
    return start, end, prec


def _sides(h: Happening) -> tuple[str | None, str | None, int | None]:
    """(side_a, side_b, type_of_violence): a state's side first in state-based violence."""
    r = h.lead
    a = (r.actor_type.name if r.actor_type and r.actor_type.name else None) or r.actor
    b = (r.target_type.name if r.target_type and r.target_type.name else None) or r.target
    ta = r.actor_type.inter if r.actor_type else None
    tb = r.target_type.inter if r.target_type else None
    state_a = bool(r.actor_type and r.actor_type.state)
    state_b = bool(r.target_type and r.target_type.state)
    kind = type_of_violence(ta, tb, states=(state_a, state_b))
    if kind == 1 and state_b and not state_a:
        return b, a, kind
    return a, b, kind


def row(h: Happening) -> dict[str, Any]:
    """The GED row of one happening."""
    r, place = h.lead, h.lead.place
    c = country(place.country if place else None)
    start, end, prec = dates(h)
    side_a, side_b, kind = _sides(h)
    low, best, high = h.fatalities or (None, None, None)
    lat, lon = (place.lat, place.lon) if place else (None, None)
    articles = h.reports
    return {
        "id": int(hashlib.sha256(h.id.encode()).hexdigest()[:13], 16), "relid": h.id,
        "year": int(start[:4]) if start else None, "type_of_violence": kind,
        "dyad_name": f"{side_a} - {side_b}" if side_a and side_b else None,
        "side_a": side_a, "side_b": side_b, "number_of_sources": len(h.document_ids),
        "source_article": " ; ".join(
            ", ".join(x for x in (a.outlet, a.published, a.title, a.reference) if x)
            for a in articles) or None,
        "source_office": "; ".join(h.outlets) or None,
        "source_date": "; ".join(dict.fromkeys(a.published for a in articles if a.published))
        or None,
        "source_headline": "; ".join(dict.fromkeys(a.title for a in articles if a.title))
        or None,
        "source_original": "; ".join(dict.fromkeys(a.attributed_to for a in articles
                                                    if a.attributed_to)) or None,
        "where_prec": where_prec(place, r.near),
        "where_coordinates": (place.name or place.text) if place else None,
        "where_description": place.text if place else None,
        "adm_1": h.admin.admin1, "adm_2": h.admin.admin2, "latitude": lat, "longitude": lon,
        "geom_wkt": f"POINT ({lon} {lat})" if lat is not None and lon is not None else None,
        "priogrid_gid": priogrid_gid(lat, lon), "country": c.name if c else None,
        "region": c.ucdp_region if c else None, "date_prec": prec, "date_start": start,
        "date_end": end, "deaths_unknown": best, "best": best, "high": high, "low": low,
        **_own(h),
    }


def _own(h: Happening) -> dict[str, Any]:
    shared = own_columns(h)
    r = h.lead
    return {
        **{k: shared[k] for k in ("eventwire_id", "eventwire_type", "certainty", "source_kind",
                                  "date_basis", "document_ids", "urls", "mention_count",
                                  "review_status", "reviewer")},
        "acled_event_type": h.acled.event_type if h.acled else None,
        "acled_sub_event_type": h.acled.sub_event_type if h.acled else None,
        "inter1": r.actor_type.inter if r.actor_type else None,
        "inter2": r.target_type.inter if r.target_type else None,
    }


def write(items: Iterable[Happening], fp: TextIO) -> int:
    """Write GED rows for the happenings GED would record; return how many."""
    put = table_writer(fp, COLUMNS)
    count = 0
    for h in items:
        if included(h):
            put(row(h))
            count += 1
    return count
