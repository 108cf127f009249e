"""Query latency on a 100,000-event SQLite database (events by country and dates; full text).

    .venv/bin/python bench/query.py [--db /tmp/ew-bench/query.db] [--events 100000]

Builds the database once from generated documents (5 events each, saved through
the Store, one transaction per document), then times each query kind many times
and prints the median and 90th percentile. Goal: median under 50 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import PLACES, synthetic_document  # noqa: E402

from eventwire.store import DocumentQuery, EventQuery, Store, open_store  # noqa: E402

EVENTS_PER_DOC = 5
WORDS = ("detained", "shelled", "Kassala", "aid agencies", "families", "border guards",
         "sheltering schools", "Goma", "protesters", "dawn", "verified", "Marib")


def build(store: Store, events: int) -> None:
    have = store.stats()["events"]
    docs = events // EVENTS_PER_DOC
    start = have // EVENTS_PER_DOC
    if start >= docs:
        return
    t0 = time.perf_counter()
    for i in range(start, docs):
        store.save([synthetic_document(i, EVENTS_PER_DOC)])
    print(f"built {docs - start:,} documents in {time.perf_counter() - t0:.1f} s")


def timed(label: str, runs: int, call: Callable[[int], object]) -> float:
    samples = []
    for k in range(runs):
        t0 = time.perf_counter()
        call(k)
        samples.append((time.perf_counter() - t0) * 1000)
    median = statistics.median(samples)
    p90 = statistics.quantiles(samples, n=10)[-1]
    print(f"{label:<48} median {median:6.1f} ms   p90 {p90:6.1f} ms   ({runs} runs)")
    return median


def event_query(k: int) -> EventQuery:
    rng = random.Random(k)
    country = rng.choice(PLACES)[1]
    year = rng.randint(2015, 2024)
    month = rng.randint(1, 10)
    return EventQuery(country=country, since=f"{year}-{month:02d}-01",
                      until=f"{year}-{month + 2:02d}-28", limit=50)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default="/tmp/ew-bench/query.db")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()
    Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    store = open_store(f"sqlite:///{args.db}")
    build(store, args.events)
    stats = store.stats()
    print(f"database: {stats['documents']:,} documents, {stats['events']:,} events")
    results = {
        "events by country + date range (page of 50)": timed(
            "events by country + date range (page of 50)", args.runs,
            lambda k: store.events(event_query(k))),
        "full-text search (top 20 with snippets)": timed(
            "full-text search (top 20 with snippets)", args.runs,
            lambda k: store.search(WORDS[k % len(WORDS)], limit=20)),
        "documents matching text (page of 50)": timed(
            "documents matching text (page of 50)", args.runs,
            lambda k: store.documents(DocumentQuery(q=WORDS[k % len(WORDS)], limit=50))),
    }
    store.close()
    slow = [k for k, v in results.items() if v >= 50]
    print("goal (median < 50 ms):", "met" if not slow else f"missed for {', '.join(slow)}")


if __name__ == "__main__":
    main()
