"""Learning from reviews: reviewed rows become decision examples; the decider is retrained,
compared before/after on the held-out split, written elsewhere, installed only on request."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from eventwire.api import extract
from eventwire.learn import reviews
from eventwire.review import actions
from eventwire.store import Store, open_store

ROOT = Path(__file__).resolve().parents[2]
TEXT = ("Gunmen attacked a bus near Gao on Tuesday, killing five passengers, a local official "
        "said. The army arrested two suspects near Ansongo on Wednesday. Transport unions "
        "announced a strike in Gao. Negotiators met in Bamako but the talks ended without "
        "agreement.")


@pytest.fixture
def reviewed(tmp_path: Path) -> Store:
    store = open_store(f"sqlite:///{tmp_path / 'r.db'}")
    doc = extract(TEXT, published="2024-02-14")
    store.save([doc])
    rows = {e.trigger.text: e for e in doc.events}
    assert len(rows) >= 3, rows
    decisions = iter(("accept", "reject", "accept", "reject-dup", "accept", "accept"))
    for event, step in zip(doc.events, decisions, strict=False):
        if step == "accept":
            actions.accept(store, doc.id, event.id, user="r", version=1)
        elif step == "reject":
            actions.reject(store, doc.id, event.id, user="r", version=1, reason="not an event")
        else:
            actions.reject(store, doc.id, event.id, user="r", version=1, reason="duplicate")
    return store


def test_labels_follow_the_decisions() -> None:
    class Row:
        def __init__(self, status: str, type_: str, reason: str | None = None) -> None:
            self.review_status, self.type, self.review_reason = status, type_, reason

    assert reviews._labels(Row("accepted", "ASSAULT"), "ASSAULT") == {"ASSAULT": 1}
    assert reviews._labels(Row("edited", "ASSAULT"), "PROTEST") == {"ASSAULT": 1, "PROTEST": 0}
    assert reviews._labels(Row("rejected", "AGREE", "not an event: no deal"), "AGREE") == {
        "AGREE": 0}
    assert reviews._labels(Row("rejected", "AGREE", "wrong type"), "AGREE") == {"AGREE": 0}
    assert reviews._labels(Row("rejected", "AGREE", "duplicate: of v1"), "AGREE") is None


def test_review_examples(reviewed: Store) -> None:
    found = reviews.review_examples(reviewed, log=lambda _: None)
    n = len(found.examples.y)
    assert found.rows >= 3 and found.skipped >= 0 and n == found.positives + found.negatives
    assert found.positives >= 1 and found.negatives >= 1
    assert all(d.startswith("review:sha256:") for d in found.examples.docs)


def test_train_from_reviews_writes_elsewhere_and_installs_on_request(
        reviewed: Store, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus" / "own"
    (corpus / "gold").mkdir(parents=True)
    (corpus / "articles").mkdir()
    for name in ("own_001", "own_002", "own_003", "own_004", "own_005", "own_006"):
        shutil.copy(ROOT / "corpus" / "own" / "gold" / f"{name}.json", corpus / "gold")
        shutil.copy(ROOT / "corpus" / "own" / "articles" / f"{name}.txt", corpus / "articles")
    out, lines = tmp_path / "new-models", []
    report = reviews.train_from_reviews(reviewed, tmp_path / "corpus", None, out,
                                        log=lines.append)
    assert {"current", "retrained without reviews", "retrained with reviews"} <= set(report)
    assert report["held_out_texts"] == 2  # own_001 and own_005 are in the held-out split
    card = json.loads((out / "event_decider.json").read_text())["card"]
    assert card["review_rows"] == report["reviews"]["positives"] + report["reviews"]["negatives"]
    assert (out / "acled_coder.json").is_file() and (out / "REVIEWS.md").is_file()
    assert any("retrained with reviews" in line for line in lines)
    target = tmp_path / "installed"
    shutil.copytree(reviews.models_dir(), target)
    old = (target / "event_decider.json").read_bytes()
    kept = reviews.install(out, target)
    assert kept.read_bytes() == old  # the old model is kept beside the new one
    assert (target / "event_decider.json").read_bytes() == (out / "event_decider.json"
                                                            ).read_bytes()
