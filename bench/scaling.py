"""How extraction cost grows with the input: time and peak memory at 10K, 100K and 1M characters.

Each (shape, size) runs in a fresh process (peak memory is the child's maximum RSS). Shapes:
prose (the bundled samples repeated), a run-on sentence (clauses joined by commas, no full
stop), quote-heavy text, date-heavy text and mixed scripts. Prints one line per case and
the ratio 1M / 100K per shape (linear is 10; the target is 12 or less).

    .venv/bin/python bench/scaling.py [--sizes 10000,100000,1000000] [--shapes prose,run-on]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from importlib import resources

SHAPES = ("prose", "run-on", "quotes", "dates", "mixed")


def sample_prose() -> str:
    folder = resources.files("eventwire") / "samples"
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(
        folder.iterdir(), key=lambda p: p.name) if p.name.endswith(".txt"))


def make_text(shape: str, size: int) -> str:
    """A text of about ``size`` characters of one shape."""
    prose = sample_prose()
    if shape == "prose":
        unit = prose + "\n\n"
    elif shape == "run-on":
        unit = ("gunmen attacked the village of Fambita near Gao on Sunday, killing four "
                "herders and wounding six, residents said, ")
    elif shape == "quotes":
        unit = ('"We fled at night," said Amina Diallo, 34. "They burned the market," '
                'she added. "Nobody came," he said. ')
    elif shape == "dates":
        unit = ("On 3 March 2023, on Monday, last week, in early April and on 12/04/2023 "
                "fighters clashed near Goma. ")
    else:
        unit = ("Militants attacked Kidal on Sunday. Боевики атаковали город. 武装分子袭击了"
                "城镇。 هاجم مسلحون البلدة. ")
    text = unit * (size // len(unit) + 1)
    return text[:size]


def run_one(shape: str, size: int) -> dict[str, float]:
    """Extract one text in this process; print time and peak memory as JSON."""
    import resource
    import time

    from eventwire.ingest import Article
    from eventwire.model import Meta
    from eventwire.pipeline.runner import default_pipeline

    pipeline = default_pipeline()
    pipeline.setup()
    text = make_text(shape, size)
    start = time.perf_counter()
    doc = pipeline.run(Article(text=text, meta=Meta(path=f"{shape}-{size}",
                                                    published="2024-05-01")))
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "peak_mb": peak_mb, "events": len(doc.events)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--child", nargs=2, metavar=("SHAPE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child[0], int(args.child[1]))))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    for shape in args.shapes.split(","):
        seconds: dict[int, float] = {}
        for size in sizes:
            out = subprocess.run([sys.executable, __file__, "--child", shape, str(size)],
                                 capture_output=True, text=True, check=False)
            if out.returncode != 0:
                print(f"{shape:7} {size:>9,} chars  failed: {out.stderr.strip()[-200:]}")
                continue
            r = json.loads(out.stdout.strip().splitlines()[-1])
            seconds[size] = r["seconds"]
            print(f"{shape:7} {size:>9,} chars  {r['seconds']:8.2f} s  "
                  f"{size / max(r['seconds'], 1e-9):10,.0f} chars/s  peak {r['peak_mb']:7.0f} MB  "
                  f"events {r['events']}", flush=True)
        if 100_000 in seconds and 1_000_000 in seconds:
            print(f"{shape:7} ratio 1M/100K: {seconds[1_000_000] / seconds[100_000]:.1f}")


if __name__ == "__main__":
    main()
