"""The map: a Leaflet page (vendored, no CDN) over the bundled world outline.

``/map`` is the page; ``/map/data.json`` the matching events grouped by place,
category and precision (compact arrays, cached per store generation);
``/map/popup`` the events at one place as an HTML fragment; ``/map/world.json``
the basemap with ISO codes. Every view takes the same filters as the events table.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Annotated, Any

import pycountry
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from eventwire.rows import EventRow
from eventwire.web import coding, selection
from eventwire.web.api import cached_result
from eventwire.web.pages import render
from eventwire.web.params import PageEventFilters
from eventwire.web.selection import FacetFilters
from eventwire.web.worldmap import load_world

router = APIRouter(include_in_schema=False)
PRECISIONS = ("point", "admin", "country")
#: Events listed in one popup; the rest are a link to the table.
POPUP_ROWS = 12
Lat = Annotated[float, Query(ge=-90, le=90)]
Lon = Annotated[float, Query(ge=-180, le=180)]


def _key(value: float) -> float:
    return round(value, 3)


@dataclass(slots=True)
class _Group:
    count: int = 0
    fatalities: float = 0.0
    told: bool = False
    names: Counter[str] = field(default_factory=Counter)


def map_data(rows: list[EventRow] | tuple[EventRow, ...], capped: bool) -> dict[str, Any]:
    """Events grouped by place (to ~100 m), category and precision; MOVE routes; legends."""
    acled_labels = [*coding.ACLED_TYPES, coding.NOT_CODED]
    group_labels = list(coding.GROUP_COLOURS)
    a_index = {name: i for i, name in enumerate(acled_labels)}
    g_index = {name: i for i, name in enumerate(group_labels)}
    groups: dict[tuple[float, float, int, int, int, str], _Group] = defaultdict(_Group)
    flows: Counter[tuple[float, float, float, float, str, str]] = Counter()
    coded = 0
    for r in rows:
        if r.type == "MOVE" and None not in (r.origin_lat, r.origin_lon, r.destination_lat,
                                             r.destination_lon):
            o = (_key(r.origin_lat), _key(r.origin_lon))  # type: ignore[arg-type]
            d = (_key(r.destination_lat), _key(r.destination_lon))  # type: ignore[arg-type]
            if o != d:
                flows[(*o, *d, r.origin_name or "", r.destination_name or "")] += 1
        if r.lat is None or r.lon is None:
            continue
        acled = coding.acled_type(r)
        coded += acled is not None
        prec = coding.precision(r)
        key = (_key(r.lat), _key(r.lon), a_index[acled or coding.NOT_CODED],
               g_index[coding.plover_group(r)], PRECISIONS.index(prec), r.country or "")
        g = groups[key]
        g.count += 1
        dead = coding.fatalities(r)
        if dead is not None:
            g.fatalities += dead
            g.told = True
        g.names[r.place_name or ""] += 1
    points = [[k[0], k[1], g.count, g.fatalities if g.told else None, k[2], k[3], k[4], k[5],
               g.names.most_common(1)[0][0]] for k, g in groups.items()]
    return {
        "total": len(rows), "capped": capped, "located": sum(p[2] for p in points),
        "mode": "acled" if coded else "plover",
        "acled": [[n, coding.colour_of(n)] for n in acled_labels],
        "plover": [[n, coding.colour_of(n)] for n in group_labels],
        "precisions": list(PRECISIONS),
        "points": points,
        "flows": [[*k[:4], n, k[4], k[5]] for k, n in flows.most_common()],
    }


@router.get("/map")
def map_page(request: Request, query: PageEventFilters, facets: FacetFilters) -> Response:
    data_qs = request.url.remove_query_params(["limit", "offset"]).query
    return render(request, "map.html", query=query, facets=facets, data_qs=data_qs)


@router.get("/map/data.json")
def map_json(request: Request, query: PageEventFilters, facets: FacetFilters) -> Response:
    def build() -> bytes:
        found = selection.matching(request, query, facets)
        data = map_data(found.rows, found.capped)
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()

    body = cached_result(request, ("map", replace(query, limit=0, offset=0), facets), build)
    return Response(body, media_type="application/json")


def _near(value: float | None, target: float) -> bool:
    return value is not None and math.isclose(_key(value), target, abs_tol=1e-9)


@router.get("/map/popup")
def map_popup(request: Request, query: PageEventFilters, facets: FacetFilters,
              lat: Lat, lon: Lon) -> Response:
    """The events at one place (the map's grouping) as an HTML fragment for a popup."""
    found = selection.matching(request, query, facets)
    here = [r for r in found.rows if _near(r.lat, _key(lat)) and _near(r.lon, _key(lon))]
    html = request.app.state.templates.get_template("_popup.html").render(
        rows=here[:POPUP_ROWS], more=len(here) - POPUP_ROWS, total=len(here),
        acled_label=coding.acled_label, fatalities=coding.fatalities)
    return Response(html, media_type="text/html; charset=utf-8")


@lru_cache(maxsize=1)
def world_json() -> bytes:
    """The bundled world outline with each country's ISO 3166-1 alpha-2 code and label point."""
    world = load_world()
    features = []
    for f in world["features"]:
        country = pycountry.countries.get(numeric=str(f.get("id") or "").zfill(3))
        rings = [poly[0] for poly in f["geometry"]["coordinates"] if poly and poly[0]]
        biggest = max(rings, key=len) if rings else []
        label = None
        if biggest:
            lons, lats = [p[0] for p in biggest], [p[1] for p in biggest]
            label = [round((min(lats) + max(lats)) / 2, 2), round((min(lons) + max(lons)) / 2, 2)]
        features.append({**f, "properties": {
            "name": f["properties"].get("name"),
            "iso": country.alpha_2 if country is not None else None, "label": label}})
    return json.dumps({"type": "FeatureCollection", "features": features},
                      separators=(",", ":")).encode()


@router.get("/map/world.json")
def world() -> Response:
    return Response(world_json(), media_type="application/json",
                    headers={"Cache-Control": "public, max-age=86400"})
