"""textacy's direct_quotations beside eventwire's quotes stage: same articles, run and scorer.

Reads the first N articles of a public set (PolNeAr by default), extracts direct
quotes with textacy 0.13's ``textacy.extract.direct_quotations`` run paragraph by
paragraph (it refuses a text whose quote marks do not pair up, so a whole article
often fails) and with eventwire's entities + quotes stages, writes both as contract
documents, scores both with ../shared/eval/score.py and prints one line of scores
and seconds per extractor (spaCy parsing included for both).

    pip install -e '.[bench]'
    .venv/bin/python bench/quotes_compare.py [--limit 0] [--dataset polnear]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evalkit import SCORER, dataset_articles, score, write_gold

from eventwire.ingest import Article
from eventwire.model import Meta
from eventwire.nlp import load_nlp
from eventwire.pipeline.runner import Pipeline
from eventwire.speech.marks import paragraphs
from eventwire.stages.entities import EntityStage
from eventwire.stages.quotes import QuoteStage

Extractor = Callable[[str], tuple[str, list[dict[str, Any]]]]


def textacy_extractor(failures: list[str]) -> Extractor | None:
    """textacy's direct_quotations per paragraph, or None when textacy cannot run here."""
    try:
        import textacy
        from textacy.extract import direct_quotations
    except ImportError as e:  # the bench extra is not installed, or textacy broke on import
        print(f"textacy: cannot import ({e}); install the bench extra: pip install -e '.[bench]'")
        return None
    nlp = load_nlp()
    import spacy

    print(f"textacy {textacy.__version__} with spaCy {spacy.__version__}, model "
          f"{nlp.meta.get('name')} {nlp.meta.get('version')}")

    def extract(text: str) -> tuple[str, list[dict[str, Any]]]:
        quotes: list[dict[str, Any]] = []
        for p_start, p_end in paragraphs(text):
            doc = nlp(text[p_start:p_end])
            try:
                triples = list(direct_quotations(doc))
            except ValueError as e:  # unpaired quote marks: textacy refuses the paragraph
                failures.append(str(e)[:80])
                continue
            for t in triples:
                start, end = p_start + t.content.start_char, p_start + t.content.end_char
                quotes.append({"id": f"u{len(quotes) + 1}", "text": text[start:end],
                               "start": start, "end": end,
                               "speaker": " ".join(tok.text for tok in t.speaker) or None,
                               "speaker_entity": None, "speaker_description": None,
                               "anonymous": False,
                               "cue": " ".join(tok.text for tok in t.cue) or None})
        return text, quotes

    return extract


def eventwire_extractor() -> Extractor:
    pipeline = Pipeline([EntityStage(), QuoteStage()])
    pipeline.setup()

    def extract(text: str) -> tuple[str, list[dict[str, Any]]]:
        doc = pipeline.run(Article(text=text, meta=Meta(path="x.txt")))
        return doc.text, doc.to_dict()["quotes"]

    return extract


def run(extract: Extractor, paths: list[Path], out: Path) -> float:
    """Write one contract document per article; return the seconds spent extracting."""
    spent = 0.0
    with out.open("w", encoding="utf-8") as fp:
        for path in paths:
            raw = path.read_text(encoding="utf-8")
            t0 = time.perf_counter()
            text, quotes = extract(raw)
            spent += time.perf_counter() - t0
            doc = {"schema": "eventwire.document/1", "meta": {"path": str(path)}, "text": text,
                   "quotes": quotes}
            fp.write(json.dumps(doc) + "\n")
    return spent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", default="polnear")
    ap.add_argument("--limit", type=int, default=0, help="articles (0 = all)")
    args = ap.parse_args()
    folder, paths = dataset_articles(args.dataset, args.limit)
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold"
        write_gold(folder, paths, gold)
        print(f"{args.dataset}: {len(paths)} articles, scored by {SCORER}")
        extractors: list[tuple[str, Extractor | None]] = [
            ("textacy", textacy_extractor(failures)), ("eventwire", eventwire_extractor())]
        for name, extract in extractors:
            if extract is None:
                print(f"{name:10} not run")
                continue
            pred = Path(tmp) / f"{name}.jsonl"
            secs = run(extract, paths, pred)
            scores = score(gold, pred, "quotes.")
            print(f"{name:10} " + "  ".join(f"{k}={v:.3f}" for k, v in sorted(scores.items()))
                  + f"  ({secs:.1f}s)")
    if failures:
        print(f"textacy refused {len(failures)} paragraph(s) (unpaired quote marks), "
              f"e.g.: {failures[0]!r}")


if __name__ == "__main__":
    main()
