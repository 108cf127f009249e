"""``eventwire reextract``: stored articles extracted again with the current model; reviewed
rows are never overwritten, and a human decision the model disagrees with is flagged."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire import extract
from eventwire.cli import app
from eventwire.review import actions
from eventwire.review.rows import document_rows
from eventwire.store import open_store

runner = CliRunner()
TEXTS = ("Gunmen killed four farmers in Gao on Tuesday, Lina Moreau said.",
         "Police detained 12 protesters in Sfax on Friday, Omar Diallo said.")


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, " ".join(result.output.split())


@pytest.fixture
def db(tmp_path: Path) -> tuple[str, list[str]]:
    url = f"sqlite:///{tmp_path / 'ew.db'}"
    docs = [extract(t, published="2024-05-10") for t in TEXTS]
    assert all(d.events for d in docs)
    store = open_store(url)
    store.save(docs)
    store.close()
    return url, [d.id for d in docs]


def test_reextract_keeps_reviewed_rows_and_flags_disagreement(db: tuple[str, list[str]]) -> None:
    url, (gao, sfax) = db
    store = open_store(url)
    first = document_rows(store, gao)[0]
    other = "COERCE" if first.values["type"] != "COERCE" else "ASSAULT"
    actions.edit(store, gao, first.event_id, user="amina", version=first.version,
                 changes={"type": other})
    kept = document_rows(store, sfax)[0]
    actions.accept(store, sfax, kept.event_id, user="omar", version=kept.version)
    machine = sum(len(document_rows(store, d)) for d in (gao, sfax)) - 2
    store.close()

    code, out = invoke("reextract", "--db", url)
    assert code == 0, out
    assert (f"Re-extracted 2 articles: {machine} machine rows replaced, 2 reviewed rows kept, "
            "1 flagged") in out
    assert f"{gao}/{first.event_id}" in out and "type" in out

    store = open_store(url)
    rows = {r.event_id: r for r in document_rows(store, gao)}
    edited = rows[first.event_id]
    assert (edited.status, edited.reviewer, edited.values["type"]) == ("edited", "amina", other)
    assert edited.flag is not None and f"(reviewed: {other!r})" in edited.flag
    accepted = {r.event_id: r for r in document_rows(store, sfax)}[kept.event_id]
    assert (accepted.status, accepted.reviewer, accepted.flag) == ("accepted", "omar", None)
    store.close()


def test_reextract_one_document_and_unknown_id(db: tuple[str, list[str]]) -> None:
    url, (gao, _) = db
    code, out = invoke("reextract", "--db", url, "--doc", gao)
    assert code == 0 and "Re-extracted 1 article:" in out and "0 flagged" in out
    code, out = invoke("reextract", "--db", url, "--doc", "sha256:nope", "--doc", gao)
    assert code == 1 and "no document 'sha256:nope'" in out and "Re-extracted 1 article:" in out
