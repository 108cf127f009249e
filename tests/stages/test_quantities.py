"""The quantities stage on whole sentences: units, counted objects, ages, non-quantities."""

from __future__ import annotations

import json

import pytest

from eventwire.model import Quantity
from eventwire.pipeline.stage import registered_stages
from tests.conftest import run_stages, shared_or_skip


def quantities(text: str) -> list[Quantity]:
    doc = run_stages(text, ["quantities"], published="2021-03-01")
    for q in doc.quantities:
        assert doc.text[q.start:q.end] == q.text
    return list(doc.quantities)


def one(text: str) -> Quantity:
    (q,) = quantities(text)
    return q


def test_quantities_stage_is_registered() -> None:
    cls = registered_stages()["quantities"]
    assert (cls.produces, cls.requires, cls.needs_parse, cls.order) == ("quantities", (), True, 40)


def test_quantities_contract_example() -> None:
    q = one("Several dozen former fighters crossed into Turkey.")
    assert (q.id, q.text) == ("q1", "Several dozen former fighters")
    assert (q.low, q.high, q.best) == (36, 96, 48)
    assert (q.unit, q.object, q.per, q.approximate) == ("person", "former fighters", None, True)


def test_quantities_counts_people_with_their_noun_phrase() -> None:
    q = one("Four Norwegian hikers reached Tromsø on foot.")
    assert (q.text, q.best, q.unit, q.object, q.approximate) == (
        "Four Norwegian hikers", 4, "person", "Norwegian hikers", False)


@pytest.mark.parametrize(("text", "obj"), [
    ("Hundreds of nurses marched in Lyon.", "nurses"),
    ("Tens of thousands of Kenyan farmers joined the strike.", "Kenyan farmers"),
    ("Thousands more young volunteers are expected.", "young volunteers"),
    ("A handful of journalists stayed in Goma.", "journalists"),
    ("Two of Ms Berg's deputies resigned.", "Ms Berg's deputies"),
])
def test_quantities_vague_person_counts(text: str, obj: str) -> None:
    q = one(text)
    assert (q.unit, q.object, q.approximate) == ("person", obj, True) or \
        (q.unit, q.object) == ("person", obj)


def test_quantities_bare_figure_for_victims_is_people() -> None:
    q = one("Officials said 12 were killed near Kherson.")
    assert (q.best, q.unit) == (12, "person")


def test_quantities_bare_vague_victims_are_people() -> None:
    q = one("Dozens were injured when the bridge collapsed.")
    assert (q.unit, q.low, q.high) == ("person", 24, 108)


def test_quantities_indian_scales_and_rupees() -> None:
    q = one("The ministry set aside Rs 5 crore for repairs.")
    assert (q.text, q.best, q.unit) == ("Rs 5 crore", 5e7, "INR")


def test_quantities_money_with_rate() -> None:
    brothers, q = quantities("The two brothers paid a driver $2,000 each to reach Izmir.")
    assert (brothers.text, brothers.unit) == ("two brothers", "person")
    assert (q.text, q.best, q.unit, q.per) == ("$2,000 each", 2000, "USD", "person")
    q = one("Beds in Milan cost €800 a head this winter.")
    assert (q.unit, q.per) == ("EUR", "person")


def test_quantities_objects_for_other_counts() -> None:
    q = one("Police seized three trucks near Calais.")
    assert (q.best, q.unit, q.object) == (3, None, "trucks")


def test_quantities_currency_from_counted_noun() -> None:
    q = one("The repairs cost tens of thousands of dollars.")
    assert (q.unit, q.low, q.high) == ("USD", 20000, 90000)


@pytest.mark.parametrize(("text", "span"), [
    ("Abu Karim, the 26-year-old, said he left.", "26-year-old"),
    ("Lena Ortiz, 25, said she stayed.", "25"),
    ("A man aged 30 was arrested in Bonn.", "30"),
])
def test_quantities_ages_are_years_not_people(text: str, span: str) -> None:
    ages = [q for q in quantities(text) if q.object == "age"]
    assert len(ages) == 1
    assert (ages[0].text, ages[0].unit) == (span, "year")
    assert all(q.unit != "person" for q in quantities(text) if q.text == span)


def test_quantities_durations_have_time_units() -> None:
    q = one("She was held in a cell for 13 days without water.")
    assert (q.text, q.best, q.unit) == ("13 days", 13, "day")


@pytest.mark.parametrize("text", [
    "The camp opened in 2017 near Gaziantep.",
    "The convoy left on 12 September 2017 at dawn.",
    "The convoy left on September 12, 2017.",
    "Talks resume at 10:30 in Geneva.",
    "The meeting starts at 3pm in Oslo.",
    "Call the office on 020 7946 0018 today.",
    "She lives at 221 Baker Street in London.",
    "The third convoy was stopped.",
    "The 21st convoy was stopped.",
    "Resolution 2254 was adopted.",
    "The F-16 crashed in Arizona.",
    "Prices peaked in the 1990s.",
    "The report is dated 2017-09-12.",
    "The siege lasted from 2014 to 2016.",
    "Memorials for 9/11 were held.",
    "The clinic is open 24/7 now.",
])
def test_quantities_ignores_dates_times_phones_addresses_ordinals(text: str) -> None:
    assert quantities(text) == []


def test_quantities_ids_follow_text_order() -> None:
    qs = quantities("About 300 people fled and 40 tents burned within two hours.")
    assert [q.id for q in qs] == ["q1", "q2", "q3"]
    assert [q.unit for q in qs] == ["person", None, "hour"]
    assert qs[0].low < 300 < qs[0].high


def test_quantities_seed_gold_values_and_units() -> None:
    gold = json.loads(shared_or_skip("eval", "gold", "000_8c313a039cfc1ceb.json").read_text())
    text = shared_or_skip("seeds", "000_8c313a039cfc1ceb.txt").read_text(encoding="utf-8")
    found = quantities(text)
    for g in gold["quantities"]:
        words = g["text"].lower()
        cands = [q for q in found if words in q.text.lower()]
        assert cands, g["text"]
        lo, hi = g["bounds"]
        assert any(q.low <= g["value"] <= q.high and lo <= q.low and q.high <= hi
                   and q.unit == g["unit"] for q in cands), (g, cands)
