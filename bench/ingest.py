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
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import write_articles  # noqa: E402

from eventwire.model import Document  # noqa: E402
from eventwire.scale import IngestReport, ingest  # noqa: E402
from eventwire.scale.sinks import StoreSink  # noqa: E402
from eventwire.scale.work import Failure, pipeline_for  # noqa: E402
from eventwire.store import SaveResult, open_store  # noqa: E402


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


class NullSink:
    """Extraction alone: the same reading, batching and workers, nothing written."""

    def seen(self, doc_ids: list[str]) -> set[str]:
        return set()

    def write(self, docs: Sequence[Document]) -> tuple[SaveResult, list[Failure]]:
        return SaveResult(len(docs), 0), []

    def add_written(self, doc_ids: Sequence[str]) -> None:
        """Nothing to note."""

    def error(self, path: str, reason: str) -> None:
        """Nothing to record."""

    def close(self) -> None:
        """Nothing buffered."""


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _timed_ingest(folder: Path, sink: object, stages: list[str] | None,
                  workers: int) -> tuple[float, float]:
    """Wall-clock seconds, and this process's CPU seconds (all of it when workers=1)."""
    t0, c0 = time.perf_counter(), _cpu()
    ingest([str(folder)], sink=sink, stages=stages, workers=workers)  # type: ignore[arg-type]
    return time.perf_counter() - t0, _cpu() - c0


def overhead(args: argparse.Namespace, tmp: Path) -> None:
    folder = write_articles(tmp / "in", args.articles)
    stages = _stages(args.stages)
    pipeline_for(stages)  # load models once, outside every timing
    for workers in (1, 2):
        alone, stored = [], []
        for r in range(args.rounds):  # alternate, so both share the machine's ups and downs
            alone.append(_timed_ingest(folder, NullSink(), stages, workers))
            store = open_store(f"sqlite:///{tmp / f'o{workers}-{r}.db'}")
            stored.append(_timed_ingest(folder, StoreSink(store), stages, workers))
            store.close()
        wall_a, wall_s = min(w for w, _ in alone), min(w for w, _ in stored)
        line = (f"--workers {workers}: extraction alone {wall_a:6.1f} s, ingest into SQLite "
                f"{wall_s:6.1f} s (best of {args.rounds}): wall-clock overhead "
                f"{100 * (wall_s - wall_a) / wall_a:+.1f}%")
        if workers == 1:
            cpu_a, cpu_s = min(c for _, c in alone), min(c for _, c in stored)
            line += (f"; CPU time {cpu_a:.1f} s vs {cpu_s:.1f} s: "
                     f"{100 * (cpu_s - cpu_a) / cpu_a:+.1f}%")
        print(line + " (goal <= 10%)")


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
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ew-bench-") as tmp:
        {"throughput": throughput, "overhead": overhead, "memory": memory}[args.what](
            args, Path(tmp))


if __name__ == "__main__":
    main()
