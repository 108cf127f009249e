"""Exporters: JSON Lines documents, events as CSV, RFC 7946 GeoJSON and Parquet."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pyarrow.parquet as pq
import pytest

from eventwire.errors import EventwireError
from eventwire.export import csv as csv_export
from eventwire.export import export, geojson, jsonl, parquet
from eventwire.model import document_from_dict
from eventwire.store import EventQuery, Store

POSITION = {"type": "array", "minItems": 2, "maxItems": 3,
            "prefixItems": [{"type": "number", "minimum": -180, "maximum": 180},
                            {"type": "number", "minimum": -90, "maximum": 90}],
            "items": {"type": "number"}}
#: RFC 7946 FeatureCollection of Point features (section 3); no "crs" member (section 4).
GEOJSON_SCHEMA = {
    "type": "object", "required": ["type", "features"],
    "not": {"required": ["crs"]},
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {"type": "array", "items": {
            "type": "object", "required": ["type", "geometry", "properties"],
            "properties": {
                "type": {"const": "Feature"},
                "id": {"type": ["string", "number"]},
                "properties": {"type": ["object", "null"]},
                "geometry": {"oneOf": [{"type": "null"}, {
                    "type": "object", "required": ["type", "coordinates"],
                    "properties": {"type": {"const": "Point"}, "coordinates": POSITION}}]},
            }}},
    },
}


def test_jsonl_writes_one_contract_document_per_line(filled_store: Store) -> None:
    fp = io.StringIO()
    docs = list(filled_store.iter_documents())
    assert jsonl.write(docs, fp) == 3
    lines = fp.getvalue().splitlines()
    assert [document_from_dict(json.loads(line)) for line in lines] == docs
    assert json.loads(lines[0])["schema"] == "eventwire.document/1"


def test_csv_has_acled_style_columns_one_row_per_event(filled_store: Store) -> None:
    fp = io.StringIO()
    assert csv_export.write(filled_store.iter_events(), fp) == 3
    rows = list(csv.DictReader(io.StringIO(fp.getvalue())))
    for column in ("actor", "target", "place_name", "country", "lat", "lon", "earliest",
                   "latest", "low", "best", "high", "certainty", "source", "sentence", "url"):
        assert column in rows[0], column
    sudan = next(r for r in rows if r["country"] == "SD")
    assert (sudan["actor"], sudan["best"], sudan["lat"]) == ("Border guards", "40", "15.45")


def test_geojson_is_valid_rfc7946_and_skips_unlocated(filled_store: Store) -> None:
    fp = io.StringIO()
    assert geojson.write(filled_store.iter_events(), fp) == 2
    data = json.loads(fp.getvalue())
    jsonschema.validate(data, GEOJSON_SCHEMA)
    point = data["features"][0]["geometry"]["coordinates"]
    assert point == [36.4, 15.45]  # [lon, lat]


def test_geojson_empty_collection_is_valid() -> None:
    fp = io.StringIO()
    assert geojson.write([], fp) == 0
    jsonschema.validate(json.loads(fp.getvalue()), GEOJSON_SCHEMA)


def test_geojson_schema_rejects_swapped_coordinates() -> None:
    bad = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
           "geometry": {"type": "Point", "coordinates": [15.0, 120.0]}}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, GEOJSON_SCHEMA)


def test_parquet_writes_typed_event_table(filled_store: Store) -> None:
    fp = io.BytesIO()
    assert parquet.write(filled_store.iter_events(), fp) == 3
    table = pq.read_table(io.BytesIO(fp.getvalue()))
    assert table.num_rows == 3 and str(table.schema.field("lat").type) == "double"
    assert sorted(c for c in table.column("country").to_pylist() if c) == ["ML", "SD", "TD"]


def test_export_filters_events_by_country_and_dates(filled_store: Store) -> None:
    fp = io.StringIO()
    count, noun = export(filled_store, "csv", EventQuery(country="td"), fp)
    assert (count, noun) == (1, "events")
    count, _ = export(filled_store, "csv", EventQuery(type="ASSAULT"), io.StringIO())
    assert count == 0


def test_export_jsonl_by_event_type_keeps_matching_documents(filled_store: Store) -> None:
    fp = io.StringIO()
    assert export(filled_store, "jsonl", EventQuery(type="COERCE"), fp)[0] == 3
    assert export(filled_store, "jsonl", EventQuery(certainty="denied"), io.StringIO())[0] == 0
    assert export(filled_store, "jsonl", EventQuery(since="2024-01-01"), io.StringIO())[0] == 2


def test_export_rejects_unknown_format(filled_store: Store) -> None:
    with pytest.raises(EventwireError, match="use one of: jsonl, csv, geojson, parquet"):
        export(filled_store, "xml", EventQuery(), io.StringIO())
