"""Human review in the ACLED and UCDP exports: each report carries its row's review state
and, where a reviewer edited the row, the edited values (type and ACLED type, actor and
target with their types, place, time, fatalities, certainty).

The rows are read with ``eventwire.review.rows`` (``row_from``: columns, machine extras,
the reviewer's edits); nothing here decides what a review means. A store without review
columns gives no review state.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from eventwire.actors import ActorType
from eventwire.actors.codes import INTER_NAMES
from eventwire.errors import StoreError
from eventwire.model import AcledCode, CountRange, Document, Place
from eventwire.store.base import Store

if TYPE_CHECKING:
    from eventwire.export.happenings import Report
    from eventwire.review.rows import ReviewRow

_INTER_OF = {name.lower(): code for code, name in INTER_NAMES.items()}
REVIEW_BASIS = "review"


def review_rows(store: Store, doc: Document) -> dict[str, ReviewRow]:
    """Event id -> its row with review state (``doc`` gives the machine's values, read
    once); empty for a store without review."""
    from sqlalchemy import select

    from eventwire.review.rows import COLUMNS, row_from
    from eventwire.review.sqlstore import sql_store
    from eventwire.store.schema import events

    try:
        engine = sql_store(store).engine
    except StoreError:
        return {}
    with engine.connect() as conn:
        data = conn.execute(select(*COLUMNS).where(events.c.document_id == doc.id)).mappings()
        return {d["event_id"]: row_from(d, doc) for d in data}


def reviewed(report: Report, row: ReviewRow | None) -> Report:
    """The report with its review state; an edited row's values replace the machine's (a
    rejected row, exported on request, shows the values it had when rejected)."""
    if row is None:
        return report
    out = dataclasses.replace(report, review_status=row.status, reviewer=row.reviewer)
    if row.status not in ("edited", "rejected"):
        return out
    from eventwire.export.happenings import iso_day

    v = row.values
    earliest = iso_day(v.get("earliest"))
    latest = iso_day(v.get("latest")) or earliest
    return dataclasses.replace(
        out, type=v.get("type") or report.type,
        acled=_acled(v.get("acled_event_type"), v.get("acled_sub_event_type")),
        actor=v.get("actor"), target=v.get("target"),
        actor_type=_actor_type(v.get("actor_type"), v.get("actor"), report.actor,
                               report.actor_type),
        target_type=_actor_type(v.get("target_type"), v.get("target"), report.target,
                                report.target_type),
        place=_place(report.place, v), near=report.near if _same_place(report.place, v) else False,
        earliest=earliest, latest=latest,
        fatalities=_fatalities(report.fatalities, v.get("fatalities")),
        certainty=v.get("certainty") or report.certainty)


def _acled(event_type: str | None, sub_type: str | None) -> AcledCode | None:
    from eventwire.eventing.acled import _DISORDER, ACLED_LABELS

    if sub_type and not event_type:
        event_type = next((t for t, s in ACLED_LABELS.values() if s == sub_type), None)
    if not event_type or event_type not in _DISORDER:
        return None
    if sub_type and (event_type, sub_type) not in set(ACLED_LABELS.values()):
        sub_type = None
    return AcledCode(disorder_type=_DISORDER[event_type], event_type=event_type,
                     sub_event_type=sub_type or "")


def _actor_type(chosen: str | None, name: str | None, machine_name: str | None,
                machine: ActorType | None) -> ActorType | None:
    """The reviewer's type; else the machine's while the name is unchanged; else unknown."""
    if chosen and chosen.lower() in _INTER_OF:
        return ActorType(inter=_INTER_OF[chosen.lower()], basis=REVIEW_BASIS)
    return machine if name == machine_name and name is not None else None


def _same_place(place: Place | None, v: Mapping[str, Any]) -> bool:
    if place is None:
        return v.get("place_name") is None and v.get("lat") is None
    return bool(v.get("place_name") == (place.name or place.text)
                and v.get("lat") == place.lat and v.get("lon") == place.lon)


def _place(place: Place | None, v: Mapping[str, Any]) -> Place | None:
    """The machine's place when the reviewer kept it (their country/admin1 applied); else
    the reviewer's place: a point (town level) when it has coordinates, else its area."""
    if _same_place(place, v):
        if place is None:
            return None
        return dataclasses.replace(place, country=v.get("country"), admin1=v.get("admin1"))
    name, lat, lon = v.get("place_name"), v.get("lat"), v.get("lon")
    if name is None and lat is None and v.get("country") is None:
        return None
    point = lat is not None and lon is not None
    kind = "city" if point else ("admin1" if v.get("admin1") and name == v.get("admin1")
                                 else "country" if name is None else "feature")
    return Place(id="reviewed", text=name or v.get("country") or "", start=0, end=0, name=name,
                 kind=kind, country=v.get("country"), admin1=v.get("admin1"),
                 lat=lat if point else None, lon=lon if point else None, geonames_id=None,
                 confidence=1.0)


def _fatalities(machine: CountRange | None, value: Any) -> CountRange | None:
    """The reviewer's death toll (one figure); the machine's range when unchanged."""
    if value is None:
        return None
    if machine is not None and machine.best == value:
        return machine
    n = int(value)
    return CountRange(n, n, n)
