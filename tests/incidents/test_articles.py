"""Six short articles (tests/data/incidents) telling two happenings fold into two incidents.

Outlets, people and wording are invented; the places are real. Three reports of a
market attack in Maiduguri (14 killed, "at least a dozen", "about 15") and three of
migrants detained near Alexandroupolis (58, "dozens", and a ministry's denial).
"""

from __future__ import annotations

from pathlib import Path

from eventwire.incidents import group_incidents, rows_from_documents
from eventwire.ingest.text import read_text
from eventwire.model import Document
from eventwire.pipeline.runner import default_pipeline

DATA = Path(__file__).resolve().parent.parent / "data" / "incidents"


def _documents() -> list[Document]:
    pipeline = default_pipeline(["events"])
    return [pipeline.run(read_text(p.read_text(encoding="utf-8"), p.name))
            for p in sorted(DATA.glob("*.txt"))]


def test_incidents_six_articles_fold_into_two() -> None:
    docs = _documents()
    assert len(docs) >= 6
    rows, outlets = rows_from_documents(docs)
    found = group_incidents(rows, outlets=outlets)
    # the ministry's denial is a row of its own (REJECT); the two happenings fold as before
    told = [i for i in found if i.type in {"ASSAULT", "COERCE"}]
    assert len(told) == 2
    by_type = {i.type: i for i in told}
    attack, detention = by_type["ASSAULT"], by_type["COERCE"]
    assert (attack.num_sources, attack.num_documents) == (3, 3)
    assert (detention.num_sources, detention.num_documents) == (3, 3)
    assert attack.country == "NG" and detention.country == "GR"
    assert attack.earliest == attack.latest == "2024-03-05"
    assert detention.earliest == "2024-03-07"
    assert attack.best == 14 and attack.low == 12 and attack.high == 15
    # the denied report (about 60) is a source but lends no count
    assert detention.best == 58 and detention.low is not None and detention.low < 58
    assert detention.high == 58
