"""Throughput of the full pipeline against spaCy's parse alone, on the same texts, in one run.

Prints articles per second per core for both (single process, one core), the
ratio line `ratio pipeline/spacy: X.XX`, each stage's share of the pipeline's
time, and the peak memory. Texts: the bundled samples, plus up to N articles of
each public set in ../shared/eval/public when present.

    .venv/bin/python bench/throughput.py [--per-set 50] [--repeat 2]
"""

from __future__ import annotations

import argparse
import resource
import time
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.ingest import Article, read_articles
from eventwire.nlp import load_nlp
from eventwire.pipeline.runner import default_pipeline
from eventwire.pipeline.stage import Context

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SETS = ("geowebnews", "lgl", "tr-news", "polnear", "tempeval3-platinum", "plover-gsr")


def load_texts(per_set: int) -> list[Article]:
    paths = [str(resources.files("eventwire") / "samples")]
    seeds = SHARED / "seeds"
    if seeds.exists():
        paths.append(str(seeds))
    for name in SETS:
        folder = SHARED / "eval" / "public" / name / "articles"
        if folder.exists():
            paths += [str(p) for p in sorted(folder.glob("*.txt"))[:per_set]]
    return [a for a in read_articles(paths) if isinstance(a, Article)]


def time_spacy(nlp: Any, texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        nlp(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-set", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    articles = load_texts(args.per_set)
    texts = [a.text.strip() for a in articles]
    nlp = load_nlp()
    pipeline = default_pipeline()
    pipeline.setup()
    for t in texts[:3]:
        nlp(t)  # warm up
    per_stage: dict[str, float] = defaultdict(float)
    spacy_s = min(time_spacy(nlp, texts) for _ in range(args.repeat))
    stage_calls = {s.name: s for s in pipeline.stages}
    for s in stage_calls.values():
        wrap_stage(s, per_stage)
    runs = []
    for _ in range(args.repeat):
        per_stage.clear()
        start = time.perf_counter()
        for a in articles:
            pipeline.run(a)
        runs.append((time.perf_counter() - start, dict(per_stage)))
    pipe_s, stage_s = min(runs, key=lambda r: r[0])
    n = len(articles)
    words = sum(len(t.split()) for t in texts)
    print(f"articles: {n} ({words / n:.0f} words on average), best of {args.repeat} runs")
    print(f"spacy alone: {n / spacy_s:.1f} articles/s/core")
    print(f"pipeline:    {n / pipe_s:.1f} articles/s/core")
    print(f"ratio pipeline/spacy: {spacy_s / pipe_s:.2f}")
    for name, secs in stage_s.items():
        print(f"  stage {name:12} {1000 * secs / n:7.2f} ms/article  "
              f"{100 * secs / pipe_s:5.1f}% of pipeline time")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")


def wrap_stage(stage: Any, per_stage: dict[str, float]) -> None:
    """Replace a stage instance's call with a timed one (instances are callables)."""
    cls = type(stage)
    original = cls.__call__

    def timed(self: Any, ctx: Context) -> Any:
        t = time.perf_counter()
        try:
            return original(self, ctx)
        finally:
            per_stage[self.name] += time.perf_counter() - t

    cls.__call__ = timed


if __name__ == "__main__":
    main()
