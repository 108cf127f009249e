"""ACLED-shaped export: loaded with pandas as an analyst would, columns, types and values."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pandas as pd
import pytest

from eventwire.eventing.acled import ACLED_LABELS
from eventwire.export import export
from eventwire.export.acled import ACLED_COLUMNS, COLUMNS
from eventwire.store import EventQuery, Store
from tests.export.happening_docs import doc_id, happening_store

ACLED_EVENT_TYPES = {t for t, _ in ACLED_LABELS.values()}
ACLED_SUB_TYPES = {s for _, s in ACLED_LABELS.values()}
DISORDERS = {"Political violence", "Demonstrations", "Political violence; Demonstrations",
             "Strategic developments"}


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    s = happening_store()
    yield s
    s.close()


def frame(store: Store, query: EventQuery | None = None) -> pd.DataFrame:
    fp = io.StringIO()
    export(store, "acled", query or EventQuery(), fp)
    return pd.read_csv(io.StringIO(fp.getvalue()))


@pytest.fixture(scope="module")
def acled(store: Store) -> pd.DataFrame:
    return frame(store)


def by_doc(table: pd.DataFrame, name: str) -> pd.Series:
    rows = table[table.document_ids.str.contains(doc_id(name), regex=False)]
    assert len(rows) == 1, name
    return rows.iloc[0]


def test_acled_columns_are_acleds_then_eventwires(acled: pd.DataFrame) -> None:
    assert tuple(acled.columns) == COLUMNS
    assert tuple(acled.columns[:len(ACLED_COLUMNS)]) == (
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
        "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
        "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
        "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
        "source_scale", "notes", "fatalities", "tags", "timestamp")
    for own in ("certainty", "source_kind", "fatalities_low", "fatalities_high", "document_ids",
                "mention_count"):
        assert own in acled.columns


def test_acled_dtypes_and_value_sets(acled: pd.DataFrame) -> None:
    dated = acled[acled.event_date.notna()]
    days = pd.to_datetime(dated.event_date, format="%Y-%m-%d")
    assert (days.dt.year == dated.year).all()
    assert set(acled.time_precision.dropna()) <= {1, 2, 3}
    assert set(acled.geo_precision.dropna()) <= {1, 2, 3}
    assert set(acled.inter1.dropna()) | set(acled.inter2.dropna()) <= set(range(1, 9))
    for code in acled.interaction.dropna().astype(int):
        first, second = divmod(code, 10)
        assert 1 <= first <= 8 and (second == 0 or first <= second <= 8)
    assert set(acled.event_type) <= ACLED_EVENT_TYPES
    assert set(acled.sub_event_type) <= ACLED_SUB_TYPES
    assert set(acled.disorder_type) <= DISORDERS
    assert set(acled.civilian_targeting.dropna()) <= {"Civilian targeting"}
    assert pd.api.types.is_integer_dtype(acled.iso)
    assert pd.api.types.is_float_dtype(acled.latitude)
    assert acled.latitude.between(-90, 90).all() and acled.longitude.between(-180, 180).all()
    fatalities = acled.fatalities.dropna()
    assert (fatalities >= 0).all() and (fatalities == fatalities.round()).all()
    assert acled.event_id_cnty.str.fullmatch(r"[A-Z]{3}\d+").all()
    assert acled.event_id_cnty.is_unique
    assert acled[["admin3", "source_scale", "assoc_actor_1", "timestamp"]].isna().all().all()


def test_acled_one_row_per_incident_with_conservative_toll(acled: pd.DataFrame) -> None:
    row = by_doc(acled, "djibo1")
    assert row.document_ids.count(";") == 1  # both articles in one row
    assert (row.fatalities, row.fatalities_low, row.fatalities_high) == (14, 14, 30)
    assert row.number_of_sources == 2 and row.source == "Sahel Dispatch; Ouaga Daily"
    assert (row.event_date, row.time_precision, row.date_basis) == ("2023-11-19", 1, "text")
    assert (row.country, row.iso, row.region) == ("Burkina Faso", 854, "Western Africa")
    assert (row.admin1, row.admin2, row.location) == ("Sahel", "Province du Soum", "Djibo")
    assert row.geo_precision == 2  # "near Djibo"
    assert row.event_id_cnty.startswith("BFA")
    assert (row.inter1, row.inter2, row.interaction) == (3, 7, 37)
    assert row.civilian_targeting == "Civilian targeting"
    assert row.notes.startswith("On 19 November 2023 in Djibo (Sahel, Burkina Faso): Gunmen")
    assert "\n" not in row.notes and "Text: \"" in row.notes


def test_acled_protest_has_protesters_and_crowd_size(acled: pd.DataFrame) -> None:
    row = by_doc(acled, "erbil")
    assert (row.inter1, row.interaction, row.geo_precision) == (6, 60, 1)
    assert row.tags == "crowd size=hundreds of teachers"
    assert pd.isna(row.fatalities)


def test_acled_undated_event_takes_the_publication_date(acled: pd.DataFrame) -> None:
    row = by_doc(acled, "kidal")
    assert (row.event_date, row.time_precision, row.date_basis) == ("2024-01-05", 2,
                                                                     "published")
    assert row.geo_precision == 3 and row.admin1 == "Kidal"
    # Burkinabe soldiers fighting in Mali: state forces abroad are external forces (8)
    assert (row.inter1, row.actor1_country, row.inter2, row.interaction) == (8, "BF", 2, 28)


def test_acled_leaves_out_hypothetical_and_non_acled_events(store: Store,
                                                            acled: pd.DataFrame) -> None:
    ids = ";".join(acled.document_ids)
    assert doc_id("planned") not in ids and doc_id("move") not in ids
    asked = frame(store, EventQuery(certainty="hypothetical"))
    assert list(asked.document_ids) == [doc_id("planned")]


def test_acled_filters_apply(store: Store) -> None:
    assert set(frame(store, EventQuery(country="iq")).country) == {"Iraq"}
    assert set(frame(store, EventQuery(type="assault")).eventwire_type) == {"ASSAULT"}


def test_acled_shows_no_server_paths(acled: pd.DataFrame) -> None:
    assert not acled.urls.str.contains("/srv/", regex=False).any()
    assert "djibo1.txt" in by_doc(acled, "djibo1").urls


def test_acled_a_malformed_date_is_no_date() -> None:
    from eventwire.store import open_store
    from tests.export.happening_docs import SPECS, Spec, build

    spec = SPECS["djibo1"]
    odd = Spec(spec.text, spec.trigger, spec.etype, spec.actor, spec.target, spec.place,
               day="2023-13-45", day_word="Sunday", acled=spec.acled, published="2023-11-21")
    store = open_store("sqlite://")
    store.save([build(odd, "odd")])
    row = frame(store).iloc[0]
    store.close()
    assert (row.event_date, row.date_basis, row.time_precision) == ("2023-11-21", "published", 2)
