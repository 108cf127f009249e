"""find_times on sentences written for these tests: what is found and the interval it gets."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.temporal import find_times

PUB = date(2017, 9, 12)  # a Tuesday


def one(text: str, published: date | None = PUB) -> tuple[str, str | None, str | None, str]:
    """The single time found in ``text`` as (text, earliest, latest, precision)."""
    found = find_times(text, published)
    assert len(found) == 1, found
    t = found[0]
    return (
        t.text,
        t.earliest.isoformat() if t.earliest else None,
        t.latest.isoformat() if t.latest else None,
        t.precision,
    )


CASES = [
    # absolute dates in common formats
    (
        "The clinic in Homs reopened on March 3, 2015.",
        ("March 3, 2015", "2015-03-03", "2015-03-03", "day"),
    ),
    (
        "Lena Vogt arrived in Gaziantep on 3 March 2015.",
        ("3 March 2015", "2015-03-03", "2015-03-03", "day"),
    ),
    (
        "The convoy left Mosul on Tuesday, 3rd of March 2015.",
        ("Tuesday, 3rd of March 2015", "2015-03-03", "2015-03-03", "day"),
    ),
    (
        "The order is dated 2015-03-04 in the file.",
        ("2015-03-04", "2015-03-04", "2015-03-04", "day"),
    ),
    ("The form was signed 04/03/2015 in Kilis.", ("04/03/2015", "2015-04-03", "2015-04-03", "day")),
    ("The form was signed 25/03/2015 in Kilis.", ("25/03/2015", "2015-03-25", "2015-03-25", "day")),
    (
        "The ferry sank on Sept. 11, 2001, off Lesbos.",
        ("Sept. 11, 2001", "2001-09-11", "2001-09-11", "day"),
    ),
    # months, seasons, quarters, years, decades
    (
        "The camp in Zaatari grew in March 2015.",
        ("March 2015", "2015-03-01", "2015-03-31", "month"),
    ),
    (
        "Prices in Aleppo doubled in the spring of 2016.",
        ("the spring of 2016", "2016-03-01", "2016-05-31", "season"),
    ),
    ("Winter 2016 was harsh in Arsal.", ("Winter 2016", "2016-12-01", "2017-02-28", "season")),
    (
        "Exports fell in the third quarter of 2016.",
        ("the third quarter of 2016", "2016-07-01", "2016-09-30", "season"),
    ),
    ("Revenue rose in Q2 2014.", ("Q2 2014", "2014-04-01", "2014-06-30", "season")),
    (
        "The dam was finished in the first half of 2013.",
        ("the first half of 2013", "2013-01-01", "2013-06-30", "range"),
    ),
    ("Omar Haddad studied in Cairo in 2012.", ("2012", "2012-01-01", "2012-12-31", "year")),
    ("The town was rebuilt in the 1990s.", ("the 1990s", "1990-01-01", "1999-12-31", "decade")),
    (
        "Farming in Idlib changed in the early 1980s.",
        ("the early 1980s", "1980-01-01", "1983-12-31", "range"),
    ),
    (
        "The bridge dates from the 20th century.",
        ("the 20th century", "1900-01-01", "1999-12-31", "range"),
    ),
    # early / mid / late
    (
        "The smugglers arrived in early September.",
        ("early September", "2017-09-01", "2017-09-10", "part-of-month"),
    ),
    ("The front moved in mid-2014.", ("mid-2014", "2014-05-01", "2014-08-31", "season")),
    ("The council was elected in late 2015.", ("late 2015", "2015-09-01", "2015-12-31", "season")),
    (
        "The road closed at the end of March 2016.",
        ("the end of March 2016", "2016-03-21", "2016-03-31", "part-of-month"),
    ),
    (
        "Talks began in the first week of June 2016.",
        ("the first week of June 2016", "2016-06-01", "2016-06-07", "week"),
    ),
    # relative to publication
    (
        "Lena Vogt crossed the river last Tuesday.",
        ("last Tuesday", "2017-09-05", "2017-09-05", "day"),
    ),
    (
        "Omar Haddad crossed the river two weeks ago.",
        ("two weeks ago", "2017-08-28", "2017-09-03", "week"),
    ),
    (
        "Prices rose earlier this month.",
        ("earlier this month", "2017-09-01", "2017-09-12", "part-of-month"),
    ),
    ("The clinic closed late last year.", ("late last year", "2016-09-01", "2016-12-31", "season")),
    ("The clinic closed last year.", ("last year", "2016-01-01", "2016-12-31", "year")),
    (
        "Flooding hit Basra the previous spring.",
        ("the previous spring", "2017-03-01", "2017-05-31", "season"),
    ),
    (
        "Hundreds have crossed in recent weeks.",
        ("recent weeks", "2017-08-02", "2017-09-12", "range"),
    ),
    ("Hundreds have crossed this year.", ("this year", "2017-01-01", "2017-12-31", "year")),
    (
        "Hundreds have crossed over the past year.",
        ("the past year", "2016-09-13", "2017-09-12", "year"),
    ),
    (
        "Hundreds have crossed over the past three months.",
        ("the past three months", "2017-06-13", "2017-09-12", "range"),
    ),
    ("The families are now in Kilis.", ("now", "2017-09-12", "2017-09-12", "day")),
    ("The families reached Kilis yesterday.", ("yesterday", "2017-09-11", "2017-09-11", "day")),
    ("The families reached Kilis on Wednesday.", ("Wednesday", "2017-09-06", "2017-09-06", "day")),
    ("The families reached Kilis on Tuesday.", ("Tuesday", "2017-09-12", "2017-09-12", "day")),
    (
        "The families will reach Kilis on Wednesday.",
        ("Wednesday", "2017-09-13", "2017-09-13", "day"),
    ),
    ("The families reached Kilis last week.", ("last week", "2017-09-04", "2017-09-10", "week")),
    (
        "The families reached Kilis a few years ago.",
        ("a few years ago", "2013-01-01", "2015-12-31", "range"),
    ),
    ("The team left Raqqa at the weekend.", ("the weekend", "2017-09-09", "2017-09-10", "week")),
    # month without a year: tense decides
    ("The families reached Kilis in October.", ("October", "2016-10-01", "2016-10-31", "month")),
    ("The families will reach Kilis in October.", ("October", "2017-10-01", "2017-10-31", "month")),
    # ranges and open ranges
    (
        "Fighting raged between March and May.",
        ("between March and May", "2017-03-01", "2017-05-31", "range"),
    ),
    (
        "Fighting raged from 2012 to 2014.",
        ("from 2012 to 2014", "2012-01-01", "2014-12-31", "range"),
    ),
    ("Fighting raged in 2012-14.", ("2012-14", "2012-01-01", "2014-12-31", "range")),
    ("Fighting raged March 3-5, 2015.", ("March 3-5, 2015", "2015-03-03", "2015-03-05", "range")),
    (
        "Fighters have returned since late 2015.",
        ("since late 2015", "2015-09-01", "2017-09-12", "range"),
    ),
    ("The ban lasts until 2019.", ("until 2019", "2017-09-12", "2019-12-31", "range")),
    ("It was not until 2013 that the unit left.", ("2013", "2013-01-01", "2013-12-31", "year")),
    ("The ban held before 2010.", ("before 2010", None, "2009-12-31", "range")),
    # holidays
    (
        "The market reopened at Christmas 2015.",
        ("Christmas 2015", "2015-12-25", "2015-12-25", "day"),
    ),
    (
        "The market reopened on Easter Sunday 2016.",
        ("Easter Sunday 2016", "2016-03-27", "2016-03-27", "day"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][0] for c in CASES])
def test_find_times_resolves_expression(
    text: str, expected: tuple[str, str | None, str | None, str]
) -> None:
    assert one(text) == expected


def test_find_times_resolves_anaphora_against_last_absolute_year() -> None:
    text = "Omar Haddad went to Homs in 2012. He stayed. It was early the next year that he left."
    found = find_times(text, PUB)
    assert [(t.text, t.earliest.isoformat(), t.latest.isoformat()) for t in found] == [
        ("2012", "2012-01-01", "2012-12-31"),
        ("early the next year", "2013-01-01", "2013-04-30"),
    ]


def test_find_times_counts_later_from_the_last_time() -> None:
    found = find_times(
        "Lena Vogt was detained on March 3, 2015. Three days later she was freed.", PUB
    )
    assert found[1].text == "Three days later"
    assert (found[1].earliest, found[1].latest) == (date(2015, 3, 6), date(2015, 3, 6))


def test_find_times_reports_relative_unresolvable_without_publication_date() -> None:
    found = find_times("Lena Vogt left last Tuesday and returned in recent weeks.", None)
    assert [(t.text, t.earliest, t.latest, t.resolvable) for t in found] == [
        ("last Tuesday", None, None, False),
        ("recent weeks", None, None, False),
    ]


def test_find_times_resolves_absolute_without_publication_date() -> None:
    assert one("The bridge fell on March 3, 2015.", None) == (
        "March 3, 2015",
        "2015-03-03",
        "2015-03-03",
        "day",
    )
    assert one("The bridge fell in 2012.", None) == ("2012", "2012-01-01", "2012-12-31", "year")
    assert one("Returns began in late 2015.", None)[1:3] == ("2015-09-01", "2015-12-31")


def test_find_times_keeps_since_open_without_publication_date() -> None:
    assert one("Fighters have returned since late 2015.", None) == (
        "since late 2015",
        "2015-09-01",
        None,
        "range",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The group paid $2,000 each to the smugglers.",
        "Some 2000 people fled the town.",
        "They stayed for three months in Kilis.",
        "The convoy waited 13 days at the border.",
        "Omar, a 26-year-old from Homs, was detained.",
        "Theresa May met the delegation.",
        "Protesters may march through the square.",
        "The Arab Spring changed the region.",
        "She writes for the Sunday Times.",
        "Prices fell 2015 percent, said nobody.",
        "Leaves fall in the valley.",
        "They meet every Friday.",
        "The season started a month earlier than usual.",
    ],
)
def test_find_times_ignores_non_times(text: str) -> None:
    assert find_times(text, PUB) == []


def test_find_times_spans_match_text() -> None:
    text = "In 2012, between March and May, and since late 2015, the group moved; now it waits."
    for t in find_times(text, PUB):
        assert text[t.start : t.end] == t.text


def test_find_times_lends_a_recent_explicit_year_to_a_yearless_month() -> None:
    found = find_times("Omar Haddad reached Homs in 2012. In March, he joined a militia.", PUB)
    assert [(t.text, t.earliest.isoformat()) for t in found] == [
        ("2012", "2012-01-01"),
        ("March", "2012-03-01"),
    ]


def test_find_times_ignores_an_explicit_year_in_an_earlier_paragraph() -> None:
    found = find_times("Omar Haddad reached Homs in 2012.\n\nIn March, he joined a militia.", PUB)
    assert found[1].earliest == date(2017, 3, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Songs from the 80s played.", ("the 80s", "1980-01-01", "1989-12-31", "decade")),
        ("The fort was built in 1648.", ("1648", "1648-01-01", "1648-12-31", "year")),
    ],
)
def test_find_times_reads_short_decades_and_old_years(
    text: str, expected: tuple[str, str | None, str | None, str]
) -> None:
    assert one(text) == expected


def test_find_times_needs_a_cue_for_years_before_1900() -> None:
    assert find_times("The office at 1600 Pennsylvania Avenue.", PUB) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rhodes Tuesday night thanked the crew.",
            ("Tuesday night", "2017-09-12", "2017-09-12", "day"),
        ),
        ("The vote may slip into May.", ("May", "2018-05-01", "2018-05-31", "month")),
        (
            "Stores closed on Thanksgiving 2016.",
            ("Thanksgiving 2016", "2016-11-24", "2016-11-24", "day"),
        ),
    ],
)
def test_find_times_reads_news_forms(text: str, expected: tuple[str, str, str, str]) -> None:
    assert one(text) == expected


def test_find_times_keeps_precision_of_unresolvable_mentions() -> None:
    found = find_times("Trade rose last year and two weeks ago; talks resume on Friday.", None)
    assert [(t.text, t.precision) for t in found] == [
        ("last year", "year"),
        ("two weeks ago", "week"),
        ("Friday", "day"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Between 1 and 5 March, 40 people were killed.",
            ("Between 1 and 5 March", "2017-03-01", "2017-03-05", "range"),
        ),
        (
            "It rained from 1 to 5 March 2016.",
            ("from 1 to 5 March 2016", "2016-03-01", "2016-03-05", "range"),
        ),
        (
            "Shelling was reported on the night of 3-4 March 2016.",
            ("3-4 March 2016", "2016-03-03", "2016-03-04", "range"),
        ),
    ],
)
def test_find_times_reads_day_first_ranges(text: str, expected: tuple[str, str, str, str]) -> None:
    assert one(text) == expected


def test_find_times_since_a_date_with_a_when_clause_is_that_date() -> None:
    text = "No patrols have come since mid-2016, when the militia was driven out."
    assert one(text) == ("mid-2016", "2016-05-01", "2016-08-31", "season")


def test_find_times_resolves_the_previous_season_against_the_anchor() -> None:
    found = find_times("The dam burst in 2015. The previous spring had been dry.", PUB)
    assert (found[1].text, found[1].earliest, found[1].latest) == (
        "The previous spring", date(2014, 3, 1), date(2014, 5, 31))


def test_find_times_weekday_range_runs_forward() -> None:
    found = find_times("The border was shut from Thursday to Monday.", PUB)  # PUB is a Tuesday
    assert (found[0].earliest, found[0].latest) == (date(2017, 9, 7), date(2017, 9, 11))


def test_find_times_until_now_is_open_at_the_start() -> None:
    assert one("The camp stayed closed until now.") == ("until now", None, "2017-09-12", "range")
