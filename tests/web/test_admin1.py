"""First-level administrative areas on the map: the bundled lines, their build, the labels."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.store.base import Store
from eventwire.web import admin1
from eventwire.web.app import WEB_DIR, create_app


def _shapefile(lines: list[list[list[tuple[float, float]]]]) -> bytes:
    """A minimal .shp of PolyLine records (one record per list of parts)."""
    records = b""
    for number, parts in enumerate(lines, 1):
        points = [p for part in parts for p in part]
        starts, at = [], 0
        for part in parts:
            starts.append(at)
            at += len(part)
        body = struct.pack("<i4dii", 3, 0, 0, 0, 0, len(parts), len(points))
        body += struct.pack(f"<{len(starts)}i", *starts)
        body += struct.pack(f"<{2 * len(points)}d", *[c for p in points for c in p])
        records += struct.pack(">ii", number, len(body) // 2) + body
    header = struct.pack(">i", 9994) + bytes(20) + struct.pack(">i", (100 + len(records)) // 2)
    header += struct.pack("<ii", 1000, 3) + bytes(64)
    return header + records


def test_read_polylines_returns_every_part_as_lon_lat() -> None:
    shp = _shapefile([[[(36.0, 35.0), (36.5, 35.5)], [(37.0, 36.0), (37.1, 36.2), (37.3, 36.1)]],
                      [[(40.0, 33.0), (40.2, 33.4)]]])
    parts = admin1.read_polylines(shp)
    assert parts == [[(36.0, 35.0), (36.5, 35.5)], [(37.0, 36.0), (37.1, 36.2), (37.3, 36.1)],
                     [(40.0, 33.0), (40.2, 33.4)]]
    with pytest.raises(ValueError, match="not a shapefile"):
        admin1.read_polylines(b"GIF89a" + bytes(200))


def test_simplify_keeps_the_ends_and_the_corners_only() -> None:
    straight = [(float(x), 0.001 * (x % 2)) for x in range(10)]
    assert admin1.simplify(straight, 0.05) == [(0.0, 0.0), (9.0, 0.001)]
    corner = [(0.0, 0.0), (1.0, 0.0), (2.0, 0.0), (2.0, 1.0), (2.0, 2.0)]
    assert admin1.simplify(corner, 0.05) == [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0)]


def test_chain_joins_segments_end_to_end_but_not_across_a_junction() -> None:
    a, b, c = [(0.0, 0.0), (1.0, 0.0)], [(2.0, 0.0), (1.0, 0.0)], [(2.0, 0.0), (3.0, 1.0)]
    assert admin1.chain([a, b, c]) == [[(0.0, 0.0), (1.0, 0.0), (2.0, 0.0), (3.0, 1.0)]]
    d = [(1.0, 0.0), (1.0, 5.0)]  # three lines meet at (1, 0): kept apart there
    assert len(admin1.chain([a, b, d])) == 3


def test_build_lines_writes_flat_rounded_lat_lon(tmp_path: Path) -> None:
    shp = tmp_path / "lines.shp"
    shp.write_bytes(_shapefile([[[(36.123, 35.456), (36.5, 35.67), (36.9, 35.9)]]]))
    data = admin1.build_lines(shp)
    assert data["lines"] == [[35.46, 36.12, 35.9, 36.9]]
    assert admin1.main([str(shp), str(tmp_path / "out.json")]) == 0
    assert json.loads((tmp_path / "out.json").read_text())["lines"] == data["lines"]


def test_label_points_sit_at_the_median_of_enough_towns() -> None:
    rows = [{"lat": str(35.0 + i / 10), "lon": "36.6", "admin1": "Idlib", "cc": "SY"}
            for i in range(5)]
    rows += [{"lat": "34.0", "lon": "36.0", "admin1": "Stray", "cc": "SY"},
             {"lat": "1.0", "lon": "2.0", "admin1": "", "cc": "SY"}]
    assert admin1.label_points(rows) == [[35.2, 36.6, "Idlib", "SY"]]


def test_the_bundle_and_its_licence_ship_and_the_labels_are_served(demo_store: Store) -> None:
    static = WEB_DIR / "static"
    lines = json.loads((static / "admin1-lines.json").read_text())["lines"]
    assert len(lines) > 5000 and all(len(line) % 2 == 0 for line in lines[:100])
    assert "public domain" in (static / "admin1-lines.LICENSE.txt").read_text()
    client = TestClient(create_app(demo_store))
    resp = client.get("/map/admin1.json")
    assert resp.status_code == 200 and "max-age" in resp.headers["cache-control"]
    labels = resp.json()["labels"]
    assert [35.87, 36.62, "Idlib", "SY"] in labels or any(
        name == "Idlib" and country == "SY" for _, _, name, country in labels)
    page = client.get("/map").text
    assert 'data-admin1-lines="/static/admin1-lines.json"' in page
    assert client.get("/static/admin1-lines.json").status_code == 200
