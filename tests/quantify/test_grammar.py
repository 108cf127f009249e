"""Finding figures with their approximator, currency, unit, rate and range."""

from __future__ import annotations

import pytest

from eventwire.quantify.mentions import find_mentions


def only(text: str) -> tuple[str, float, float, str | None, str | None]:
    (m,) = find_mentions(text)
    return text[m.start:m.end], m.value.low, m.value.high, m.unit, m.per


@pytest.mark.parametrize(("text", "span", "low", "high", "unit", "per"), [
    ("Each family paid $2,000 each to the driver.", "$2,000 each", 2000, 2000, "USD", "person"),
    ("Rooms cost €800 a head in Milan.", "€800 a head", 800, 800, "EUR", "person"),
    ("The fine was £1.5m in Leeds.", "£1.5m", 1.5e6, 1.5e6, "GBP", None),
    ("He earned 500 rupees a day in Pune.", "500 rupees a day", 500, 500, "INR", "day"),
    ("Aid worth EUR 300 arrived.", "EUR 300", 300, 300, "EUR", None),
    ("The loan was 40 million dollars.", "40 million dollars", 4e7, 4e7, "USD", None),
    ("Fees rose to A$90 in Perth.", "A$90", 90, 90, "AUD", None),
    ("The deal is worth $10-15 million.", "$10-15 million", 1e7, 1.5e7, "USD", None),
    ("The ticket cost 1,200€ in Porto.", "1,200€", 1200, 1200, "EUR", None),
])
def test_grammar_reads_money(text: str, span: str, low: float, high: float, unit: str,
                             per: str | None) -> None:
    assert only(text) == (span, low, high, unit, per)


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("She walked 12 km to the camp.", "12 km", 12, "km"),
    ("The wall is 300 metres long.", "300 metres", 300, "m"),
    ("They drove 40 miles north.", "40 miles", 40, "mile"),
    ("A 13-day march ended.", "13-day", 13, "day"),
    ("The crate weighed 20kg at most.", "20kg", 20, "kg"),
    ("Turnout fell 4.5% on Sunday.", "4.5%", 4.5, "percent"),
    ("Support stands at 30 per cent now.", "30 per cent", 30, "percent"),
    ("Rain fell for three hours.", "three hours", 3, "hour"),
    ("The talks took 2½ hours.", "2½ hours", 2.5, "hour"),
    ("The ship carried 5,000 tonnes of wheat.", "5,000 tonnes", 5000, "tonne"),
    ("The engine gives 640bhp on paper.", "640bhp", 640, "hp"),
    ("Shares fell -1.3% by noon.", "-1.3%", -1.3, "percent"),
])
def test_grammar_reads_measures(text: str, span: str, value: float, unit: str) -> None:
    assert only(text)[:4] == (span, value, value, unit)


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("We expect four to five thousand visitors.", "four to five thousand", 4000, 5000),
    ("Prices rose between 5% and 6% last week.", "between 5% and 6%", 5, 6),
    ("It lasted two or three days.", "two or three days", 2, 3),
    ("Expect 10-15 trucks.", "10-15", 10, 15),
    ("Growth of 5 to 7 per cent is likely.", "5 to 7 per cent", 5, 7),
])
def test_grammar_joins_ranges(text: str, span: str, low: float, high: float) -> None:
    assert only(text)[:3] == (span, low, high)


@pytest.mark.parametrize("text", [
    "Sales rose 6.5% to 164p.",          # a change and a level, not a range
    "It costs 25k or 40k more.",          # two alternatives, not consecutive
    "Profit grew by $4 billion to $19 billion.",
])
def test_grammar_keeps_changes_and_alternatives_apart(text: str) -> None:
    assert len(find_mentions(text)) == 2


@pytest.mark.parametrize(("text", "value"), [
    ("A third of the voters stayed home.", 1 / 3),
    ("Two-thirds of the stalls closed.", 2 / 3),
    ("One in five residents left.", 0.2),
    ("Add 1/2 cup of rice.", 0.5),
    ("About half of the crew fled.", 0.5),
])
def test_grammar_reads_fractions(text: str, value: float) -> None:
    (m,) = find_mentions(text)
    assert m.unit == "fraction"
    assert m.value.best == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "The F-16 landed.", "The G7 met.", "Flight MH17 fell.", "The cac40 index slipped.",
    "The 21st century began.", "It was the 1990s.",
])
def test_grammar_skips_names_ordinals_and_decades(text: str) -> None:
    assert find_mentions(text) == []


def test_grammar_word_numbers_do_not_run_together() -> None:
    spans = [(m.value.best) for m in find_mentions("a three course meal and five six-packs")]
    assert spans == [3, 5, 6]
