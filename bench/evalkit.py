"""What the comparison benchmarks share: the dataset's articles, a gold subset, the scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SCORER = SHARED / "eval" / "score.py"


def dataset_articles(dataset: str, limit: int) -> tuple[Path, list[Path]]:
    """The dataset's folder and its first ``limit`` articles (0 = all); exit when absent."""
    folder = SHARED / "eval" / "public" / dataset
    if not folder.exists():
        sys.exit(f"{folder} is absent: check out ../shared beside the project")
    paths = sorted((folder / "articles").glob("*.txt"))
    return folder, paths[:limit] if limit else paths


def write_gold(folder: Path, paths: list[Path], gold: Path) -> None:
    """Copy the gold files of ``paths`` into ``gold``, pointing each at its article."""
    gold.mkdir(parents=True, exist_ok=True)
    for p in paths:
        data = json.loads((folder / "gold" / f"{p.stem}.json").read_text(encoding="utf-8"))
        data["file"] = str(p)
        (gold / f"{p.stem}.json").write_text(json.dumps(data), encoding="utf-8")


def score(gold: Path, pred: Path, prefix: str) -> dict[str, float]:
    """Score predictions with shared/eval/score.py; keep the keys of one layer."""
    result = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--pred",
                             str(pred), "--json"], capture_output=True, text=True, check=True)
    return {k: v for k, v in json.loads(result.stdout).items()
            if k.startswith(prefix) and v is not None}
