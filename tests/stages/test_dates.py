"""The dates stage: the times layer as the contract defines it."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

from eventwire.model import Time
from eventwire.stages.dates import published_date
from tests.conftest import run_stages, shared_or_skip

TEXT = (
    "Lena Vogt reached Kilis last Tuesday, two weeks after leaving Idlib. "
    "She first went to Syria in 2012 and left early the next year. "
    "Officials said the camp will close in March."
)


def test_dates_layer_has_contract_fields_and_true_offsets() -> None:
    doc = run_stages(TEXT, ["dates"], published="2017-09-12")
    assert [t.id for t in doc.times] == [f"t{i}" for i in range(1, len(doc.times) + 1)]
    for t in doc.times:
        assert isinstance(t, Time)
        assert doc.text[t.start : t.end] == t.text
        assert t.precision in {
            "day",
            "week",
            "part-of-month",
            "month",
            "season",
            "year",
            "decade",
            "range",
        }
    row = doc.to_dict()["times"][0]
    assert set(row) == {
        "id",
        "text",
        "start",
        "end",
        "earliest",
        "latest",
        "precision",
        "resolvable",
    }


def test_dates_resolves_relative_to_published() -> None:
    doc = run_stages(TEXT, ["dates"], published="2017-09-12")
    got = {t.text: (t.earliest, t.latest) for t in doc.times}
    assert got["last Tuesday"] == ("2017-09-05", "2017-09-05")
    assert got["2012"] == ("2012-01-01", "2012-12-31")
    assert got["early the next year"] == ("2013-01-01", "2013-04-30")


def test_dates_future_tense_picks_the_coming_month() -> None:
    doc = run_stages(TEXT, ["dates"], published="2017-09-12")
    march = next(t for t in doc.times if t.text == "March")
    assert (march.earliest, march.latest) == ("2018-03-01", "2018-03-31")


def test_dates_past_tense_picks_the_last_month() -> None:
    doc = run_stages("Aid convoys reached the camp in March.", ["dates"], published="2017-09-12")
    assert [(t.earliest, t.latest) for t in doc.times] == [("2017-03-01", "2017-03-31")]


def test_dates_infinitive_after_due_points_ahead() -> None:
    doc = run_stages("The report is due to be published in May.", ["dates"], published="2013-03-22")
    assert [(t.text, t.earliest) for t in doc.times] == [("May", "2013-05-01")]


def test_dates_without_published_flags_relative_unresolvable() -> None:
    doc = run_stages(TEXT, ["dates"], published=None)
    got = {t.text: t for t in doc.times}
    assert (got["last Tuesday"].earliest, got["last Tuesday"].resolvable) == (None, False)
    assert (got["2012"].earliest, got["2012"].resolvable) == ("2012-01-01", True)


def test_dates_published_date_accepts_datetimes() -> None:
    assert published_date("2017-09-12T08:00:00Z") == date(2017, 9, 12)
    assert published_date("yesterday") is None
    assert published_date(None) is None


def _time_ok(gold: dict[str, str], pred: Time) -> bool:
    """The scorer's rule: overlap, and within 45 days of the gold bounds."""
    if pred.earliest is None or pred.latest is None:
        return False
    first, last = date.fromisoformat(pred.earliest), date.fromisoformat(pred.latest)
    ge, gl = date.fromisoformat(gold["earliest"]), date.fromisoformat(gold["latest"])
    slack = timedelta(days=45)
    return first <= gl and last >= ge and first >= ge - slack and last <= gl + slack


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _overlaps(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    short, long_ = sorted((wa, wb), key=len)
    return any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def test_dates_seed_gold_times_all_resolve() -> None:
    gold = json.loads(shared_or_skip("eval", "gold", "000_8c313a039cfc1ceb.json").read_text())
    text = shared_or_skip("seeds", "000_8c313a039cfc1ceb.txt").read_text(encoding="utf-8")
    doc = run_stages(text, ["dates"], published=gold["meta"]["published"])
    for g in gold["times"]:
        readings = [g, *g.get("also", [])]
        cands = [t for t in doc.times if _overlaps(t.text, g["text"])]
        assert any(_time_ok(r, t) for t in cands for r in readings), (g["text"], cands)


def test_dates_weekday_without_clear_tense_is_the_nearest() -> None:
    doc = run_stages("Heavy snow is expected Sunday morning in Ottawa.", ["dates"],
                     published="2016-12-17")
    assert [(t.text, t.earliest) for t in doc.times] == [("Sunday morning", "2016-12-18")]


UNDATED = (
    "A man smashed the windows of two parked cars in Lyon on Wednesday, police said. "
    "In a statement, the police wrote: \"On April 4, 2018, at about 4 p.m., officers "
    "received several calls about a man damaging vehicles.\" He appears in court on Friday."
)


def test_dates_without_publication_date_anchor_on_the_latest_full_date() -> None:
    doc = run_stages(UNDATED, ["dates"], published=None)
    wednesday = next(t for t in doc.times if t.text == "Wednesday")
    assert (wednesday.earliest, wednesday.latest) == ("2018-04-04", "2018-04-04")
    assert wednesday.resolvable


def test_dates_without_any_full_date_stay_unresolved() -> None:
    doc = run_stages("Gunmen attacked a checkpoint near Gao on Sunday, officials said.",
                     ["dates"], published=None)
    sunday = next(t for t in doc.times if t.text == "Sunday")
    assert sunday.earliest is None and not sunday.resolvable


def test_dates_with_a_publication_date_ignore_dates_in_the_text() -> None:
    doc = run_stages(UNDATED, ["dates"], published="2018-04-20")
    wednesday = next(t for t in doc.times if t.text == "Wednesday")
    assert wednesday.earliest == "2018-04-18"


def test_dates_a_holiday_naming_a_kind_of_party_is_no_time() -> None:
    doc = run_stages("A man was stabbed at the company's Christmas party in London on Sunday.",
                     ["dates"], published="2016-12-18")
    assert [t.text for t in doc.times] == ["Sunday"]


def test_dates_holidays_as_times_are_kept() -> None:
    doc = run_stages("Shops closed at Christmas, and the market reopened after Christmas Day.",
                     ["dates"], published="2016-12-30")
    texts = [t.text for t in doc.times]
    assert texts[0] == "Christmas" and any("Christmas Day" in t for t in texts[1:])
