"""The quality gate: score extraction on the seed and the public sets against pinned floors.

Floors live in tests/floors.json and only go up (test_floors_never_drop). Each
dataset entry says how many articles to score (0 = all). The sets are read
from ../shared/eval at test time and skipped with a reason when absent.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.api import shared_pipeline
from eventwire.ingest import Article, ReadOptions, read_articles
from tests.conftest import ROOT, SHARED, shared_or_skip

FLOORS_PATH = ROOT / "tests" / "floors.json"
FLOORS: dict[str, dict[str, object]] = {
    k: v for k, v in json.loads(FLOORS_PATH.read_text(encoding="utf-8")).items()
    if not k.startswith("_")
}
TOLERANCE = 1e-9


def _articles(name: str, limit: int) -> tuple[list[Path], Path, dict[str, str]]:
    if name == "seed":
        shared_or_skip("seeds")
        return sorted((SHARED / "seeds").glob("*.txt")), SHARED / "eval" / "gold", {}
    own = ROOT / "corpus" / name  # a set of the project's own writing (corpus/places-dev)
    base = own if (own / "gold").is_dir() else shared_or_skip("eval", "public", name)
    paths = sorted((base / "articles").glob("*.txt"))
    if limit:
        paths = paths[:limit]
    published: dict[str, str] = {}
    tsv = base / "published.tsv"
    # the project's own sets (corpus/<name>) are dated by their published.tsv
    if (name in {"tempeval3-platinum", "records-dev"} or base.parent.name == "corpus") \
            and tsv.exists():
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                key, day = line.split("\t", 1)
                published[key] = day.strip()
    return paths, base / "gold", published


def _gold_subset(paths: list[Path], gold: Path, out: Path) -> Path:
    out.mkdir()
    for p in paths:
        g = json.loads((gold / f"{p.stem}.json").read_text(encoding="utf-8"))
        g["file"] = str(p)
        (out / f"{p.stem}.json").write_text(json.dumps(g), encoding="utf-8")
    return out


def score_dataset(name: str, limit: int, tmp: Path) -> dict[str, float]:
    """Extract a dataset's articles in-process and score them with shared/eval/score.py."""
    paths, gold, published = _articles(name, limit)
    pipeline = shared_pipeline()
    pred = tmp / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for p in paths:
            opts = ReadOptions(published=published.get(p.stem))
            for item in read_articles([str(p)], opts):
                assert isinstance(item, Article), f"{p}: {item}"
                out.write(json.dumps(pipeline.run(item).to_dict(), ensure_ascii=False) + "\n")
    gold_dir = _gold_subset(paths, gold, tmp / "gold")
    result = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(gold_dir),
         "--pred", str(pred), "--json"], capture_output=True, text=True, check=True)
    scores = {k: v for k, v in json.loads(result.stdout).items() if isinstance(v, int | float)}
    if scores.get("places.found"):
        # resolution alone: of the toponyms found, the share put within 161 km
        scores["places.resolution"] = scores.get("places.acc161", 0.0) / scores["places.found"]
    return scores


@pytest.mark.eval
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_quality_gate_scores_stay_above_floors(name: str, tmp_path: Path) -> None:
    entry = FLOORS[name]
    scores = score_dataset(name, int(entry.get("articles", 0)), tmp_path)  # type: ignore[call-overload]
    floors: dict[str, float] = entry["floors"]  # type: ignore[assignment]
    report = ", ".join(f"{k}={scores.get(k, 0.0):.3f} (floor {v})" for k, v in floors.items())
    print(f"{name}: {report}")
    below = {k: (scores.get(k, 0.0), v) for k, v in floors.items()
             if scores.get(k, 0.0) + TOLERANCE < v}
    assert not below, f"{name}: scores below their floors: {below}"
    ceilings: dict[str, float] = entry.get("ceilings", {})  # type: ignore[assignment]
    above = {k: (scores.get(k, 0.0), v) for k, v in ceilings.items() if scores.get(k, 0.0) > v}
    assert not above, f"{name}: scores above their ceilings: {above}"


def test_floors_never_drop() -> None:
    """A floor may only go up; lowering one needs EVENTWIRE_ALLOW_LOWER_FLOORS=1."""
    if os.environ.get("EVENTWIRE_ALLOW_LOWER_FLOORS") == "1":
        pytest.skip("EVENTWIRE_ALLOW_LOWER_FLOORS=1: lowering floors allowed for this run")
    try:
        committed = subprocess.run(["git", "show", "HEAD:tests/floors.json"], cwd=ROOT,
                                   capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("no committed tests/floors.json to compare with (not a git checkout)")
    old = json.loads(committed)
    for name, entry in old.items():
        if name.startswith("_"):
            continue
        for key, value in entry["floors"].items():
            now = FLOORS.get(name, {}).get("floors", {}).get(key)  # type: ignore[union-attr]
            assert now is not None and now >= value, f"{name} {key}: floor {value} -> {now}"
