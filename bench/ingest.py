"""Ingest benchmarks: workers 2 vs 1, the store's overhead over extraction, peak memory.

    .venv/bin/python bench/ingest.py throughput [--articles 300] [--stages all]
    .venv/bin/python bench/ingest.py overhead   [--articles 300] [--stages all]
    .venv/bin/python bench/ingest.py memory     [--sizes 1000,10000] [--stages entities]

Articles are generated (``generate.py``: fictional people, real places). Goals on a
2-core machine: workers 2 >= 1.7x workers 1; the store adds <= 10% to extraction;
peak RSS for 10,000 articles <= 1.2x that for 1,000.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import write_articles  # noqa: E402

from eventwire.ingest import Article, read_articles  # noqa: E402
from eventwire.scale import IngestReport, ingest  # noqa: E402
from eventwire.scale.sinks import StoreSink  # noqa: E402
from eventwire.scale.work import extract_batch, pipeline_for  # noqa: E402
from eventwire.store import open_store  # noqa: E402


def _stages(value: str) -> list[str] | None:
    return None if value == "all" else value.split(",")


def _ingest_seconds(folder: Path, db: Path, stages: list[str] | None, workers: int
                    ) -> tuple[float, float]:
    """Total seconds, and the steady rate (docs/s after the first batch is written)."""
    store = open_store(f"sqlite:///{db}")
    first: list[tuple[float, int]] = []

    def note(report: IngestReport, _failures: object) -> None:
        if not first:
            first.append((time.perf_counter(), report.read))

    t0 = time.perf_counter()
    report = ingest([str(folder)], sink=StoreSink(store), stages=stages, workers=workers,
                    on_progress=note)
    end = time.perf_counter()
    store.close()
    assert report.failed == 0, report
    steady = (report.read - first[0][1]) / (end - first[0][0])
    return end - t0, steady


def throughput(args: argparse.Namespace, tmp: Path) -> None:
    folder = write_articles(tmp / "in", args.articles)
    stages = _stages(args.stages)
    rates, steady = {}, {}
    for workers in (1, 2):
        seconds, steady[workers] = _ingest_seconds(folder, tmp / f"w{workers}.db", stages,
                                                   workers)
        rates[workers] = args.articles / seconds
        print(f"--workers {workers}: {args.articles} articles in {seconds:6.1f} s "
              f"= {rates[workers]:6.1f} docs/s overall, {steady[workers]:6.1f} docs/s "
              "once models are loaded")
    print(f"speed-up workers 2 / workers 1: {rates[2] / rates[1]:.2f}x overall, "
          f"{steady[2] / steady[1]:.2f}x steady (goal >= 1.7x)")


def _extract_seconds(folder: Path, stages: list[str] | None) -> float:
    t0 = time.perf_counter()
    batch: list[Article] = []
    for item in read_articles([str(folder)]):
        assert isinstance(item, Article)
        batch.append(item)
        if len(batch) == 8:
            extract_batch(stages, batch)
            batch = []
    extract_batch(stages, batch)
    return time.perf_counter() - t0


class TimedSink(StoreSink):
    """A StoreSink that adds up the time spent writing."""

    seconds = 0.0

    def write(self, docs):  # type: ignore[no-untyped-def]
        t0 = time.perf_counter()
        try:
            return super().write(docs)
        finally:
            self.seconds += time.perf_counter() - t0


def overhead(args: argparse.Namespace, tmp: Path) -> None:
    folder = write_articles(tmp / "in", args.articles)
    stages = _stages(args.stages)
    pipeline_for(stages)  # load models once, outside every timing
    rounds = []
    for r in range(args.rounds):  # alternate, so both share the machine's ups and downs
        alone = _extract_seconds(folder, stages)
        store = open_store(f"sqlite:///{tmp / f'o{r}.db'}")
        sink = TimedSink(store)
        t0 = time.perf_counter()
        ingest([str(folder)], sink=sink, stages=stages, workers=1)
        stored = time.perf_counter() - t0
        store.close()
        rounds.append((alone, stored, sink.seconds))
        print(f"round {r + 1}: extraction alone {alone:6.1f} s, ingest into SQLite "
              f"{stored:6.1f} s, of which writing {sink.seconds:5.1f} s")
    alone, stored = min(a for a, _, _ in rounds), min(s for _, s, _ in rounds)
    share = min(w / (s - w) for _, s, w in rounds)
    print(f"store overhead, best rounds: {100 * (stored - alone) / alone:+.1f}% wall clock; "
          f"writing = {100 * share:.1f}% of the extraction time within a run (goal <= 10%)")


def _peak_rss_mb(folder: Path, db: Path, stages: str, workers: int) -> tuple[float, float]:
    cmd = [sys.executable, "-m", "eventwire", "ingest", str(folder), "--db", f"sqlite:///{db}",
           "--workers", str(workers)] + ([] if stages == "all" else ["--stages", stages])
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"ingest failed: {' '.join(cmd)}")
    return usage.ru_maxrss / 1024, time.perf_counter() - t0


def memory(args: argparse.Namespace, tmp: Path) -> None:
    sizes = [int(s) for s in args.sizes.split(",")]
    peaks = {}
    for n in sizes:
        folder = write_articles(tmp / f"in{n}", n)
        peaks[n], seconds = _peak_rss_mb(folder, tmp / f"m{n}.db", args.stages, args.workers)
        print(f"{n:>6} articles: peak RSS {peaks[n]:7.1f} MB ({seconds:.0f} s, "
              f"--workers {args.workers})")
    small, large = peaks[sizes[0]], peaks[sizes[-1]]
    print(f"ratio {sizes[-1]} / {sizes[0]}: {large / small:.2f}x (goal <= 1.2x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("throughput", "overhead", "memory"))
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--stages", default="all")
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ew-bench-") as tmp:
        {"throughput": throughput, "overhead": overhead, "memory": memory}[args.what](
            args, Path(tmp))


if __name__ == "__main__":
    main()
