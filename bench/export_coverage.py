"""Measure how full the ACLED export is: the share of rows with each field an analyst needs.

    .venv/bin/python bench/export_coverage.py [--tr-news N] [--keep DIR]

Extracts the bundled samples (``src/eventwire/samples``, their own dates) and the
first N articles of ``../shared/eval/public/tr-news`` (each with its date from
``published.tsv``, as ``../shared/eval/run_public.sh`` passes ``--published``) into
temporary SQLite databases, exports each as ``--format acled`` and prints, per set,
the share of rows with ``event_date``, ``admin1``, ``admin2``, ``geo_precision`` 1,
``fatalities``, ``inter1`` (actor type) and ``inter2``, and the share with ``event_date``
among the rows of articles that have a publication date. The articles are read, never
copied; the databases are deleted afterwards unless ``--keep`` names a folder.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from eventwire.export import export
from eventwire.ingest.article import Article
from eventwire.model import Meta
from eventwire.pipeline.runner import default_pipeline
from eventwire.store import EventQuery, open_store

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "src" / "eventwire" / "samples"
TR_NEWS = ROOT.parent / "shared" / "eval" / "public" / "tr-news"
FIELDS: dict[str, Callable[[dict[str, str]], bool]] = {
    "event_date": lambda r: bool(r["event_date"]),
    "admin1": lambda r: bool(r["admin1"]),
    "admin2": lambda r: bool(r["admin2"]),
    "geo_precision=1": lambda r: r["geo_precision"] == "1",
    "fatalities": lambda r: bool(r["fatalities"]),
    "inter1": lambda r: bool(r["inter1"]),
    "inter2": lambda r: bool(r["inter2"]),
}

#: Printed columns: each field's share of all rows, and event_date among rows of dated articles.
COLUMNS = (*FIELDS, "event_date|dated")


def sample_articles() -> list[Article]:
    """The bundled samples; each states its date in its first lines (the reader finds it)."""
    from eventwire.ingest import read_articles

    return [a for a in read_articles([str(SAMPLES)]) if isinstance(a, Article)]


def tr_news_articles(n: int) -> list[Article]:
    """The first ``n`` tr-news articles, each with its published.tsv date."""
    dates = dict(line.split("\t")[:2] for line in
                 (TR_NEWS / "published.tsv").read_text(encoding="utf-8").splitlines()
                 if "\t" in line)
    paths = sorted((TR_NEWS / "articles").glob("*.txt"))[:n]
    return [Article(text=p.read_text(encoding="utf-8"),
                    meta=Meta(path=p.name, published=dates.get(p.stem, "").strip() or None))
            for p in paths]


def coverage(articles: Iterable[Article], db: Path) -> tuple[int, int, dict[str, float]]:
    """(articles, ACLED rows, share of rows with each field) for articles stored in ``db``."""
    store = open_store(f"sqlite:///{db}")
    try:
        pipeline = default_pipeline()
        docs = list(pipeline.run_many(articles))
        store.save(docs)
        out = io.StringIO()
        export(store, "acled", EventQuery(), out)
    finally:
        store.close()
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    shares = {name: _share(rows, test) for name, test in FIELDS.items()}
    dated = {d.id for d in docs if d.meta.published}
    shares["event_date|dated"] = _share(
        [r for r in rows if set(r["document_ids"].split(";")) & dated], FIELDS["event_date"])
    return len(docs), len(rows), shares


def _share(rows: list[dict[str, str]], test: Callable[[dict[str, str]], bool]) -> float:
    return sum(test(r) for r in rows) / len(rows) if rows else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tr-news", type=int, default=100, help="tr-news articles (0: none)")
    parser.add_argument("--keep", type=Path, help="keep the databases in this folder")
    args = parser.parse_args(argv)
    sets: list[tuple[str, list[Article]]] = [("samples", sample_articles())]
    if args.tr_news and TR_NEWS.exists():
        sets.append((f"tr-news[:{args.tr_news}]", tr_news_articles(args.tr_news)))
    elif args.tr_news:
        print(f"{TR_NEWS} is absent: tr-news skipped", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"{'set':<16} {'articles':>8} {'rows':>5} "
              + " ".join(f"{name:>16}" for name in COLUMNS) + "  seconds")
        for name, articles in sets:
            started = time.perf_counter()
            n_docs, n_rows, shares = coverage(articles, folder / f"{name.split('[')[0]}.db")
            print(f"{name:<16} {n_docs:>8} {n_rows:>5} "
                  + " ".join(f"{shares[f]:>16.0%}" for f in COLUMNS)
                  + f"  {time.perf_counter() - started:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
