"""Load test of the web app: the article page and the events API at a fixed request rate.

Builds (once) a SQLite database of N generated articles (default 10,000; each about
4,000 characters with ~100 annotations and 8 events), starts ``eventwire serve`` on a
loopback port, then sends an open-loop stream of requests (default 200 per second
for 20 seconds: half article pages, half ``/api/events`` pages with varied filters)
from an async httpx client, and prints the achieved rate and latency percentiles.

    .venv/bin/python bench/web_load.py [--db /tmp/eventwire-web-10k.db] [--articles 10000]
                                        [--rate 200] [--seconds 20]

Only loopback addresses are used; the run is bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import resource
import signal
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import httpx

from eventwire.model import (
    Actor,
    Document,
    Entity,
    Event,
    EventAttribution,
    Meta,
    Place,
    Quantity,
    Quote,
    SentenceSpan,
    Span,
    Time,
    content_id,
)
from eventwire.store.base import open_store

PLACES = [("Idlib", "SY", 35.93, 36.63), ("Aleppo", "SY", 36.2, 37.16),
          ("Azaz", "SY", 36.59, 37.05), ("Mosul", "IQ", 36.34, 43.13),
          ("Kirkuk", "IQ", 35.47, 44.39), ("Kabul", "AF", 34.53, 69.17),
          ("Kunduz", "AF", 36.73, 68.86), ("Mogadishu", "SO", 2.04, 45.34),
          ("Khartoum", "SD", 15.5, 32.56), ("El Fasher", "SD", 13.63, 25.35),
          ("Goma", "CD", -1.68, 29.22), ("Bamako", "ML", 12.64, -8.0),
          ("Tripoli", "LY", 32.89, 13.19), ("Lampedusa", "IT", 35.51, 12.6),
          ("Kharkiv", "UA", 49.99, 36.23), ("Odesa", "UA", 46.48, 30.72),
          ("Sanaa", "YE", 15.37, 44.19), ("Aden", "YE", 12.78, 45.04),
          ("Maiduguri", "NG", 11.85, 13.16), ("Cox's Bazar", "BD", 21.43, 92.01)]
PEOPLE = ["Amal Saleh", "Karim Haidari", "Nadia Osman", "Yusuf Bello", "Irina Koval",
          "Samir Aziz", "Leila Noor", "Tomas Vidal"]
TYPES = [("ASSAULT", None, "killed"), ("MOVE", "flee", "fled"), ("PROTEST", None, "marched"),
         ("COERCE", None, "detained"), ("MOVE", "cross_border", "crossed"),
         ("AID", None, "delivered"), ("THREATEN", None, "warned"), ("ASSAULT", None, "shelled")]
CERTAINTY = ["claimed", "confirmed", "asserted", "believed", "denied", "hypothetical"]


class _Doc:
    """Accumulates text and annotations paragraph by paragraph, offsets computed as it goes."""

    def __init__(self) -> None:
        self.text = ""
        self.layers: dict[str, list[object]] = {k: [] for k in (
            "entities", "places", "times", "quantities", "quotes", "events")}

    def add(self, piece: str) -> tuple[int, int]:
        start = len(self.text)
        self.text += piece
        return start, len(self.text)

    def nid(self, layer: str, prefix: str) -> str:
        return f"{prefix}{len(self.layers[layer]) + 1}"


def _paragraph(d: _Doc, rng: random.Random, day: int) -> None:
    etype, mode, trigger = rng.choice(TYPES)
    (pname, cc, lat, lon), (oname, occ, olat, olon) = rng.sample(PLACES, 2)
    who = rng.choice(PEOPLE)
    n = rng.randint(3, 400)
    date = f"2024-{1 + day // 28 % 12:02d}-{1 + day % 28:02d}"
    s, e = d.add(f"{n} people")
    qid = d.nid("quantities", "q")
    d.layers["quantities"].append(Quantity(qid, f"{n} people", s, e, n, n, n, "person",
                                           "people", None, False))
    ts, te = d.add(f" {trigger}")
    trig = Span(trigger, ts + 1, te)
    d.add(" from ")
    os_, oe = d.add(oname)
    oid = d.nid("places", "p")
    d.layers["places"].append(Place(oid, oname, os_, oe, oname, "city", occ, None, olat, olon,
                                    None, 0.9))
    d.add(" to ")
    ps, pe = d.add(pname)
    pid = d.nid("places", "p")
    d.layers["places"].append(Place(pid, pname, ps, pe, pname, "city", cc, None, lat, lon,
                                    None, 0.9))
    d.add(" on ")
    tts, tte = d.add(date)
    tid = d.nid("times", "t")
    d.layers["times"].append(Time(tid, date, tts, tte, date, date, "day"))
    d.add(", according to ")
    ws, we = d.add(who)
    eid = d.nid("entities", "e")
    d.layers["entities"].append(Entity(eid, who, "PERSON", ws, we, who, f"c{eid}"))
    d.add(", who spoke to reporters near the market and the clinic. ")
    qs, qe = d.add(f'"We saw {n} people leave {pname} before dawn and more are coming,"')
    uid = d.nid("quotes", "u")
    d.layers["quotes"].append(Quote(uid, d.text[qs:qe], qs, qe, who, eid, None, False, "said"))
    d.add(f" said {who}. Aid groups described the situation as difficult and asked for "
          "safe access, adding that shelters were full and prices had doubled.\n\n")
    vid = d.nid("events", "v")
    d.layers["events"].append(Event(
        vid, etype, mode, trig, SentenceSpan(s, qs), Actor(f"{n} people", None), None, pid,
        oid if etype == "MOVE" else None, pid if etype == "MOVE" else None, tid, qid,
        EventAttribution(who, "named", rng.choice(CERTAINTY), uid), 0.7))


def make_document(i: int) -> Document:
    """A generated article: 8 paragraphs, each with an event and its annotations."""
    rng = random.Random(i)
    d = _Doc()
    d.add(f"Report {i}. ")
    for _ in range(8):
        _paragraph(d, rng, day=(i // 20) + rng.randint(0, 6))
    d.text = d.text.rstrip()
    meta = Meta(path=f"gen/{i}.txt", title=f"Generated report {i}: displacement and attacks",
                source=f"Wire {i % 7}", published=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}")
    return Document(id=content_id(d.text), text=d.text, meta=meta,
                    **{k: tuple(v) for k, v in d.layers.items()})  # type: ignore[arg-type]


def ensure_database(path: Path, n: int) -> list[str]:
    """Build the database once (skipped when it already holds n documents); return ids."""
    store = open_store(f"sqlite:///{path}")
    have = store.stats()["documents"]
    if have < n:
        t0 = time.perf_counter()
        store.save(make_document(i) for i in range(n))
        print(f"built {path}: {n} articles in {time.perf_counter() - t0:.1f}s")
    stats = store.stats()
    store.close()
    print(f"database: {stats['documents']} documents, {stats['events']} events, "
          f"{stats['places']} places")
    return [make_document(i).id for i in range(0, n, max(1, n // 2000))]


SEARCH_TERMS = ["Idlib", "displacement", "shelters", "Kharkiv", "aid groups", "market",
                "report", "Aden prices", "Goma", "dawn"]
MAP_PATHS = ["/map/data.json", "/map/data.json?type=MOVE", "/map/data.json?country=SY",
             "/map/data.json?type=ASSAULT", "/map", "/timeline", "/events?country=SY"]


def request_paths(ids: list[str], rng: random.Random,
                  skip: frozenset[str] = frozenset(), search: bool = False
                  ) -> Iterator[tuple[str, str]]:
    """An endless mix: article pages and events API pages with varied filters.

    Yields (label, path); labels are ``article``, ``events:<filter>`` and (with
    ``search``) ``search:page`` / ``search:api``; filters named in ``skip`` are left out.
    """
    countries = sorted({p[1] for p in PLACES})
    while True:
        yield "article", f"/articles/{rng.choice(ids)}"
        if search:
            term = rng.choice(SEARCH_TERMS).replace(" ", "+")
            yield rng.choice([("search:page", f"/articles?q={term}"),
                              ("search:api", f"/api/search?q={term}")])
        label, params = rng.choice([(k, v) for k, v in [
            ("none", ""), ("country", f"?country={rng.choice(countries)}"),
            ("type", f"?type={rng.choice(TYPES)[0]}"),
            ("dates", f"?since=2024-0{rng.randint(1, 9)}-01&until=2024-0{rng.randint(1, 9)}-28"),
            ("offset", f"?offset={rng.randint(0, 2000)}"),
            ("certainty", f"?certainty={rng.choice(CERTAINTY)}")] if k not in skip])
        yield f"events:{label}", f"/api/events{params}"


class RawClient:
    """A lean HTTP/1.1 keep-alive client over asyncio streams (Content-Length bodies only).

    httpx costs several ms of CPU per request, which on a 2-core machine competes with
    the server being measured; this client costs a fraction of that.
    """

    def __init__(self, host: str, port: int, size: int) -> None:
        self.host, self.port = host, port
        self.pool: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = \
            asyncio.Queue()
        self.size = size

    async def open(self) -> None:
        for _ in range(self.size):
            self.pool.put_nowait(await asyncio.open_connection(self.host, self.port))

    async def _once(self, conn: tuple[asyncio.StreamReader, asyncio.StreamWriter],
                    path: str) -> int:
        reader, writer = conn
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        head = await reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        match = re.search(rb"(?i)content-length: *(\d+)", head)
        if match is None:
            raise ValueError("response without Content-Length")
        await reader.readexactly(int(match.group(1)))
        return status

    async def get(self, path: str) -> int:
        """GET path; a connection the server closed while idle is reopened once."""
        conn = await self.pool.get()
        status = 0
        for _attempt in range(2):
            try:
                status = await self._once(conn, path)
                break
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                    ValueError):
                conn[1].close()
                conn = await asyncio.open_connection(self.host, self.port)
        self.pool.put_nowait(conn)
        return status

    async def close(self) -> None:
        while not self.pool.empty():
            _, writer = self.pool.get_nowait()
            writer.close()


class HttpxClient:
    """The same interface over httpx.AsyncClient."""

    def __init__(self, base: str, size: int) -> None:
        limits = httpx.Limits(max_connections=size, max_keepalive_connections=size)
        self.client = httpx.AsyncClient(base_url=base, limits=limits, timeout=10)

    async def open(self) -> None:
        return None

    async def get(self, path: str) -> int:
        try:
            return (await self.client.get(path)).status_code
        except httpx.HTTPError:
            return 0

    async def close(self) -> None:
        await self.client.aclose()


async def run_load(port: int, ids: list[str], rate: float, seconds: float,
                   kind: str = "raw", skip: frozenset[str] = frozenset(),
                   map_rate: float = 0.0, search: bool = False) -> dict[str, list[float]]:
    """Open-loop load: request i is due at i/rate seconds, whatever earlier answers do.

    Latency runs from when a request was due, so a stalled server (or client) is
    charged for the wait (no coordinated omission). Map requests (``map_rate`` a
    second) run alongside and count in the ``map`` group only.
    """
    rng = random.Random(7)
    paths = request_paths(ids, rng, skip, search)
    results: dict[str, list[float]] = defaultdict(list)
    client: RawClient | HttpxClient = (RawClient("127.0.0.1", port, 64) if kind == "raw"
                                       else HttpxClient(f"http://127.0.0.1:{port}", 64))
    await client.open()

    async def one(what: str, path: str, due: float) -> None:
        await asyncio.sleep(max(0.0, due - time.perf_counter()))
        status = await client.get(path)
        latency = time.perf_counter() - due
        if status != 200:
            results["errors"].append(latency)
            return
        if what == "map":
            groups = ["map"]
        else:
            groups = [what, "all"] + [g for g in ("events", "search")
                                      if what.startswith(g + ":")]
        for group in groups:
            results[group].append(latency)

    start = time.perf_counter() + 0.5
    total = int(rate * seconds)
    maps = [one("map", MAP_PATHS[j % len(MAP_PATHS)], start + j / map_rate)
            for j in range(int(map_rate * seconds))] if map_rate > 0 else []
    await asyncio.gather(*(one(*next(paths), start + i / rate) for i in range(total)), *maps)
    results["wall"] = [time.perf_counter() - start]
    await client.close()
    return results


def pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=1000)[int(p * 10) - 1] * 1000 if len(values) > 1 \
        else (values[0] * 1000 if values else 0.0)


def cpu_seconds(group: int | None = None) -> float:
    """User+system CPU time of this process, or of every process in a process group."""
    if group is None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[-1].split()
        except OSError:
            continue
        if int(fields[2]) == group:  # pgrp
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def _line(name: str, lat: list[float]) -> str:
    return (f"{name:17s} n={len(lat):5d}  p50={pct(lat, 50):6.1f} ms  p95={pct(lat, 95):6.1f} ms"
            f"  p99={pct(lat, 99):6.1f} ms  max={max(lat) * 1000:6.1f} ms")


def report(results: dict[str, list[float]], rate: float, cpu: dict[str, float]) -> bool:
    done = len(results["all"])
    wall = results["wall"][0]
    print(f"cpu per request: server {cpu['server'] / max(done, 1) * 1000:.2f} ms, "
          f"client {cpu['client'] / max(done, 1) * 1000:.2f} ms; load average "
          f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(f"target {rate:.0f} req/s; {done} answered in {wall:.1f}s = {done / wall:.0f} req/s, "
          f"{len(results['errors'])} errors")
    gated = [n for n in ("article", "events", "search") if results.get(n)]
    for name in (*gated, "all", *(["map"] if results.get("map") else [])):
        print(_line(name, results[name]))
    for name in sorted(k for k in results if k.startswith(("events:", "search:"))):
        print("  " + _line(name, results[name]))
    ok = not results["errors"] and all(pct(results[n], 99) < 100 for n in gated)
    print("PASS: p99 < 100 ms at the target rate" if ok else "FAIL: p99 >= 100 ms or errors")
    return ok


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).with_name("eventwire")
    proc = subprocess.Popen([str(exe), "serve", "--db", f"sqlite:///{db}", "--port", str(port),
                             "--workers", str(workers)],
                            env={**os.environ, "EVENTWIRE_TOKEN": ""}, start_new_session=True)
    for _ in range(100):
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=1)
            return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, default=Path("/tmp/eventwire-web-10k.db"))
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--rate", type=float, default=200.0)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--workers", type=int, default=1, help="eventwire serve --workers")
    ap.add_argument("--client", choices=("raw", "httpx"), default="raw",
                    help="raw asyncio keep-alive client (light) or httpx.AsyncClient")
    ap.add_argument("--skip", default="", help="events filters to leave out of the mix, "
                    "comma-separated: none,country,type,dates,offset,certainty")
    ap.add_argument("--map-rate", type=float, default=4.0,
                    help="map page requests per second alongside the mix (0: none)")
    ap.add_argument("--search", action="store_true",
                    help="add search pages (/articles?q=, /api/search) to the mix")
    args = ap.parse_args()
    ids = ensure_database(args.db, args.articles)
    server = start_server(args.db, args.port, args.workers)
    try:
        skip = frozenset(f for f in args.skip.split(",") if f)
        if args.map_rate > 0:  # first draws (reading every matching event) are not the mix
            for path in MAP_PATHS:
                t0 = time.perf_counter()
                httpx.get(f"http://127.0.0.1:{args.port}{path}", timeout=120)
                print(f"first draw {path}: {time.perf_counter() - t0:.2f}s")
        asyncio.run(run_load(args.port, ids, args.rate, 2.0, args.client, skip,  # warm-up
                             args.map_rate, args.search))
        before = cpu_seconds(server.pid), cpu_seconds()
        results = asyncio.run(run_load(args.port, ids, args.rate, args.seconds, args.client,
                                       skip, args.map_rate, args.search))
        cpu = {"server": cpu_seconds(server.pid) - before[0], "client": cpu_seconds() - before[1]}
    finally:
        os.killpg(server.pid, signal.SIGINT)
        server.wait(timeout=20)
    return 0 if report(results, args.rate, cpu) else 1


if __name__ == "__main__":
    sys.exit(main())
