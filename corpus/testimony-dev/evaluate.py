#!/usr/bin/env python3
"""Score eventwire on the testimony development set, split into dev and held-out.

    .venv/bin/python corpus/testimony-dev/evaluate.py [--split dev|heldout|all] [--fast] [--misses]

Extracts every article in-process (with its date from published.tsv), scores it with
``../shared/eval/score.py`` and adds two stricter quote measures the shared scorer lacks:
``quotes.speaker_strict`` (the speaker eventwire shows, its name else its description, matches
the gold speaker: a place named inside a description does not count) and
``quotes.anonymous`` (anonymous is set exactly where the gold sets it, on found quotes).
``--fast`` runs only the stages quotes and times need.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
FAST_STAGES = ("entities", "dates", "quotes")


def split_ids(split: str) -> list[str]:
    """Article ids of ``split`` (dev, heldout or all), from split.tsv."""
    rows = [line.split("\t") for line in (HERE / "split.tsv").read_text().splitlines() if line]
    return [i for i, s in rows if split in ("all", s)]


def published() -> dict[str, str]:
    rows = (HERE / "published.tsv").read_text().splitlines()
    return dict(line.split("\t") for line in rows if line)


def extract(ids: list[str], fast: bool) -> list[dict]:
    """Run the pipeline on the articles ``ids``; return their documents."""
    from eventwire.ingest import Article, ReadOptions, read_articles
    from eventwire.pipeline.runner import default_pipeline

    pipeline = default_pipeline(FAST_STAGES if fast else None)
    pipeline.setup()
    days = published()
    docs = []
    for i in ids:
        path = HERE / "articles" / f"{i}.txt"
        for item in read_articles([str(path)], ReadOptions(published=days.get(i))):
            assert isinstance(item, Article), f"{path}: {item}"
            docs.append(pipeline.run(item).to_dict())
    return docs


def _words(s: str | None) -> list[str]:
    table = str.maketrans({"\u2019": "'", "\u2018": "'"})
    return [w for w in "".join(c if c.isalnum() else " " for c in (s or "").translate(table)
                               .lower()).split()]


def _inside(big: list[str], small: list[str]) -> bool:
    n = len(small)
    return n > 0 and any(big[i:i + n] == small for i in range(len(big) - n + 1))


def strict_speaker(gold: str, shown: str | None) -> bool:
    """The shown speaker names the gold one: one inside the other, or the same surname;
    a one-word proper name shown for a description ("Aleppo" for "a 31-year-old from
    Aleppo") does not count."""
    g, p = _words(gold), _words(shown)
    if not g or not p:
        return False
    described = gold.split()[0].lower() in ("a", "an", "the", "one")
    if described and len(p) == 1 and p != g:
        return False
    if _inside(g, p) or _inside(p, g):
        return True
    return not described and gold.split()[-1][:1].isupper() and g[-1] == p[-1]


def strict_scores(golds: dict[str, dict], docs: list[dict]) -> tuple[dict[str, float], list[str]]:
    hits = anon_ok = found = total = 0
    misses: list[str] = []
    for doc in docs:
        stem = Path(doc["meta"]["path"]).stem
        for g in golds[stem]["quotes"]:
            total += 1
            frag = " ".join(g["contains"].replace("\u2019", "'").split())
            cands = [u for u in doc.get("quotes") or []
                     if frag in " ".join(u["text"].replace("\u2019", "'").split())]
            if not cands:
                misses.append(f"{stem}: quote not found {frag[:40]!r}")
                continue
            found += 1
            u = cands[0]
            shown = u.get("speaker") or u.get("speaker_description")
            ok = strict_speaker(g["speaker"], shown)
            hits += ok
            anon_ok += bool(u.get("anonymous")) == bool(g.get("anonymous"))
            if not ok or bool(u.get("anonymous")) != bool(g.get("anonymous")):
                misses.append(f"{stem}: {frag[:40]!r} gold={g['speaker']!r} anon={g['anonymous']}"
                              f" | got={u.get('speaker')!r} desc={u.get('speaker_description')!r}"
                              f" anon={u.get('anonymous')}")
    return {"quotes.speaker_strict": hits / max(total, 1),
            "quotes.anonymous": anon_ok / max(found, 1)}, misses


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="all", choices=("dev", "heldout", "all"))
    ap.add_argument("--fast", action="store_true", help="only the stages quotes and times need")
    ap.add_argument("--misses", action="store_true", help="print every miss")
    ap.add_argument("--pred", help="also keep the predictions in this JSON Lines file")
    args = ap.parse_args(argv)
    splits = ("dev", "heldout") if args.split == "all" else (args.split,)
    ids = split_ids(args.split)
    docs = extract(ids, args.fast)
    if args.pred:
        Path(args.pred).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs))
    golds = {i: json.loads((HERE / "gold" / f"{i}.json").read_text()) for i in ids}
    for split in splits:
        keep = set(split_ids(split))
        part = [d for d in docs if Path(d["meta"]["path"]).stem in keep]
        with tempfile.TemporaryDirectory() as tmp:
            gold_dir = Path(tmp) / "gold"
            gold_dir.mkdir()
            for i in keep:
                g = dict(golds[i], file=str(HERE / "articles" / f"{i}.txt"))
                (gold_dir / f"{i}.json").write_text(json.dumps(g))
            pred = Path(tmp) / "pred.jsonl"
            pred.write_text("".join(json.dumps(d) + "\n" for d in part))
            run = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold_dir), "--pred",
                                  str(pred), "--json", "--misses"], capture_output=True, text=True,
                                 check=True)
        scores = {k: v for k, v in json.loads(run.stdout).items()
                  if k.startswith(("quotes.", "times."))}
        strict, misses = strict_scores(golds, part)
        scores.update(strict)
        print(f"{split:8} {len(part):>3} docs  " + "  ".join(
            f"{k}={v:.3f}" for k, v in sorted(scores.items()) if isinstance(v, float)))
        if args.misses:
            for line in run.stderr.splitlines():
                if "quote" in line or "time" in line:
                    print("  " + line)
            for line in misses:
                print("  strict: " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
