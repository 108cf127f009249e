"""quantulum3 beside eventwire's quantities stage: same articles, same run, same scorer.

Reads the first N articles of a public set (NewsQuant by default), extracts
quantities with quantulum3 (its unit classifier retrained once with the
installed scikit-learn, cached under ~/.cache/eventwire/) and with eventwire,
writes both as contract documents, scores both with ../shared/eval/score.py
and prints one line of scores and seconds per extractor.

    pip install -e '.[bench]'
    .venv/bin/python bench/quantulum_compare.py [--limit 100] [--dataset newsquant]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

from evalkit import SCORER, dataset_articles, score, write_gold

from eventwire.ingest import Article
from eventwire.model import Meta
from eventwire.pipeline.runner import default_pipeline

CACHE = Path.home() / ".cache" / "eventwire"

#: quantulum3 unit names -> the contract's units (currencies come from their ISO code).
QUANTULUM_UNITS = {
    "percentage": "percent", "second": "second", "minute": "minute", "hour": "hour",
    "day": "day", "week": "week", "month": "month", "year": "year", "kilometre": "km",
    "metre": "m", "centimetre": "cm", "millimetre": "mm", "mile": "mile", "foot": "foot",
    "inch": "inch", "yard": "yard", "kilogram": "kg", "gram": "g", "milligram": "mg",
    "tonne": "tonne", "ton": "tonne",
}


def classifier_path() -> Path:
    """quantulum3's unit classifier, retrained for the installed scikit-learn (once)."""
    from quantulum3 import classifier

    path = CACHE / f"quantulum3-clf-sklearn-{version('scikit-learn')}.joblib"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        print(f"training quantulum3's classifier into {path} ...", file=sys.stderr)
        classifier.train_classifier(store=True, output_path=str(path), n_jobs=1)
    return path


def quantulum_extractor() -> Callable[[str], list[dict[str, Any]]]:
    from quantulum3 import parser

    clf = str(classifier_path())

    def extract(text: str) -> list[dict[str, Any]]:
        out = []
        for i, q in enumerate(parser.parse(text, classifier_path=clf), start=1):
            start, end = q.span
            code = getattr(q.unit, "currency_code", None)
            unit = code or QUANTULUM_UNITS.get(q.unit.name)
            out.append({"id": f"q{i}", "text": text[start:end], "start": start, "end": end,
                        "low": q.value, "high": q.value, "best": q.value, "unit": unit,
                        "object": None, "per": None, "approximate": False})
        return out

    return extract


def eventwire_extractor() -> Callable[[str], list[dict[str, Any]]]:
    pipeline = default_pipeline(["quantities"])

    def extract(text: str) -> list[dict[str, Any]]:
        doc = pipeline.run(Article(text=text, meta=Meta(path="x.txt")))
        return doc.to_dict()["quantities"]

    return extract


def run(name: str, extract: Callable[[str], list[dict[str, Any]]], paths: list[Path],
        out: Path) -> float:
    """Write one contract document per article; return the seconds spent extracting."""
    spent = 0.0
    with out.open("w", encoding="utf-8") as fp:
        for path in paths:
            text = path.read_text(encoding="utf-8")
            t0 = time.perf_counter()
            quantities = extract(text)
            spent += time.perf_counter() - t0
            doc = {"schema": "eventwire.document/1", "meta": {"path": str(path)}, "text": text,
                   "quantities": quantities}
            fp.write(json.dumps(doc) + "\n")
    return spent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", default="newsquant")
    ap.add_argument("--limit", type=int, default=100, help="articles (0 = all)")
    args = ap.parse_args()
    folder, paths = dataset_articles(args.dataset, args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold"
        write_gold(folder, paths, gold)
        print(f"{args.dataset}: {len(paths)} articles, scored by {SCORER}")
        for name, make in (("quantulum3", quantulum_extractor), ("eventwire", eventwire_extractor)):
            pred = Path(tmp) / f"{name}.jsonl"
            secs = run(name, make(), paths, pred)
            scores = score(gold, pred, "quantities.")
            print(f"{name:12} " + "  ".join(f"{k}={v:.3f}" for k, v in sorted(scores.items()))
                  + f"  ({secs:.1f}s)")


if __name__ == "__main__":
    main()
