"""Benchmark: group 100,000 generated events into incidents and print the time.

    .venv/bin/python bench/incidents.py [N]

Events are generated as reports of N/4 happenings (1-8 reports each, scattered
up to 20 km and a day apart, a fifth placed only by region or country) over
two years and 60 countries; the grouping must finish in under a minute.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta

from eventwire.incidents import group_incidents
from eventwire.rows import EventRow

TYPES = ("ASSAULT", "COERCE", "MOVE", "PROTEST", "ACCUSE", "AGREE")


def generate(n: int, seed: int = 7) -> list[EventRow]:
    """``n`` event rows telling about n/4 happenings, several reports each."""
    rng = random.Random(seed)
    rows: list[EventRow] = []
    start = date(2023, 1, 1)
    happening = 0
    while len(rows) < n:
        happening += 1
        country = f"C{rng.randrange(60)}"
        lat, lon = rng.uniform(-40, 60), rng.uniform(-100, 140)
        day = start + timedelta(days=rng.randrange(730))
        etype, best = rng.choice(TYPES), rng.randrange(1, 200)
        for _ in range(min(rng.randint(1, 8), n - len(rows))):
            coarse = rng.random() < 0.2
            d = day + timedelta(days=rng.choice((0, 0, 1)))
            rows.append(_row(len(rows), happening, etype, country, coarse,
                             lat + rng.gauss(0, 0.05), lon + rng.gauss(0, 0.05), d,
                             best * rng.uniform(0.8, 1.2)))
    return rows


def _row(i: int, happening: int, etype: str, country: str, coarse: bool, lat: float,
         lon: float, day: date, best: float) -> EventRow:
    iso = day.isoformat()
    return EventRow(
        document_id=f"sha256:{i:08d}", event_id="v1", type=etype, mode=None, trigger="x",
        actor=None, target=None, place_name=None if coarse else f"town{happening}",
        country=country, admin1=f"{country}-A{happening % 7}",
        lat=None if coarse else lat, lon=None if coarse else lon, origin_name=None,
        origin_lat=None, origin_lon=None, destination_name=None, destination_lat=None,
        destination_lon=None, earliest=iso, latest=iso, low=best, best=best, high=best,
        certainty="asserted", source=f"outlet{i % 40}", source_kind="reporter", quote=None,
        sentence="", confidence=0.8, url=None, published=iso, title=None,
        place_kind="admin1" if coarse else "city",
    )


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rows = generate(n)
    t0 = time.perf_counter()
    incidents = group_incidents(rows)
    secs = time.perf_counter() - t0
    multi = sum(1 for i in incidents if i.num_documents > 1)
    print(f"grouped {len(rows):,} events into {len(incidents):,} incidents "
          f"({multi:,} told by several documents) in {secs:.1f} s")


if __name__ == "__main__":
    main()
