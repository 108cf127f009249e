"""The bundled world outline: load it, project it, and rebuild it from TopoJSON.

``static/world-110m.geojson`` holds Natural Earth's 1:110m country outlines (public
domain), converted once from the ``world-atlas`` npm package (ISC) with::

    python -m eventwire.web.worldmap countries-110m.json src/eventwire/web/static/world-110m.geojson
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

WIDTH, HEIGHT = 1000.0, 500.0
Ring = list[tuple[float, float]]


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular projection of WGS84 degrees onto the WIDTH x HEIGHT canvas."""
    x = (lon + 180.0) / 360.0 * WIDTH
    y = (90.0 - lat) / 180.0 * HEIGHT
    return round(x, 1), round(y, 1)


def _decode_arcs(topo: dict[str, Any]) -> list[Ring]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs: list[Ring] = []
    for arc in topo["arcs"]:
        x = y = 0
        ring: Ring = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            ring.append((round(x * sx + tx, 2), round(y * sy + ty, 2)))
        arcs.append(ring)
    return arcs


def _ring(arcs: list[Ring], indexes: Sequence[int]) -> Ring:
    points: Ring = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def topojson_to_geojson(topo: dict[str, Any], name: str = "countries") -> dict[str, Any]:
    """Convert one object of a quantized TopoJSON topology to a GeoJSON FeatureCollection."""
    arcs = _decode_arcs(topo)
    features = []
    for geom in topo["objects"][name]["geometries"]:
        if geom["type"] == "Polygon":
            polys = [geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            polys = geom["arcs"]
        else:
            continue
        coords = [[_ring(arcs, ring) for ring in poly] for poly in polys]
        features.append({
            "type": "Feature", "id": geom.get("id"),
            "properties": {"name": (geom.get("properties") or {}).get("name")},
            "geometry": {"type": "MultiPolygon", "coordinates": coords},
        })
    return {"type": "FeatureCollection", "features": features}


@lru_cache(maxsize=1)
def load_world() -> dict[str, Any]:
    """Return the bundled world outline as GeoJSON (read once per process)."""
    data = resources.files("eventwire.web").joinpath("static/world-110m.geojson").read_text()
    world: dict[str, Any] = json.loads(data)
    return world


def _rings(world: dict[str, Any]) -> Iterator[Ring]:
    for feature in world["features"]:
        for poly in feature["geometry"]["coordinates"]:
            for ring in poly:
                yield [(p[0], p[1]) for p in ring]


def _ring_path(ring: Ring) -> str:
    parts: list[str] = []
    shift, prev = 0.0, ring[0][0]
    for lon, lat in ring:
        # Unwrap jumps across the antimeridian so a ring stays one continuous shape;
        # whatever then falls outside the canvas is clipped by the SVG viewBox.
        if lon - prev > 180:
            shift -= 360.0
        elif prev - lon > 180:
            shift += 360.0
        prev = lon
        x, y = project(lon + shift, lat)
        parts.append(f"{'L' if parts else 'M'}{x} {y}")
    return "".join(parts) + "Z"


@lru_cache(maxsize=1)
def world_path() -> str:
    """Return the SVG path data of every country outline, projected (computed once)."""
    return "".join(_ring_path(ring) for ring in _rings(load_world()))


def main(argv: list[str]) -> int:
    """``python -m eventwire.web.worldmap SRC.topojson DEST.geojson``"""
    src, dest = argv
    with open(src, encoding="utf-8") as fp:
        geo = topojson_to_geojson(json.load(fp))
    with open(dest, "w", encoding="utf-8") as fp:
        json.dump(geo, fp, separators=(",", ":"))
    print(f"wrote {len(geo['features'])} features to {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
