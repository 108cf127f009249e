"""The document model: content ids and the contract round-trip."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventwire.model import (
    Document,
    Entity,
    Meta,
    Place,
    content_id,
    document_from_dict,
    normalise_text,
)


def test_model_content_id_ignores_line_endings_and_outer_space() -> None:
    assert content_id("A\r\nB  ") == content_id("A\nB")
    assert content_id("A") != content_id("B")


@given(st.text())
def test_model_normalise_is_idempotent(text: str) -> None:
    assert normalise_text(normalise_text(text)) == normalise_text(text)


def test_model_round_trips_through_the_contract_dict() -> None:
    doc = Document(
        id=content_id("Kabul"), text="Kabul", meta=Meta(path="a.txt", authors=("X",)),
        entities=(Entity("e1", "Kabul", "GPE", 0, 5, "Kabul", "c1"),),
        places=(Place("p1", "Kabul", 0, 5, "Kabul", "city", "AF", "Kabul", 34.5, 69.2, 1138958,
                      0.9),),
    )
    data = doc.to_dict()
    assert data["places"][0]["geonames_id"] == 1138958 and data["meta"]["authors"] == ["X"]
    assert document_from_dict(data).to_dict() == data
