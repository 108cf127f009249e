"""Exports after review: rejected rows left out unless asked (every format), and the ACLED
and UCDP tables carry review_status, reviewer and the values a reviewer edited."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.review import actions
from eventwire.store import open_store
from tests.web.sample_docs import sample_documents

runner = CliRunner()
ATTACK = {"acled_event_type": "Violence against civilians", "acled_sub_event_type": "Attack",
          "actor": "Unidentified gunmen", "actor_type": "political militia",
          "fatalities": 4, "earliest": "2024-03-04", "latest": "2024-03-04"}


@pytest.fixture(scope="module")
def reviewed_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[str]]:
    """idlib v1 edited to an ACLED attack, idlib v2 rejected, nairobi v1 edited then rejected."""
    url = f"sqlite:///{tmp_path_factory.mktemp('reviewed') / 'ew.db'}"
    docs = sample_documents()
    store = open_store(url)
    store.save(docs)
    idlib, nairobi = docs[0].id, docs[1].id
    actions.edit(store, idlib, "v1", user="amina", version=1, changes=ATTACK)
    actions.reject(store, idlib, "v2", user="amina", version=1, reason="not an event")
    actions.edit(store, nairobi, "v1", user="omar", version=1, changes={
        "acled_event_type": "Protests", "acled_sub_event_type": "Peaceful protest"})
    actions.reject(store, nairobi, "v1", user="omar", version=2, reason="duplicate")
    store.close()
    return url, [idlib, nairobi]


def export(db: str, *args: str) -> str:
    result = runner.invoke(app, ["export", "--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def table(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_acled_export_uses_the_edited_values_and_names_the_reviewer(
        reviewed_db: tuple[str, list[str]]) -> None:
    db, (idlib, _) = reviewed_db
    rows = table(export(db, "--format", "acled"))
    assert [r["eventwire_id"] for r in rows] == [f"{idlib}#v1"]
    r = rows[0]
    assert (r["event_type"], r["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert (r["actor1"], r["inter1"]) == ("Unidentified gunmen", "3")
    assert (r["fatalities"], r["event_date"], r["time_precision"]) == ("4", "2024-03-04", "1")
    assert (r["review_status"], r["reviewer"], r["inter1_basis"]) == ("edited", "amina", "review")


def test_rejected_rows_only_with_include_rejected(reviewed_db: tuple[str, list[str]]) -> None:
    db, (idlib, nairobi) = reviewed_db
    acled = table(export(db, "--format", "acled", "--include-rejected"))
    status = {r["eventwire_id"]: (r["review_status"], r["reviewer"]) for r in acled}
    assert status[f"{nairobi}#v1"] == ("rejected", "omar")
    events = {(r["document_id"], r["event_id"]) for r in table(export(db, "--format", "csv"))}
    assert (idlib, "v2") not in events and (nairobi, "v1") not in events
    assert (idlib, "v1") in events
    every = {(r["document_id"], r["event_id"])
             for r in table(export(db, "--format", "csv", "--include-rejected"))}
    assert {(idlib, "v2"), (nairobi, "v1")} <= every


def test_jsonl_documents_drop_rejected_events_unless_asked(
        reviewed_db: tuple[str, list[str]]) -> None:
    db, (idlib, _) = reviewed_db

    def events_of(text: str) -> list[str]:
        docs = {d["id"]: d for d in map(json.loads, text.splitlines())}
        return [e["id"] for e in docs[idlib]["events"]]

    assert events_of(export(db)) == ["v1"]
    assert events_of(export(db, "--include-rejected")) == ["v1", "v2"]


def test_ucdp_export_carries_review_columns(reviewed_db: tuple[str, list[str]],
                                            tmp_path: Path) -> None:
    db, (idlib, _) = reviewed_db
    rows = table(export(db, "--format", "ucdp"))
    assert rows and {"review_status", "reviewer"} <= set(rows[0])
    mine = [r for r in rows if r["eventwire_id"] == f"{idlib}#v1"]
    assert [(r["review_status"], r["reviewer"], r["best"]) for r in mine] == [
        ("edited", "amina", "4")]
