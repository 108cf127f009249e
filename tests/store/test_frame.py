"""Events as a pandas DataFrame: one row per event, its place, time and counts joined."""

from __future__ import annotations

import dataclasses
import sys

import pytest

from eventwire.model import CountRange, Document, Event, Time
from eventwire.store import EventQuery, Store
from eventwire.store.frame import COLUMNS, events_frame
from tests.store.factory import make_doc, variant

pd = pytest.importorskip("pandas")


def _with_counts(doc: Document) -> Document:
    """The factory's document plus a second event: an ASSAULT with deaths and injuries,
    no place, a time of month precision reaching back to 1066 (outside nanoseconds)."""
    old = Time("t2", doc.text[:6], 0, 6, "1066-10-01", "1066-10-31", "month")
    first = doc.events[0]
    second = dataclasses.replace(
        first, id="v2", type="ASSAULT", mode="kill", place=None, time="t2", quantity=None,
        fatalities=CountRange(3, 4, 6), injured=CountRange(2, 2, 2))
    events: tuple[Event, ...] = (first, second)
    return dataclasses.replace(doc, times=(*doc.times, old), events=events)


def test_one_row_per_event_with_place_time_and_counts_joined() -> None:
    frame = events_frame([_with_counts(make_doc())])
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == 2
    first, second = frame.iloc[0], frame.iloc[1]
    assert (first["event_id"], first["type"], first["mode"]) == ("v1", "COERCE", "detain")
    assert (first["place"], first["country"], first["admin1"]) == ("Kassala", "SD", "Kassala")
    assert (first["lat"], first["lon"], first["place_precision"]) == (15.45, 36.4, "city")
    assert first["time_start"] == pd.Timestamp("2024-03-04")
    assert first["time_precision"] == "day"
    assert (first["count_best"], first["count_unit"]) == (40, "person")
    assert pd.isna(first["fatalities_best"]) and pd.isna(first["injured_best"])
    assert (first["certainty"], first["source"]) == ("claimed", "Amira Tesfay")
    assert (first["published"], first["outlet"]) == (pd.Timestamp("2024-03-04"),
                                                      "Example Wire")
    assert (first["url"], first["file"]) == ("https://example.org/a.txt", "a.txt")
    assert pd.isna(second["place"]) and pd.isna(second["lat"])
    assert (second["fatalities_low"], second["fatalities_best"],
            second["fatalities_high"]) == (3, 4, 6)
    assert second["injured_best"] == 2
    assert second["time_start"].year == 1066 and second["time_end"].day == 31


def test_dtypes_are_what_an_analyst_filters_on() -> None:
    frame = events_frame([_with_counts(make_doc()), variant(2, published=None)])
    assert str(frame["fatalities_best"].dtype) == "Int64"
    assert str(frame["count_best"].dtype) == "Float64"
    assert frame["lat"].dtype == "float64" and frame["confidence"].dtype == "float64"
    for column in ("time_start", "time_end", "published"):
        assert frame[column].dtype.kind == "M", column
    assert pd.isna(frame["published"].iloc[-1])
    assert frame[frame["type"] == "ASSAULT"]["fatalities_best"].sum() == 4


def test_file_is_the_name_without_server_folders() -> None:
    doc = make_doc(path="/srv/feeds/2024/wire.jsonl#w-17")
    doc = dataclasses.replace(doc, meta=dataclasses.replace(doc.meta, url=None))
    frame = events_frame([doc])
    assert frame["file"].tolist() == ["wire.jsonl#w-17"] and pd.isna(frame["url"].iloc[0])


def test_no_documents_give_an_empty_frame_with_every_column() -> None:
    frame = events_frame([])
    assert list(frame.columns) == list(COLUMNS) and len(frame) == 0
    assert str(frame["fatalities_best"].dtype) == "Int64"


def test_missing_pandas_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'eventwire\[frame\]'"):
        events_frame([make_doc()])


def test_store_frame_equals_the_documents_frame_and_honours_the_query(store: Store) -> None:
    docs = [_with_counts(make_doc()), variant(1), variant(2, country="ER")]
    store.save(docs)
    from_store = store.events_frame()
    expected = events_frame(docs)
    key = ["document_id", "event_id"]
    pd.testing.assert_frame_equal(
        from_store.sort_values(key).reset_index(drop=True),
        expected.sort_values(key).reset_index(drop=True))
    eritrea = store.events_frame(EventQuery(country="ER"))
    assert list(eritrea["document_id"]) == [docs[2].id]
    assert list(store.events_frame(EventQuery(type="ASSAULT"))["event_id"]) == ["v2"]
