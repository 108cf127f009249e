"""Full-text query building and storage round-trips of arbitrary text (SQLite)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.model import Document, Meta, content_id, normalise_text
from eventwire.store import open_store
from eventwire.store.sqlite import fts5_query


def test_fts5_query_quotes_every_word() -> None:
    assert fts5_query("air strike Aleppo") == '"air" "strike" "Aleppo"'


def test_fts5_query_keeps_phrases_and_prefixes() -> None:
    assert fts5_query('"border guards" detain*') == '"border guards" "detain"*'


def test_fts5_query_neutralises_operators_and_punctuation() -> None:
    assert fts5_query('NEAR(a b) OR c: "x') == '"NEAR" "a" "b" "OR" "c" "x"'
    assert fts5_query(" ** () ") == ""


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(min_size=1, max_size=300).filter(lambda t: normalise_text(t) != ""),
       title=st.none() | st.text(max_size=40))
def test_store_round_trips_any_text(text: str, title: str | None) -> None:
    text = normalise_text(text)
    doc = Document(id=content_id(text), text=text, meta=Meta(title=title, path="h.txt"))
    store = open_store("sqlite://")
    try:
        store.save([doc])
        assert store.get(doc.id) == doc
        store.search(text[:20])  # never raises, whatever the text
    finally:
        store.close()


def test_contract_dict_equals_to_dict() -> None:
    from eventwire.store.records import contract_dict
    from tests.store.factory import make_doc

    doc = make_doc()
    assert contract_dict(doc) == doc.to_dict()
    assert list(contract_dict(doc)) == list(doc.to_dict())


def test_text_only_search_pages_match_the_filtered_path() -> None:
    """A text-only query ranks inside the index; its pages equal the general query's."""
    from eventwire.store.base import DocumentQuery

    store = open_store("sqlite://")
    try:
        docs = []
        for i in range(9):
            text = f"Report {i}: " + "convoy " * (1 + i % 4) + "left the border town. " * (i + 1)
            docs.append(Document(id=content_id(text), text=text,
                                 meta=Meta(title=f"T{i}", source="Desk", path=f"{i}.txt")))
        store.save(docs)
        everything = store.documents(DocumentQuery(q="convoy", limit=20))
        assert everything.total == 9
        paged = [d.id for off in range(0, 9, 2)
                 for d in store.documents(DocumentQuery(q="convoy", limit=2, offset=off)).items]
        general = store.documents(DocumentQuery(q="convoy", source="Desk", limit=20))
        assert paged == [d.id for d in everything.items] == [d.id for d in general.items]
    finally:
        store.close()
