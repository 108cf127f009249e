"""Two coders at once on PostgreSQL: one edit wins, the other gets the winner's change."""

from __future__ import annotations

import threading

import pytest

from eventwire.model import Document
from eventwire.review import actions
from eventwire.review.audit import history
from eventwire.review.fields import ConflictError
from eventwire.review.rows import get_row
from eventwire.store import Store, open_store
from tests.web.sample_docs import sample_documents

pytestmark = pytest.mark.postgres


def race(doc: str, version: int, editors: list[tuple[str, Store, int]]
         ) -> dict[str, object]:
    """Every editor saves a fatality count on ``version`` of row v1 at the same moment."""
    barrier = threading.Barrier(len(editors))
    outcome: dict[str, object] = {}

    def work(name: str, store: Store, fatalities: int) -> None:
        barrier.wait()
        try:
            outcome[name] = actions.edit(store, doc, "v1", user=name, version=version,
                                         changes={"fatalities": fatalities})
        except ConflictError as e:
            outcome[name] = e

    threads = [threading.Thread(target=work, args=editor) for editor in editors]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return outcome


def test_two_sessions_edit_one_row(pg_url: str) -> None:
    first, second = open_store(pg_url), open_store(pg_url)  # two connection pools
    try:
        docs: list[Document] = sample_documents()
        first.save(docs)
        doc = docs[0].id
        for round_, version in enumerate((1, 2, 3)):
            wanted = {"amina": 10 + round_, "bilal": 20 + round_}
            outcome = race(doc, version, [("amina", first, wanted["amina"]),
                                          ("bilal", second, wanted["bilal"])])
            errors = [v for v in outcome.values() if isinstance(v, ConflictError)]
            winners = [k for k, v in outcome.items() if not isinstance(v, ConflictError)]
            assert len(errors) == 1 and len(winners) == 1, outcome
            assert f"changed by {winners[0]}" in str(errors[0])
            assert errors[0].other["after"]["fatalities"] == wanted[winners[0]]
            row = get_row(second, doc, "v1")
            assert row is not None and row.version == version + 1
            assert (row.reviewer, row.values["fatalities"]) == (winners[0], wanted[winners[0]])
        assert len(history(first, doc, "v1")) == 3  # nothing lost silently, nothing doubled
    finally:
        first.close()
        second.close()
