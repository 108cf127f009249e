"""Grouping events across documents into incidents."""

from __future__ import annotations

from dataclasses import replace

from eventwire.incidents import GroupingConfig, group_incidents, reconcile_counts
from eventwire.rows import EventRow

BASE = EventRow(
    document_id="d1", event_id="v1", type="ASSAULT", mode=None, trigger="killed", actor=None,
    target=None, place_name="Maiduguri", country="NG", admin1="Borno", lat=11.85, lon=13.16,
    origin_name=None, origin_lat=None, origin_lon=None, destination_name=None,
    destination_lat=None, destination_lon=None, earliest="2024-03-05", latest="2024-03-05",
    low=14, best=14, high=14, certainty="asserted", source="Lake Chad Courier",
    source_kind="reporter", quote=None, sentence="", confidence=0.9, url=None,
    published="2024-03-06", title=None, place_kind="city",
)


def row(doc: str, **kw: object) -> EventRow:
    return replace(BASE, document_id=doc, **kw)  # type: ignore[arg-type]


def test_group_same_place_and_day_folds() -> None:
    rows = [row("d1"), row("d2", lat=11.9, lon=13.1, source="Sahel Post", low=12, best=12,
                           high=24), row("d3", source="Borno Herald")]
    (inc,) = group_incidents(rows)
    assert inc.num_documents == 3 and inc.num_sources == 3
    assert {d for d, _ in inc.events} == {"d1", "d2", "d3"}


def test_group_far_apart_stays_apart() -> None:
    rows = [row("d1"), row("d2", place_name="Kano", lat=12.0, lon=8.52)]
    assert len(group_incidents(rows)) == 2


def test_group_distance_is_configurable() -> None:
    rows = [row("d1"), row("d2", lat=12.3, lon=13.16)]  # 50 km north
    assert len(group_incidents(rows, config=GroupingConfig(km=40))) == 2
    assert len(group_incidents(rows, config=GroupingConfig(km=60))) == 1


def test_group_different_days_stay_apart() -> None:
    rows = [row("d1"), row("d2", earliest="2024-03-09", latest="2024-03-09")]
    assert len(group_incidents(rows)) == 2


def test_group_different_family_stays_apart() -> None:
    assert len(group_incidents([row("d1"), row("d2", type="PROTEST")])) == 2


def test_group_coarse_report_joins_by_region() -> None:
    coarse = row("d2", place_name="Borno", lat=11.5, lon=13.0, place_kind="admin1")
    (inc,) = group_incidents([row("d1"), coarse])
    assert inc.num_documents == 2 and inc.lat is not None and abs(inc.lat - 11.85) < 0.01


def test_group_coarse_report_never_bridges_two_happenings() -> None:
    a, b = row("d1"), row("d2", place_name="Bama", lat=11.52, lon=13.69)  # 65 km apart
    coarse = row("d3", place_name="Nigeria", lat=9.0, lon=8.0, place_kind="country")
    found = group_incidents([a, b, coarse])
    assert sorted(i.num_documents for i in found) == [1, 2]


def test_group_conflicting_actor_names_stay_apart() -> None:
    rows = [row("d1", actor="fighters of Boko Haram"), row("d2", actor="soldiers of Nigeria Army")]
    assert len(group_incidents(rows)) == 2


def test_group_hypothetical_is_not_an_incident() -> None:
    assert group_incidents([row("d1", certainty="hypothetical")]) == []


def test_group_undated_uses_publication_week() -> None:
    undated = row("d2", earliest=None, latest=None, published="2024-03-07")
    (inc,) = group_incidents([row("d1"), undated])
    assert inc.num_documents == 2 and inc.earliest == "2024-03-05"


def test_group_outlet_counts_once() -> None:
    rows = [row("d1"), row("d2", source_kind="anonymous", source="police")]
    (inc,) = group_incidents(rows, outlets={"d1": "The Courier", "d2": "Courier"})
    assert inc.num_sources == 1 and inc.num_documents == 2


def test_reconcile_counts_ucdp_style() -> None:
    rows = [row("d1"), row("d2", low=12, best=12, high=24), row("d3", low=11, best=15, high=19),
            row("d4", low=60, best=60, high=60, certainty="denied")]
    assert reconcile_counts(rows) == (12, 14.0, 15)


def test_reconcile_single_vague_report_keeps_its_range() -> None:
    assert reconcile_counts([row("d1", low=24, best=36, high=96)]) == (24, 36, 96)
