"""Server-side SVG: the world outline, map markers and arrows, the weekly timeline."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from eventwire.rows import EventRow, event_rows
from eventwire.web import charts
from eventwire.web.worldmap import load_world, project, topojson_to_geojson, world_path
from tests.web.sample_docs import idlib, lampedusa, nairobi


def rows() -> list[EventRow]:
    return [r for d in (idlib(), nairobi(), lampedusa()) for r in event_rows(d)]


def test_worldmap_projection_corners() -> None:
    assert project(-180, 90) == (0.0, 0.0)
    assert project(180, -90) == (1000.0, 500.0)
    assert project(0, 0) == (500.0, 250.0)


def test_worldmap_bundled_outline_is_whole_and_never_crosses_the_map() -> None:
    world = load_world()
    names = {f["properties"]["name"] for f in world["features"]}
    assert len(names) > 170 and {"Syria", "Kenya", "Russia", "Fiji"} <= names
    path = world_path()
    # Russia and Fiji straddle the antimeridian: no segment may jump across the canvas.
    for sub in path.split("M")[1:]:
        xs = [float(x) for x, _ in re.findall(r"(-?[\d.]+) (-?[\d.]+)", sub)]
        assert max(abs(a - b) for a, b in zip(xs, xs[1:], strict=False)) < 500 if len(xs) > 1 \
            else True


def test_worldmap_topojson_decoding() -> None:
    topo = {"type": "Topology", "transform": {"scale": [1, 1], "translate": [0, 0]},
            "arcs": [[[0, 0], [2, 0], [0, 2]], [[2, 2], [-2, 0], [0, -2]]],
            "objects": {"countries": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "id": "1", "properties": {"name": "Sq"}},
                {"type": "Polygon", "arcs": [[~1, ~0]], "id": "2", "properties": {"name": "Rev"}},
            ]}}}
    geo = topojson_to_geojson(topo)
    assert geo["features"][0]["geometry"]["coordinates"] == [[[(0, 0), (2, 0), (2, 2), (0, 2),
                                                               (0, 0)]]]
    assert geo["features"][1]["geometry"]["coordinates"] == [[[(0, 0), (0, 2), (2, 2), (2, 0),
                                                               (0, 0)]]]


def test_charts_markers_group_by_place_and_type() -> None:
    markers = charts.group_markers(rows() + rows())
    assert len(markers) == 5
    nairobi_types = {m.type for m in markers if m.name == "Nairobi"}
    assert nairobi_types == {"PROTEST", "COERCE"}
    assert all(m.count == 2 for m in markers)
    assert all(m.document_id for m in markers)  # each place's events come from one article


def test_charts_marker_radius_grows_with_count() -> None:
    radii = [charts.marker_radius(n) for n in (1, 4, 100, 10_000)]
    assert radii == sorted(radii) and radii[0] >= 4 and radii[-1] == 30


def test_charts_flows_need_both_ends() -> None:
    base = rows()
    flows = charts.group_flows(base)
    assert {(f.origin_name, f.destination_name) for f in flows} == {("Idlib", "Azaz"),
                                                                    ("Libya", "Lampedusa")}
    no_origin = [dataclasses.replace(r, origin_lat=None) for r in base]
    assert charts.group_flows(no_origin) == []


def test_charts_map_svg_zooms_to_the_data_and_escapes_names() -> None:
    hostile = dataclasses.replace(rows()[0], place_name="<script>x</script>")
    svg = str(charts.map_svg([hostile]))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    box = [float(v) for v in re.search(r'viewBox="([^"]+)"', svg).group(1).split()]
    assert box[2] < 1000 and abs(box[2] / box[3] - 2) < 1e-6
    x, y = project(hostile.lon, hostile.lat)
    assert box[0] <= x <= box[0] + box[2] and box[1] <= y <= box[1] + box[3]
    assert 'viewBox="0.0 0.0 1000.0 500.0"' in str(charts.map_svg([]))


def test_charts_markers_at_one_place_do_not_hide_each_other() -> None:
    svg = str(charts.map_svg([r for r in rows() if r.place_name == "Nairobi"]))
    centres = re.findall(r'class="marker" cx="([^"]+)" cy="([^"]+)"', svg)
    assert len(centres) == 2 and centres[0] != centres[1]


def test_charts_weeks_use_event_time_then_publication() -> None:
    r = event_rows(nairobi())[0]
    assert charts.event_week(r) == date(2024, 3, 11)  # Nairobi protest on Tue 12 March
    undated = dataclasses.replace(r, earliest=None, published="2024-03-17")
    assert charts.event_week(undated) == date(2024, 3, 11)
    assert charts.event_week(dataclasses.replace(r, earliest="garbage", published=None)) is None


def test_charts_timeline_stacks_types_per_week() -> None:
    svg = str(charts.timeline_svg(rows()))
    bars = re.findall(r'<rect class="bar"[^>]*data-type="([A-Z]+)"', svg)
    assert sorted(bars) == ["ASSAULT", "COERCE", "MOVE", "MOVE", "PROTEST"]
    assert "week of 2024-03-11: 1 PROTEST" in svg
    assert "No dated events" in str(charts.timeline_svg([]))


def test_charts_legend_counts_types() -> None:
    legend = charts.legend_types(rows())
    assert legend[0] == ("MOVE", charts.colour("MOVE"), 2)
    assert charts.colour("UNKNOWN") == charts.OTHER_COLOUR
