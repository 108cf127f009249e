"""Narrative time: relative expressions resolve against the time the story has reached,
yearless dates follow the story's timeline, and the expressions issue 18 listed."""

from __future__ import annotations

from datetime import date

from eventwire.temporal import find_times


class _Found(dict[str, tuple[str | None, str | None]]):
    """Times by text; a key also finds the time whose text holds it ("Friday" in "on Friday")."""

    def __missing__(self, key: str) -> tuple[str | None, str | None]:
        for text, value in self.items():
            if text.lower() in key.lower() or key.lower() in text.lower():
                return value
        raise KeyError(key)


def _times(text: str, published: date) -> _Found:
    return _Found({t.text: (t.earliest.isoformat() if t.earliest else None,
                            t.latest.isoformat() if t.latest else None)
                   for t in find_times(text, published)})


PUB = date(2024, 11, 18)


def test_the_next_morning_counts_from_the_story_day_not_publication() -> None:
    text = "The boat left on the evening of 3 March. The next morning, a coastguard towed it."
    assert _times(text, PUB)["The next morning"] == ("2024-03-04", "2024-03-04")


def test_three_days_later_counts_from_the_last_narrated_day() -> None:
    text = ("The boat left on 3 March. The next morning it reached the harbour. "
            "Three days later the family was moved to the camp.")
    assert _times(text, PUB)["Three days later"] == ("2024-03-07", "2024-03-07")


def test_that_evening_and_that_night_are_the_story_day() -> None:
    text = "The boat drifted until 7 January, when fishermen saw it. That evening, villagers came."
    assert _times(text, date(2025, 3, 20))["That evening"] == ("2025-01-07", "2025-01-07")
    text = "The family reached the station on 14 March. That night, his wife washed his feet."
    assert _times(text, date(2024, 4, 9))["That night"] == ("2024-03-14", "2024-03-14")


def test_a_week_before_and_a_month_before_a_clause() -> None:
    text = "She left El Geneina on 15 June 2023. A week before, her brother had been killed."
    early, late = _times(text, date(2025, 2, 6))["A week before"]
    assert early is not None and late is not None and "2023-06-05" <= early <= late <= "2023-06-14"
    text = "She arrived in Renk on 2 May. A month before she arrived, cholera had killed eleven."
    early, late = _times(text, date(2024, 5, 30))["A month before"]
    assert early is not None and late is not None and "2024-03-25" <= early <= late <= "2024-04-30"


def test_the_following_week_counts_from_the_story_day_not_a_later_year_mentioned() -> None:
    text = ("The boat drifted until 7 January. Officials counted 2,300 arrivals in 2024. "
            "The group was moved the following week.")
    early, late = _times(text, date(2025, 3, 20))["the following week"]
    assert early is not None and early.startswith("2025-01")


def test_yearless_dates_follow_the_story_timeline() -> None:
    text = ("When the earthquake struck on 6 February 2023, the family was asleep.\n\n"
            "Rescuers pulled them out on 8 February.\n\n"
            "By the end of March they lived in a tent. On 2 May, a storm tore it apart.")
    found = _times(text, date(2024, 11, 5))
    assert found["8 February"] == ("2023-02-08", "2023-02-08")
    assert found["2 May"] == ("2023-05-02", "2023-05-02")
    assert found["the end of March"][0].startswith("2023-03")  # type: ignore[union-attr]


def test_a_story_year_after_since_does_not_date_later_months() -> None:
    text = ("She has lived in the camp since 1992, when she arrived from Kismayo. "
            "Her granddaughter was born in the same camp in January.")
    assert _times(text, date(2025, 2, 27))["in January"] == ("2025-01-01", "2025-01-31")


def test_earlier_this_spring() -> None:
    text = "The family crossed the jungle earlier this spring."
    early, late = _times(text, date(2024, 4, 9))["earlier this spring"]
    assert early == "2024-03-01" and late is not None and late <= "2024-05-31"


def test_the_last_weeks_of_a_year_and_the_last_days_of_a_month() -> None:
    found = _times("The goats died in the last weeks of 2023, she said.", date(2024, 2, 22))
    early, late = found["the last weeks of 2023"]
    assert early is not None and "2023-11-25" <= early <= "2023-12-15" and late == "2023-12-31"
    found = _times("They drove out in the last days of September 2023.", date(2024, 9, 25))
    early, late = found["the last days of September 2023"]
    assert early is not None and "2023-09-18" <= early and late == "2023-09-30"


def test_the_first_months_of_the_year() -> None:
    found = _times("100,000 people crossed in the first three months of the year.",
                   date(2024, 4, 9))
    assert found["the first three months of the year"] == ("2024-01-01", "2024-03-31")


def test_from_march_to_may_and_the_end_of_the_summer_and_late_autumn() -> None:
    found = _times("From March to May, no convoy reached the town.", date(2024, 7, 10))
    assert found["From March to May"] == ("2024-03-01", "2024-05-31")
    found = _times("He spent the end of the summer in the field. By late autumn he was in Beirut.",
                   date(2025, 1, 15))
    early, late = found["the end of the summer"]
    assert early is not None and early.startswith("2024-08")
    early, late = found["late autumn"]
    assert early is not None and early.startswith(("2024-10", "2024-11")) and late == "2024-11-30"


def test_since_the_start_of_the_year_runs_from_the_current_year() -> None:
    text = ("The goats died in the last weeks of 2023. The camps have grown since the start of "
            "the year.")
    early, late = _times(text, date(2024, 2, 22))["since the start of the year"]
    assert early == "2024-01-01" and late == "2024-02-22"


def test_since_1992_keeps_the_range_and_starts_at_the_anchor_year() -> None:
    found = _times("Emina has lived in the same flat since 1992, the year the war came.",
                   date(2025, 4, 6))
    assert found["since 1992"] == ("1992-01-01", "2025-04-06")


def test_a_year_earlier_keeps_the_precision_of_the_time_it_counts_from() -> None:
    text = "The camp housed 700 people in late March, down from 1,500 a year earlier."
    early, late = _times(text, date(2025, 4, 6))["a year earlier"]
    assert early is not None and early.startswith("2024-03") and late is not None and \
        late.startswith("2024-03")


def test_reporting_times_still_count_from_publication() -> None:
    text = ("The boat left on 3 March. The next morning it reached the harbour. "
            "The ministry said on Friday that arrivals had fallen last week.")
    found = _times(text, PUB)
    assert found["on Friday"] == ("2024-11-15", "2024-11-15")
    assert found["last week"] == ("2024-11-11", "2024-11-17")


def test_a_day_and_month_with_last_year_is_in_the_year_before_publication() -> None:
    found = _times("The boat left Zuwara on 11 April last year and sank two days later. "
                   "In May this year the survivors were moved to Tunis.", PUB)
    assert found["11 April last year"] == ("2023-04-11", "2023-04-11")
    assert found["two days later"] == ("2023-04-13", "2023-04-13")
    assert found["May this year"] == ("2024-05-01", "2024-05-31")


def test_last_year_after_a_date_wins_over_an_earlier_story_year() -> None:
    found = _times("In 2021 he moved to Tripoli. He was arrested on April 11 last year.", PUB)
    assert found["April 11 last year"] == ("2023-04-11", "2023-04-11")


def test_so_far_this_year_runs_from_new_year_to_publication() -> None:
    found = _times("More than 4,000 people have crossed so far this year, the agency said. "
                   "This month so far, 300 have arrived.", PUB)
    assert "so far this year" in found
    assert found["so far this year"] == ("2024-01-01", "2024-11-18")
    assert found["This month so far"] == ("2024-11-01", "2024-11-18")
