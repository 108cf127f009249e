"""Server-side SVG: a world map of events and incidents, and a weekly timeline by type.

No JavaScript and no tiles: an equirectangular map over the bundled world outline,
markers sized by count and coloured by event type, MOVE events drawn as
origin→destination arrows; a stacked bar chart of events per ISO week by type.
Every string that reaches the SVG is escaped.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlencode

from markupsafe import Markup, escape

from eventwire.rows import EventRow, Incident
from eventwire.web.worldmap import HEIGHT, WIDTH, project, world_path

TYPE_COLOURS: dict[str, str] = {
    "ASSAULT": "#d62728", "COERCE": "#8c2d04", "MOVE": "#1f77b4", "PROTEST": "#ff7f0e",
    "THREATEN": "#e377c2", "MOBILIZE": "#9467bd", "SANCTION": "#7f7f7f", "ACCUSE": "#bcbd22",
    "REJECT": "#8c564b", "REQUEST": "#17becf", "RETREAT": "#aec7e8", "AID": "#2ca02c",
    "COOPERATE": "#98df8a", "CONCEDE": "#c5b0d5", "SUPPORT": "#dbdb8d", "CONSULT": "#9edae5",
    "AGREE": "#006d2c",
}
OTHER_COLOUR = "#444444"


def colour(event_type: str) -> str:
    """The fill colour of an event type (types outside the palette share one grey)."""
    return TYPE_COLOURS.get(event_type, OTHER_COLOUR)


@dataclass(frozen=True, slots=True)
class Marker:
    lat: float
    lon: float
    type: str
    name: str
    country: str | None
    count: int
    document_id: str | None  # set when every event here comes from one document


@dataclass(frozen=True, slots=True)
class Flow:
    origin: tuple[float, float]
    destination: tuple[float, float]
    origin_name: str
    destination_name: str
    count: int


def group_markers(rows: Iterable[EventRow]) -> list[Marker]:
    """Events grouped by location (to ~1 km) and type, largest count first."""
    counts: Counter[tuple[float, float, str]] = Counter()
    names: dict[tuple[float, float, str], tuple[str, str | None]] = {}
    docs: dict[tuple[float, float, str], set[str]] = defaultdict(set)
    for r in rows:
        if r.lat is None or r.lon is None:
            continue
        key = (round(r.lat, 2), round(r.lon, 2), r.type)
        counts[key] += 1
        names.setdefault(key, (r.place_name or "", r.country))
        docs[key].add(r.document_id)
    return [Marker(k[0], k[1], k[2], names[k][0], names[k][1], n,
                   next(iter(docs[k])) if len(docs[k]) == 1 else None)
            for k, n in counts.most_common()]


def group_flows(rows: Iterable[EventRow]) -> list[Flow]:
    """MOVE events with a resolved origin and destination, grouped by their endpoints."""
    counts: Counter[tuple[float, float, float, float]] = Counter()
    names: dict[tuple[float, float, float, float], tuple[str, str]] = {}
    for r in rows:
        if r.type != "MOVE" or None in (r.origin_lat, r.origin_lon, r.destination_lat,
                                        r.destination_lon):
            continue
        key = (round(r.origin_lat, 2), round(r.origin_lon, 2),  # type: ignore[arg-type]
               round(r.destination_lat, 2), round(r.destination_lon, 2))  # type: ignore[arg-type]
        if key[:2] == key[2:]:
            continue
        counts[key] += 1
        names.setdefault(key, (r.origin_name or "", r.destination_name or ""))
    return [Flow((k[0], k[1]), (k[2], k[3]), names[k][0], names[k][1], n)
            for k, n in counts.most_common()]


def marker_radius(count: int) -> float:
    """Area grows with the count: 1 → 5px, 4 → 7px, 100 → 23px (capped at 30)."""
    return round(min(30.0, 3.0 + 2.0 * math.sqrt(max(count, 1))), 1)


@dataclass(frozen=True, slots=True)
class View:
    """The visible part of the map canvas; ``k`` scales marker sizes to stay constant."""

    x: float = 0.0
    y: float = 0.0
    w: float = WIDTH
    h: float = HEIGHT

    @property
    def k(self) -> float:
        return self.w / WIDTH

    def box(self) -> str:
        return f"{self.x:.1f} {self.y:.1f} {self.w:.1f} {self.h:.1f}"


def fit_view(points: Sequence[tuple[float, float]], min_width: float = 160.0) -> View:
    """The smallest 2:1 view (at least ``min_width`` wide) around the projected points."""
    if not points:
        return View()
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    w = max(min_width, (max(xs) - min(xs)) * 1.3, (max(ys) - min(ys)) * 1.3 * 2)
    w = min(w, WIDTH)
    h = w / 2
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    x = min(max(cx - w / 2, 0.0), WIDTH - w)
    y = min(max(cy - h / 2, 0.0), HEIGHT - h)
    return View(x, y, w, h)


def _marker_svg(m: Marker, k: float = 1.0, nth: int = 0) -> str:
    x, y = project(m.lon, m.lat)
    if nth:  # other types at the same place sit around the first one, not under it
        angle = nth * 2.4
        x, y = round(x + math.cos(angle) * 6 * k, 2), round(y + math.sin(angle) * 6 * k, 2)
    label = f"{m.name or 'unnamed place'}{f' ({m.country})' if m.country else ''}: " \
            f"{m.count} {m.type} event{'s' if m.count != 1 else ''}"
    href = f"/articles/{m.document_id}" if m.document_id else \
        "/events?" + urlencode({k: v for k, v in (("type", m.type), ("country", m.country)) if v})
    return (f'<a href="{escape(href)}" class="marker-link"><circle class="marker" cx="{x}" '
            f'cy="{y}" r="{marker_radius(m.count) * k * 1.4:.2f}" fill="{colour(m.type)}" '
            f'data-type="{escape(m.type)}" data-count="{m.count}"><title>{escape(label)}</title>'
            f'</circle></a>')


def _markers_svg(markers: Sequence[Marker], k: float) -> list[str]:
    seen: Counter[tuple[float, float]] = Counter()
    out = []
    for m in markers:
        out.append(_marker_svg(m, k, seen[(m.lat, m.lon)]))
        seen[(m.lat, m.lon)] += 1
    return out


def _flow_svg(f: Flow, k: float = 1.0) -> str:
    x1, y1 = project(f.origin[1], f.origin[0])
    x2, y2 = project(f.destination[1], f.destination[0])
    # A gentle curve so opposite flows between two places stay apart.
    mx, my = (x1 + x2) / 2 - (y2 - y1) * 0.2, (y1 + y2) / 2 + (x2 - x1) * 0.2
    width = round(min(6.0, 1.2 + math.log2(f.count + 1)) * k, 2)
    label = f"{f.origin_name} → {f.destination_name}: {f.count} MOVE event" \
            f"{'s' if f.count != 1 else ''}"
    return (f'<path class="flow" d="M{x1} {y1} Q{mx:.1f} {my:.1f} {x2} {y2}" '
            f'stroke-width="{width}" marker-end="url(#arrow)" data-count="{f.count}">'
            f'<title>{escape(label)}</title></path>')


def _incident_svg(i: Incident, k: float = 1.0) -> str:
    if i.lat is None or i.lon is None:
        return ""
    x, y = project(i.lon, i.lat)
    label = (f"Incident {i.type} ({i.country or '?'}) {i.earliest or '?'} – {i.latest or '?'}: "
             f"{i.num_documents} documents, {i.num_sources} sources")
    radius = (marker_radius(i.num_documents) + 3) * k
    return (f'<circle class="incident" cx="{x}" cy="{y}" r="{radius:.2f}" '
            f'stroke="{colour(i.type)}" stroke-width="{1.5 * k:.2f}">'
            f'<title>{escape(label)}</title></circle>')


def _view_points(markers: Sequence[Marker], flows: Sequence[Flow],
                 incidents: Sequence[Incident]) -> list[tuple[float, float]]:
    points = [project(m.lon, m.lat) for m in markers]
    for f in flows:
        points += [project(f.origin[1], f.origin[0]), project(f.destination[1], f.destination[0])]
    points += [project(i.lon, i.lat) for i in incidents if i.lat is not None and i.lon is not None]
    return points


def map_svg(rows: Sequence[EventRow], incidents: Sequence[Incident] = (), *,
            fit: bool = True) -> Markup:
    """An SVG world map: country outlines, incident rings, event markers, MOVE arrows.

    With ``fit`` the view zooms to the data (never closer than ~60 degrees across).
    """
    markers = group_markers(rows)
    flows = group_flows(rows)
    view = fit_view(_view_points(markers, flows, incidents)) if fit else View()
    k = view.k
    parts = [
        f'<svg class="worldmap" viewBox="{view.box()}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="Map of {len(rows)} events">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" '
        'markerHeight="5" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" '
        f'fill="{colour("MOVE")}"/></marker></defs>',
        f'<rect class="sea" width="{WIDTH:g}" height="{HEIGHT:g}"/>',
        f'<path class="land" d="{world_path()}"/>',
        '<g class="layer-incidents">', *(_incident_svg(i, k) for i in incidents), '</g>',
        '<g class="layer-markers">', *_markers_svg(markers, k), '</g>',
        '<g class="layer-flows">', *(_flow_svg(f, k) for f in flows), '</g>',
        '</svg>',
    ]
    return Markup("".join(parts))


def event_week(row: EventRow) -> date | None:
    """The Monday of the ISO week the event happened in (publication date as fallback)."""
    value = row.earliest or row.published
    if not value or len(value) < 10:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return day - timedelta(days=day.weekday())


def weekly_counts(rows: Iterable[EventRow]) -> dict[date, Counter[str]]:
    """Events per ISO week (keyed by its Monday) and type."""
    weeks: dict[date, Counter[str]] = defaultdict(Counter)
    for r in rows:
        week = event_week(r)
        if week is not None:
            weeks[week][r.type] += 1
    return dict(weeks)


def _axis_labels(first: date, n_weeks: int, bar: float, left: float, base: float,
                 right: float) -> list[str]:
    """Dates under the x axis: about ten, on week starts, none running past the right edge."""
    out, last_month = [], None
    step = max(1, math.ceil(n_weeks / 10))
    for i in range(0, n_weeks, step):
        day = first + timedelta(weeks=i)
        month = (day.year, day.month)
        x = left + i * bar
        if month != last_month and x + 70 <= right:
            out.append(f'<line class="axis" x1="{x:.1f}" y1="{base}" x2="{x:.1f}" '
                       f'y2="{base + 4}"/><text class="axis" x="{x:.1f}" y="{base + 16:g}">'
                       f'{day.isoformat()}</text>')
            last_month = month
    return out


def _y_ticks(peak: int, scale: float, left: float, base: float, width: float) -> list[str]:
    step = max(1, math.ceil(peak / 4))
    out = []
    for value in range(step, peak + 1, step):
        y = base - value * scale
        out.append(f'<line class="grid" x1="{left}" y1="{y:.1f}" x2="{width - 10}" y2="{y:.1f}"/>'
                   f'<text class="axis" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">'
                   f'{value}</text>')
    return out


def timeline_svg(rows: Iterable[EventRow], width: float = 1000, height: float = 320) -> Markup:
    """A stacked bar chart of events per week, one colour per type, with a legend."""
    weeks = weekly_counts(rows)
    if not weeks:
        return Markup('<p class="empty">No dated events to chart.</p>')
    first, last = min(weeks), max(weeks)
    n_weeks = (last - first).days // 7 + 1
    left, base, top = 40.0, height - 30, 10.0
    bar = min(40.0, (width - left - 10) / n_weeks)
    peak = max(sum(c.values()) for c in weeks.values())
    scale = (base - top) / peak
    parts = [f'<svg class="timeline" viewBox="0 0 {width:g} {height:g}" role="img" '
             f'xmlns="http://www.w3.org/2000/svg" aria-label="Events per week by type">',
             *_y_ticks(peak, scale, left, base, width),
             f'<line class="axis" x1="{left}" y1="{base}" x2="{width - 10}" y2="{base}"/>']
    for week, counts in sorted(weeks.items()):
        x = left + (week - first).days // 7 * bar
        y = base
        for etype, n in sorted(counts.items()):
            h = n * scale
            y -= h
            bar_w = max(bar - 1, 2.5)
            parts.append(f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
                         f'height="{h:.1f}" fill="{colour(etype)}" data-type="{escape(etype)}">'
                         f'<title>{escape(f"week of {week}: {n} {etype}")}</title></rect>')
    parts += _axis_labels(first, n_weeks, bar, left, base, width - 10)
    parts.append("</svg>")
    return Markup("".join(parts))


def legend_types(rows: Iterable[EventRow]) -> list[tuple[str, str, int]]:
    """(type, colour, count) for every type present, most frequent first."""
    counts = Counter(r.type for r in rows)
    return [(t, colour(t), n) for t, n in counts.most_common()]
