"""The timeline's dense range: an old mention does not stretch the axis; outliers are told."""

from __future__ import annotations

import dataclasses
from datetime import date

from eventwire.rows import event_rows
from eventwire.web.timeline import dense_range, series, timeline_svg
from tests.web.sample_docs import idlib


def test_dense_range_drops_a_lone_old_week() -> None:
    weeks = {date(2024, 3, 4): 10.0, date(2024, 3, 11): 12.0, date(2024, 4, 1): 3.0,
             date(1961, 1, 2): 1.0}
    assert dense_range(weeks) == (date(2024, 3, 4), date(2024, 4, 1))
    assert dense_range({}) is None
    assert dense_range({date(2024, 1, 1): 1.0}) == (date(2024, 1, 1), date(2024, 1, 1))


def test_dense_range_keeps_a_neighbouring_run_with_a_real_share() -> None:
    weeks = {date(2023, 1, 2): 30.0, date(2024, 3, 4): 60.0, date(2015, 3, 2): 1.0}
    assert dense_range(weeks) == (date(2023, 1, 2), date(2024, 3, 4))


def test_series_notes_outliers_and_plots_only_the_dense_range() -> None:
    row = event_rows(idlib())[0]
    rows = [dataclasses.replace(row, event_id=f"v{i}", earliest=f"2024-03-{1 + i:02d}",
                                latest=f"2024-03-{1 + i:02d}") for i in range(20)]
    rows.append(dataclasses.replace(row, event_id="old", earliest="1961-05-01",
                                    latest="1961-05-01"))
    data = series(rows)
    assert data.first == date(2024, 2, 26) and data.last == date(2024, 3, 18)
    assert data.outside == 1 and data.outside_first == date(1961, 5, 1)
    svg = str(timeline_svg(data, "count"))
    assert "1961" not in svg and 'data-first="2024-02-26"' in svg
    assert sum(sum(c.values()) for c in data.weeks.values()) == 20


def test_series_of_fatalities_sums_told_deaths_stacked_by_acled_type() -> None:
    base = event_rows(idlib())[0]
    rows = [dataclasses.replace(base, event_id="a", fatalities=12,
                                acled_event_type="Explosions/Remote violence"),
            dataclasses.replace(base, event_id="b", fatalities=3, acled_event_type="Battles"),
            dataclasses.replace(base, event_id="c", fatalities=None)]
    data = series(rows, "fatalities")
    (week, counts), = data.weeks.items()
    assert counts == {"Explosions/Remote violence": 12.0, "Battles": 3.0}
    assert data.labels[0] == "Battles"  # ACLED types, codebook order
    assert "15 deaths" not in str(timeline_svg(data, "fatalities"))
    assert "12 deaths, Explosions/Remote violence" in str(timeline_svg(data, "fatalities"))
    assert sum(series(rows).weeks[week].values()) == 3  # counts: every event
