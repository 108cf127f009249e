"""The geoparse stage's cost: time per article, share of the pipeline, index load, memory.

Runs the full pipeline (every registered stage) over news articles, timing the
spaCy parse and each stage separately, and prints:

- geoparse ms/article and its share of the whole pipeline's time per article
  (budget: at most 10%),
- the gazetteer index load time in a fresh interpreter (budget: 1 s),
- the peak memory the loaded index adds to that interpreter (budget: 400 MB),
- the index's rows, names and the shipped supplement's rows.

Articles: the first N of a public dataset in ../shared/eval/public (default
GeoWebNews), else generated ones (bench/generate.py).

    .venv/bin/python bench/geoparse.py [-n 100] [--dataset geowebnews]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from eventwire.ingest.article import Article
from eventwire.model import Meta, normalise_text
from eventwire.pipeline.runner import default_pipeline
from eventwire.pipeline.stage import Context

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
BUDGET_SHARE, BUDGET_LOAD_S, BUDGET_MB = 0.10, 1.0, 400.0

#: Run in a fresh interpreter: load the index, parse nothing, report seconds and MB added.
_LOAD_PROBE = """
import json, time
def peak_kb():  # VmHWM: this process's own high-water mark (ru_maxrss can carry the parent's)
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM"))
from eventwire.gazetteer import index
before = peak_kb()
t = time.perf_counter()
gaz = index.load()
seconds = time.perf_counter() - t
from eventwire.gazetteer import supplement
print(json.dumps({"seconds": seconds, "mb": (peak_kb() - before) / 1024, "rows": len(gaz),
                  "names": gaz.name_count, "supplement": len(supplement.load())}))
"""


def articles(dataset: str, n: int) -> list[str]:
    """Texts of the first ``n`` articles of a shared dataset, or generated ones."""
    folder = SHARED / "eval" / "public" / dataset / "articles"
    if folder.is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())[:n]]
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from generate import article_text  # noqa: PLC0415  (bench helper, not a package)
    return [article_text(i) for i in range(n)]


def time_pipeline(texts: list[str]) -> tuple[float, dict[str, float]]:
    """Seconds spent parsing, and seconds per stage, over all texts."""
    pipeline = default_pipeline()
    pipeline.setup()
    nlp = pipeline._nlp  # noqa: SLF001  (the bench times the parse on its own)
    normal = [normalise_text(t) for t in texts]
    t = time.perf_counter()
    parses = list(nlp.pipe(normal, batch_size=16))
    parse_s = time.perf_counter() - t
    stage_s: dict[str, float] = defaultdict(float)
    for text, parse in zip(normal, parses, strict=True):
        ctx = Context(text=text, meta=Article(text=text, meta=Meta()).meta, parse=parse)
        for s in pipeline.stages:
            t = time.perf_counter()
            ctx.layers[s.produces] = tuple(s(ctx))
            stage_s[s.name] += time.perf_counter() - t
    return parse_s, dict(stage_s)


def load_probe() -> dict[str, float]:
    """Index load seconds and MB added, measured in a fresh interpreter (the second of two
    runs: the first may have to build the cache)."""
    subprocess.run([sys.executable, "-c", _LOAD_PROBE], capture_output=True, check=True)
    out = subprocess.run([sys.executable, "-c", _LOAD_PROBE], capture_output=True, text=True,
                         check=True)
    probe: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return probe


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=100, help="articles to run (default 100)")
    ap.add_argument("--dataset", default="geowebnews")
    args = ap.parse_args()
    texts = articles(args.dataset, args.n)
    probe = load_probe()
    parse_s, stage_s = time_pipeline(texts)
    total = parse_s + sum(stage_s.values())
    geo = stage_s.get("geoparse", 0.0)
    per = 1000 / len(texts)
    print(f"articles {len(texts)} ({args.dataset})  pipeline {total * per:.1f} ms/article  "
          f"parse {parse_s * per:.1f} ms/article")
    for name, seconds in sorted(stage_s.items(), key=lambda kv: -kv[1]):
        print(f"  {name:12} {seconds * per:8.1f} ms/article  {seconds / total:6.1%}")
    share = geo / total if total else 0.0
    print(f"geoparse {geo * per:.1f} ms/article, {share:.1%} of the pipeline "
          f"(budget {BUDGET_SHARE:.0%}): {'ok' if share <= BUDGET_SHARE else 'OVER'}")
    print(f"index load {probe['seconds']:.2f} s (budget {BUDGET_LOAD_S:.0f} s): "
          f"{'ok' if probe['seconds'] <= BUDGET_LOAD_S else 'OVER'}; "
          f"memory added {probe['mb']:.0f} MB (budget {BUDGET_MB:.0f} MB): "
          f"{'ok' if probe['mb'] <= BUDGET_MB else 'OVER'}; {int(probe['rows']):,} rows "
          f"({int(probe['supplement'])} from the supplement), {int(probe['names']):,} names")


if __name__ == "__main__":
    main()
