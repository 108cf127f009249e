"""Numbers in digits and words."""

from __future__ import annotations

import pytest

from eventwire.quantify.numbers import parse_digits, parse_number, parse_words


@pytest.mark.parametrize(("text", "value"), [
    ("3,000", 3000), ("1.2", 1.2), (".5", 0.5), ("1,234,567.5", 1234567.5), ("40", 40),
])
def test_numbers_parse_digits(text: str, value: float) -> None:
    assert parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize(("text", "value"), [
    ("four", 4), ("twenty-five", 25), ("twenty five", 25), ("one hundred and twenty", 120),
    ("a thousand", 1000), ("two million", 2e6), ("three hundred thousand", 3e5),
    ("one hundred twenty thousand", 120000), ("nineteen", 19),
])
def test_numbers_parse_words(text: str, value: float) -> None:
    assert parse_words(text) == pytest.approx(value)


@pytest.mark.parametrize(("text", "value"), [
    ("1.2 million", 1.2e6), ("25k", 25000), ("3bn", 3e9), ("4 hundred million", 4e8),
    ("3.06mil", 3.06e6), ("35 lakh", 3.5e6), ("seven", 7),
])
def test_numbers_parse_number_with_scale(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["third", "several", "3,00", "12abc", "many"])
def test_numbers_parse_number_rejects_non_numbers(text: str) -> None:
    assert parse_number(text) is None
