"""The timeline: events (or fatalities) per week over the data's dense range, stacked by type.

One old mention ("in 1961", "since March 2015") must not stretch the axis: the
weeks are split where there is a gap of more than half a year, the heaviest run
(with any neighbour holding a twentieth of the events) is drawn, and the events
outside it are counted and linked, not plotted. The SVG is drawn on the server
(works without JavaScript); ``app.js`` adds a brush that filters by the dragged
range. Stacks are ACLED event types when the rows carry them, else PLOVER groups.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from markupsafe import Markup, escape

from eventwire.rows import EventRow
from eventwire.store.base import EventQuery
from eventwire.web import coding, selection
from eventwire.web.charts import event_week
from eventwire.web.pages import cached_page, render
from eventwire.web.params import PageEventFilters
from eventwire.web.selection import FacetFilters

router = APIRouter(include_in_schema=False)
#: Weeks without events that split the data into separate runs.
GAP_WEEKS = 26
#: A run next to the densest one is kept when it holds this share of the events.
NEIGHBOUR_SHARE = 0.05
Metric = Annotated[Literal["count", "fatalities"], Query()]


@dataclass(frozen=True, slots=True)
class Series:
    """Weekly values per stack label over the plotted range, and what was left out."""

    weeks: dict[date, Counter[str]]
    first: date | None
    last: date | None
    outside: int
    outside_first: date | None
    outside_last: date | None
    undated: int
    labels: tuple[str, ...]


def dense_range(weeks: dict[date, float]) -> tuple[date, date] | None:
    """First and last week of the densest run of weeks (gaps over GAP_WEEKS split runs)."""
    if not weeks:
        return None
    ordered = sorted(weeks)
    runs: list[list[date]] = [[ordered[0]]]
    for week in ordered[1:]:
        if (week - runs[-1][-1]).days > GAP_WEEKS * 7:
            runs.append([])
        runs[-1].append(week)
    mass = [sum(weeks[w] for w in run) for run in runs]
    total = sum(mass) or 1.0
    best = max(range(len(runs)), key=lambda i: (mass[i], i))
    lo = hi = best
    while lo > 0 and mass[lo - 1] >= NEIGHBOUR_SHARE * total:
        lo -= 1
    while hi + 1 < len(runs) and mass[hi + 1] >= NEIGHBOUR_SHARE * total:
        hi += 1
    return runs[lo][0], runs[hi][-1]


def stack_label(row: EventRow, acled: bool) -> str:
    return coding.acled_label(row) if acled else coding.plover_group(row)


def series(rows: Sequence[EventRow], metric: str = "count") -> Series:
    """Weekly sums per label over the dense range (fatalities: rows that tell them)."""
    acled = any(coding.acled_type(r) for r in rows)
    by_week: dict[date, Counter[str]] = defaultdict(Counter)
    mass: Counter[date] = Counter()
    undated = 0
    for r in rows:
        week = event_week(r)
        if week is None:
            undated += 1
            continue
        value = 1.0 if metric == "count" else (coding.fatalities(r) or 0.0)
        mass[week] += 1
        if value:
            by_week[week][stack_label(r, acled)] += value  # type: ignore[assignment]
    span = dense_range(dict(mass))
    labels = tuple([*coding.ACLED_TYPES, coding.NOT_CODED] if acled else coding.GROUP_COLOURS)
    if span is None:
        return Series({}, None, None, 0, None, None, undated, labels)
    first, last = span
    left_out = [w for w in mass if not first <= w <= last]
    kept = {w: c for w, c in by_week.items() if first <= w <= last}
    return Series(kept, first, last, sum(mass[w] for w in left_out),
                  min(left_out, default=None), max(left_out, default=None), undated, labels)


def _nice_step(peak: float) -> float:
    raw = peak / 4 if peak > 0 else 1
    power = 10.0 ** math.floor(math.log10(raw))
    return float(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def timeline_svg(data: Series, metric: str, width: float = 1000, height: float = 320) -> Markup:
    """Stacked weekly bars over ``data.first``..``data.last``, with axes and a brush target."""
    if data.first is None or data.last is None:
        return Markup('<p class="empty">No dated events to chart.</p>')
    n_weeks = (data.last - data.first).days // 7 + 1
    left, base, top, right = 48.0, height - 30, 10.0, width - 10
    bar = (right - left) / n_weeks
    peak = max((sum(c.values()) for c in data.weeks.values()), default=0) or 1
    scale = (base - top) / peak
    unit = "events" if metric == "count" else "deaths"
    parts = [f'<svg class="timeline" viewBox="0 0 {width:g} {height:g}" role="img" '
             f'xmlns="http://www.w3.org/2000/svg" aria-label="{escape(unit.capitalize())} per '
             f'week by type, {data.first} to {data.last}" data-first="{data.first}" '
             f'data-weeks="{n_weeks}" data-left="{left:g}" data-bar="{bar:.4f}" '
             f'data-width="{width:g}">']
    step = _nice_step(peak) if metric != "count" or peak > 4 else 1.0
    value = step
    while value <= peak:
        y = base - value * scale
        parts.append(f'<line class="grid" x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}"/>'
                     f'<text class="axis" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">'
                     f'{value:g}</text>')
        value += step
    parts.append(f'<line class="axis" x1="{left}" y1="{base}" x2="{right}" y2="{base}"/>')
    for week, counts in sorted(data.weeks.items()):
        x = left + (week - data.first).days // 7 * bar
        y = base
        for label in data.labels:
            n = counts.get(label, 0)
            if not n:
                continue
            h = n * scale
            y -= h
            width_ = max(bar - 0.5, 1)
            parts.append(f'<rect class="bar" x="{x:.2f}" y="{y:.2f}" width="{width_:.2f}" '
                         f'height="{h:.2f}" fill="{coding.colour_of(label)}" '
                         f'data-label="{escape(label)}"><title>'
                         f'{escape(f"week of {week}: {n:g} {unit}, {label}")}</title></rect>')
    parts += _axis_labels(data.first, n_weeks, bar, left, base, right)
    parts.append(f'<rect class="brush" x="0" y="{top}" width="0" height="{base - top}"/>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _axis_labels(first: date, n_weeks: int, bar: float, left: float, base: float,
                 right: float) -> list[str]:
    out: list[str] = []
    step = max(1, math.ceil(n_weeks / 8))
    for i in range(0, n_weeks, step):
        x = left + i * bar
        if x + 70 > right:
            break
        day = first + timedelta(weeks=i)
        out.append(f'<line class="axis" x1="{x:.1f}" y1="{base}" x2="{x:.1f}" y2="{base + 4}"/>'
                   f'<text class="axis" x="{x:.1f}" y="{base + 16:g}">{day.isoformat()}</text>')
    return out


def legend(data: Series) -> list[tuple[str, str, float]]:
    totals: Counter[str] = Counter()
    for counts in data.weeks.values():
        totals.update(counts)
    return [(label, coding.colour_of(label), totals[label]) for label in data.labels
            if totals[label]]


def country_multiples(rows: Iterable[EventRow], data: Series, top: int = 6,
                      width: float = 300, height: float = 60) -> list[tuple[str, int, Markup]]:
    """Small multiples: one sparkline of weekly counts per busiest country, same x axis."""
    if data.first is None or data.last is None:
        return []
    per: dict[str, Counter[date]] = defaultdict(Counter)
    for r in rows:
        week = event_week(r)
        if r.country and week is not None and data.first <= week <= data.last:
            per[r.country][week] += 1
    n_weeks = (data.last - data.first).days // 7 + 1
    busiest = sorted(per, key=lambda c: -sum(per[c].values()))[:top]
    peak = max((max(per[c].values()) for c in busiest), default=1)
    out = []
    for country in busiest:
        bar = width / n_weeks
        rects = "".join(
            f'<rect x="{(w - data.first).days // 7 * bar:.2f}" '
            f'y="{height - n / peak * height:.2f}" '
            f'width="{max(bar - 0.3, 0.8):.2f}" height="{n / peak * height:.2f}"/>'
            for w, n in per[country].items())
        svg = (f'<svg class="spark" viewBox="0 0 {width:g} {height:g}" role="img" '
               f'aria-label="{escape(country)}: events per week" '
               f'xmlns="http://www.w3.org/2000/svg">{rects}</svg>')
        out.append((country, sum(per[country].values()), Markup(svg)))
    return out


@router.get("/timeline")
def timeline_page(request: Request, query: PageEventFilters, facets: FacetFilters,
                  metric: Metric = "count") -> Response:
    return cached_page(request, lambda: _draw(request, query, facets, metric))


def _draw(request: Request, query: EventQuery, facets: selection.Facets,
          metric: str) -> Response:
    found = selection.matching(request, replace(query, offset=0), facets)
    data = series(found.rows, metric)
    base = request.url.remove_query_params(["metric", "offset", "limit"])
    before = after = None
    if data.first is not None and data.last is not None:
        events = request.url.replace(path="/events").remove_query_params(
            ["since", "until", "offset", "limit", "metric"])
        if data.outside_first is not None and data.outside_first < data.first:
            url = events.include_query_params(until=str(data.first - timedelta(days=1)))
            before = f"{url.path}?{url.query}"
        if data.outside_last is not None and data.outside_last > data.last:
            url = events.include_query_params(since=str(data.last + timedelta(days=7)))
            after = f"{url.path}?{url.query}"
    switch = {m: f"{base.path}?{base.include_query_params(metric=m).query}"
              for m in ("count", "fatalities")}
    return render(request, "timeline.html", query=query, facets=facets, metric=metric,
                  svg=timeline_svg(data, metric), series=data, legend_items=legend(data),
                  total=len(found.rows), capped=found.capped, switch=switch,
                  before=before, after=after, multiples=country_multiples(found.rows, data),
                  told=sum(1 for r in found.rows if coding.fatalities(r) is not None))
