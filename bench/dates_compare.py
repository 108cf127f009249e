"""spaCy DATE entities parsed with dateparser beside eventwire's dates stage: same articles, scorer.

Reads TempEval-3 platinum (news, each article resolved against its own date from
published.tsv), extracts times two ways, writes both as contract documents, scores
both with ../shared/eval/score.py and prints one line of scores and seconds each
(spaCy parsing included for both):

- baseline: every spaCy DATE entity given to dateparser's ``DateDataParser`` with the
  article date as ``RELATIVE_BASE`` (past preferred); its ``period`` (day, week,
  month, year) sets the interval.
- eventwire: the ``dates`` stage.

    .venv/bin/python bench/dates_compare.py [--dataset tempeval3-platinum]
"""

from __future__ import annotations

import argparse
import calendar
import json
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from evalkit import SHARED, score, write_gold

from eventwire.nlp import load_nlp
from eventwire.temporal import find_times

Extractor = Callable[[str, date], list[dict[str, Any]]]


def period_interval(day: date, period: str) -> tuple[date, date]:
    """The interval dateparser's period names around ``day``."""
    if period == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if period == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if period == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    return day, day


def dateparser_extractor() -> Extractor:
    """spaCy's DATE entities, each parsed by dateparser against the article date."""
    from dateparser.date import DateDataParser

    nlp = load_nlp()

    def extract(text: str, published: date) -> list[dict[str, Any]]:
        base = datetime(published.year, published.month, published.day)
        parser = DateDataParser(languages=["en"], settings={
            "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
        times: list[dict[str, Any]] = []
        for ent in nlp(text).ents:
            data = parser.get_date_data(ent.text) if ent.label_ == "DATE" else None
            if data is None or data.date_obj is None:
                continue
            low, high = period_interval(data.date_obj.date(), data.period or "day")
            times.append({"id": f"t{len(times) + 1}", "text": ent.text, "start": ent.start_char,
                          "end": ent.end_char, "earliest": low.isoformat(),
                          "latest": high.isoformat()})
        return times
    return extract


def eventwire_extractor() -> Extractor:
    """The dates stage's grammar, with the spaCy parse for tense."""
    nlp = load_nlp()

    def extract(text: str, published: date) -> list[dict[str, Any]]:
        return [{"id": f"t{i}", "text": t.text, "start": t.start, "end": t.end,
                 "earliest": t.earliest.isoformat() if t.earliest else None,
                 "latest": t.latest.isoformat() if t.latest else None, "precision": t.precision}
                for i, t in enumerate(find_times(text, published, nlp(text)), start=1)]
    return extract


def run(name: str, extract: Extractor, folder: Path, out: Path) -> None:
    """Extract every article with ``extract``, score, print one line."""
    published = dict(line.rstrip("\n").split("\t")
                     for line in (folder / "published.tsv").read_text().splitlines() if line)
    gold_dir = out / "gold"
    start = time.perf_counter()
    with (out / f"{name}.jsonl").open("w") as fp:
        for ident, day in sorted(published.items()):
            path = folder / "articles" / f"{ident}.txt"
            text = path.read_text(encoding="utf-8")
            times = extract(text, date.fromisoformat(day))
            fp.write(json.dumps({"meta": {"path": str(path), "published": day}, "text": text,
                                 "times": times}) + "\n")
    seconds = time.perf_counter() - start
    write_gold(folder, [folder / "articles" / f"{i}.txt" for i in sorted(published)], gold_dir)
    scores = score(gold_dir, out / f"{name}.jsonl", "times.")
    print(f"{name:10} times.found={scores['times.found']:.3f} "
          f"times.resolved={scores['times.resolved']:.3f} {seconds:.1f}s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", default="tempeval3-platinum")
    args = parser.parse_args()
    folder = SHARED / "eval" / "public" / args.dataset
    with tempfile.TemporaryDirectory() as tmp:
        run("eventwire", eventwire_extractor(), folder, Path(tmp))
        run("dateparser", dateparser_extractor(), folder, Path(tmp))


if __name__ == "__main__":
    main()
