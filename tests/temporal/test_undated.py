"""Articles without a publication date: relative times are left empty, never guessed."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.temporal import find_times


def resolved(text: str, published: date | None = None) -> dict[str, str | None]:
    return {t.text: t.earliest.isoformat() if t.earliest else None
            for t in find_times(text, published)}


@pytest.mark.parametrize("text", [
    "Gunmen raided the market in Gao on Thursday, residents said.",
    "Last week soldiers closed the road to Kidal.",
    "Yesterday the convoy reached Tillaberi.",
    "In recent weeks families have left Djibo.",
])
def test_relative_times_stay_empty_without_a_publication_date(text: str) -> None:
    assert set(resolved(text).values()) == {None}


def test_a_year_mentioned_in_passing_lends_nothing_far_away() -> None:
    text = ("The militia, formed in 2014, has grown.\n\n"
            "Aid workers in Menaka said the clinic was looted in March and burned at Christmas.")
    got = resolved(text)
    assert got["2014"] == "2014-01-01"
    assert got["March"] is None and got["Christmas"] is None


def test_the_same_text_resolves_against_a_publication_date() -> None:
    text = ("The militia, formed in 2014, has grown.\n\n"
            "Aid workers in Menaka said the clinic was looted in March and burned at Christmas.")
    got = resolved(text, date(2021, 6, 1))
    assert got["March"] == "2021-03-01" and got["Christmas"] == "2020-12-25"


def test_a_yearless_quarter_takes_no_year_from_an_earlier_one() -> None:
    got = resolved("Sales fell in the third quarter of 2019. In the second quarter, they rose.")
    assert got["the third quarter of 2019"] == "2019-07-01"
    assert got["the second quarter"] is None


def test_counting_from_an_unresolved_relative_time_gives_nothing() -> None:
    got = resolved("The camp opened in 2015. On Thursday gunmen attacked it; "
                   "the next day they left.")
    assert got["Thursday"] is None and got["the next day"] is None


def test_absolute_dates_and_anaphora_on_them_still_resolve() -> None:
    got = resolved("Soldiers arrived in Gao on 3 March 2021. The following day they left. "
                   "In 2012 the camp opened; the next year it closed.")
    assert got["3 March 2021"] == "2021-03-03"
    assert got["The following day"] == "2021-03-04"
    assert got["the next year"] == "2013-01-01"


def test_a_year_stated_just_before_a_month_still_lends_itself() -> None:
    # the same rule as for dated articles: an explicit year shortly before, same paragraph
    got = resolved("The camp opened in 2012. In March, fighters raided it.")
    assert got["March"] == "2012-03-01"


def test_a_yearless_date_follows_the_story_a_dated_time_began() -> None:
    got = resolved("Soldiers reached Gao on 3 March 2021. On 5 April they left for Kidal.")
    assert got["5 April"] == "2021-04-05"
    got = resolved("The camp was emptied in March 2019.\n\nIn April, fighters raided it again.")
    assert got["April"] == "2019-04-01"
    got = resolved("Herders reached Bama on 15 December 2020. On 3 January they moved on.")
    assert got["3 January"] == "2021-01-03"


def test_an_unplaced_day_stops_the_story_clock() -> None:
    got = resolved("Soldiers reached Gao on 3 March 2021. On Thursday gunmen attacked the camp; "
                   "the next day the soldiers left.")
    assert got["Thursday"] is None and got["the next day"] is None


def test_a_reporting_time_ends_the_story_as_in_a_dated_article() -> None:
    got = resolved("Fighting began on 3 March 2021. On Thursday, residents of Gao said the "
                   "market had reopened. In April, the road was cut.")
    assert got["April"] is None
