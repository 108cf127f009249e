"""The vague-quantifier table: ranges that compose, approximators that widen."""

from __future__ import annotations

import pytest

from eventwire.quantify import vague
from eventwire.quantify.mentions import find_mentions
from eventwire.quantify.vague import Span3


@pytest.mark.parametrize(("text", "low", "high", "best"), [
    ("a handful of", 3, 7, 5),
    ("dozens", 24, 108, 36),
    ("several dozen", 36, 96, 48),
    ("scores of", 40, 180, 60),
    ("hundreds", 200, 900, 300),
    ("tens of thousands", 20000, 90000, 30000),
    ("hundreds of thousands", 200000, 900000, 300000),
    ("a few hundred", 200, 500, 300),
    ("half a dozen", 6, 6, 6),
    ("millions", 2e6, 9e6, 3e6),
])
def test_vague_table_ranges(text: str, low: float, high: float, best: float) -> None:
    (m,) = find_mentions(f"They saw {text} people.")
    assert (m.value.low, m.value.high, m.value.best) == pytest.approx((low, high, best))
    assert m.approximate == (low != high)


@pytest.mark.parametrize(("phrase", "low", "high"), [
    ("more than 1,200", 1200, 1800),
    ("nearly 40,000", 36000, 40000),
    ("up to 300", 0, 300),
    ("about 50", 45, 55),
    ("at least 12", 12, 18),
    ("fewer than 10", 0, 10),
    ("100 or more", 100, 150),
])
def test_vague_approximators_widen_exact_figures(phrase: str, low: float, high: float) -> None:
    (m,) = find_mentions(f"Officials counted {phrase} tents.")
    assert (m.value.low, m.value.high) == pytest.approx((low, high))
    assert m.approximate


def _table_rows() -> list[tuple[str, float, float, float]]:
    rows = []
    table = vague.__doc__.split("| written                 |")[1].split("\n\n")[0]
    for line in table.splitlines()[2:]:
        cells = [c.strip() for c in line.strip("| ").split("|")]
        numbers = [float(c.replace(",", "")) for c in cells[1:]]
        rows.append((cells[0].replace(" (of)", ""), *numbers))
    return rows


def test_vague_docstring_table_matches_the_code() -> None:
    rows = _table_rows()
    assert len(rows) >= 15
    for written, low, high, best in rows:
        (m,) = find_mentions(f"They saw {written} of the people.")
        assert (m.value.low, m.value.high, m.value.best) == pytest.approx((low, high, best)), written


def test_vague_best_guess_lies_inside_every_range() -> None:
    for span in [*vague.MULTIPLIERS.values(), *vague.FIXED.values(), vague.PLURAL]:
        assert span.low <= span.best <= span.high


def test_vague_approximate_keeps_negative_ranges_ordered() -> None:
    widened = vague.approximate(Span3(-100, -100, -100), (0.9, 1.1))
    assert widened.low <= widened.high
