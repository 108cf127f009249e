"""Many generated event rows for the map's speed test, served through a real store.

``ManyEvents`` wraps a store and answers event queries from N generated rows (real
towns, coordinates spread a little so the map has thousands of distinct points,
some rows placed only to an admin area or a country, as extraction does): the web
app's path from rows to the browser is the one under test, not the database's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from eventwire.rows import EventRow
from eventwire.store.base import EventQuery, Page, Store

TOWNS = [("Idlib", "SY", "Idlib", 35.93, 36.63), ("Aleppo", "SY", "Aleppo", 36.2, 37.16),
         ("Mosul", "IQ", "Nineveh", 36.34, 43.13), ("Kabul", "AF", "Kabul", 34.53, 69.17),
         ("Mogadishu", "SO", "Banaadir", 2.04, 45.34), ("Khartoum", "SD", "Khartoum", 15.5, 32.56),
         ("Goma", "CD", "North Kivu", -1.68, 29.22), ("Bamako", "ML", "Bamako", 12.64, -8.0),
         ("Tripoli", "LY", "Tripoli", 32.89, 13.19), ("Kharkiv", "UA", "Kharkiv", 49.99, 36.23),
         ("Sanaa", "YE", "Sanaa", 15.37, 44.19), ("Maiduguri", "NG", "Borno", 11.85, 13.16),
         ("Juba", "SS", "Central Equatoria", 4.85, 31.58), ("Gao", "ML", "Gao", 16.27, -0.04),
         ("Kidal", "ML", "Kidal", 18.44, 1.41), ("Beni", "CD", "North Kivu", 0.49, 29.47)]
ANY = EventQuery()
TYPES = (("ASSAULT", "attacked"), ("PROTEST", "marched"), ("COERCE", "arrested"),
         ("MOVE", "fled"), ("THREATEN", "warned"))


def generated_rows(n: int, document_id: str, template: EventRow) -> list[EventRow]:
    """``n`` rows like ``template`` (a real row, so its article page opens), spread out."""
    rows = []
    for i in range(n):
        name, cc, admin1, lat, lon = TOWNS[i % len(TOWNS)]
        etype, verb = TYPES[(i // 3) % len(TYPES)]
        spread = (i * 31) % 997
        kind = "country" if spread % 40 == 0 else "admin1" if spread % 9 == 0 else "city"
        if kind != "country":
            lat, lon = lat + (spread % 30 - 15) * 0.04, lon + (spread // 30 - 16) * 0.04
        day = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
        rows.append(dataclasses.replace(
            template, event_id=template.event_id, type=etype, place_name=name, country=cc,
            admin1=admin1, lat=round(lat, 3), lon=round(lon, 3), place_kind=kind,
            earliest=day, latest=day, actor="residents", origin_lat=None, origin_lon=None,
            destination_lat=None, destination_lon=None,
            sentence=f"Residents {verb} in {name} (generated row {i}).",
            document_id=document_id))
    return rows


class ManyEvents:
    """A store whose event queries answer from generated rows; everything else delegates."""

    def __init__(self, store: Store, rows: list[EventRow]) -> None:
        self._store, self._rows = store, rows

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def iter_events(self, query: EventQuery = ANY) -> Iterator[EventRow]:
        return iter(self._rows)

    def events(self, query: EventQuery = ANY) -> Page[EventRow]:
        items = tuple(self._rows[query.offset:query.offset + query.limit])
        return Page(items, len(self._rows), query.limit, query.offset)
