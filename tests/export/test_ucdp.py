"""UCDP GED-shaped export: loaded with pandas, GED's columns, codes and death counts."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pandas as pd
import pytest

from eventwire.export import export
from eventwire.export.geography import priogrid_gid
from eventwire.export.ucdp import COLUMNS, GED_COLUMNS, type_of_violence
from eventwire.store import EventQuery
from tests.export.happening_docs import doc_id, happening_store


@pytest.fixture(scope="module")
def ged() -> Iterator[pd.DataFrame]:
    store = happening_store()
    fp = io.StringIO()
    export(store, "UCDP", EventQuery(), fp)
    store.close()
    yield pd.read_csv(io.StringIO(fp.getvalue()))


def test_ucdp_columns_are_geds_then_eventwires(ged: pd.DataFrame) -> None:
    assert tuple(ged.columns) == COLUMNS
    for name in ("id", "year", "type_of_violence", "side_a", "side_b", "date_start",
                 "date_end", "date_prec", "where_prec", "adm_1", "adm_2", "latitude",
                 "longitude", "country", "region", "best", "low", "high", "number_of_sources",
                 "source_article", "source_original"):
        assert name in GED_COLUMNS


def test_ucdp_rows_are_deadly_organised_violence_only(ged: pd.DataFrame) -> None:
    ids = ";".join(ged.document_ids)
    assert doc_id("djibo1") in ids and doc_id("kidal") in ids
    assert doc_id("erbil") not in ids and doc_id("move") not in ids  # no deaths / not violence
    assert len(ged) == 2
    assert (ged.best >= 1).all() and (ged.low <= ged.best).all() and (ged.best <= ged.high).all()


def test_ucdp_dtypes_and_codes(ged: pd.DataFrame) -> None:
    assert pd.api.types.is_integer_dtype(ged.id) and ged.id.is_unique
    assert set(ged.type_of_violence.dropna()) <= {1, 2, 3}
    assert set(ged.date_prec) <= {1, 2, 3, 4, 5} and set(ged.where_prec) <= set(range(1, 8))
    starts = pd.to_datetime(ged.date_start, format="%Y-%m-%d")
    ends = pd.to_datetime(ged.date_end, format="%Y-%m-%d")
    assert (starts <= ends).all() and (starts.dt.year == ged.year).all()
    assert set(ged.region) <= {"Africa", "Americas", "Asia", "Europe", "Middle East"}
    assert ged[["conflict_new_id", "dyad_new_id", "country_id", "gwnoa"]].isna().all().all()


def test_ucdp_incident_row(ged: pd.DataFrame) -> None:
    row = ged[ged.relid == "i-djibo"].iloc[0]
    assert (row.type_of_violence, row.side_a, row.side_b) == (3, "Gunmen", "14 villagers")
    assert (row.low, row.best, row.high, row.deaths_unknown) == (14, 14, 30, 14)
    assert (row.date_start, row.date_end, row.date_prec) == ("2023-11-19", "2023-11-19", 1)
    assert (row.where_prec, row.adm_1, row.adm_2) == (2, "Sahel", "Province du Soum")
    assert row.number_of_sources == 2 and row.source_original == "residents"
    assert row.priogrid_gid == priogrid_gid(14.09864, -1.62665) == 150117
    assert row.geom_wkt == "POINT (-1.62665 14.09864)"


def test_ucdp_undated_event_gets_the_week_before_its_report(ged: pd.DataFrame) -> None:
    row = ged[ged.document_ids == doc_id("kidal")].iloc[0]
    assert (row.date_start, row.date_end, row.date_prec) == ("2023-12-30", "2024-01-05", 3)
    assert (row.type_of_violence, row.where_prec, row.country) == (1, 4, "Mali")


@pytest.mark.parametrize(("a", "b", "kind"), [
    (1, 2, 1), (2, 1, 1), (8, 3, None), (2, 3, 2), (4, 4, 2), (3, 7, 3), (7, 1, 3),
    (6, 1, None), (None, 2, None),
])
def test_ucdp_type_of_violence(a: int | None, b: int | None, kind: int | None) -> None:
    assert type_of_violence(a, b) == kind


def test_ucdp_state_forces_abroad_make_violence_state_based() -> None:
    assert type_of_violence(8, 2, states=(True, False)) == 1
