"""The per-document budget: a document over it fails with its reason, the rest go on."""

from __future__ import annotations

import pytest

from eventwire.errors import BudgetExceeded
from eventwire.ingest import Article
from eventwire.model import Meta
from eventwire.pipeline.budget import Budget
from eventwire.pipeline.runner import default_pipeline


def _article(text: str) -> Article:
    return Article(text=text, meta=Meta(path="t.txt", published="2024-05-02"))


def test_budget_refuses_a_text_over_the_character_budget() -> None:
    pipeline = default_pipeline(["dates"])
    pipeline.budget = Budget(max_chars=50)
    with pytest.raises(BudgetExceeded, match="over the per-document budget of 50"):
        pipeline.run(_article("Rebels seized Kidal on Sunday. " * 5))


def test_budget_stops_a_document_past_its_time() -> None:
    pipeline = default_pipeline(["events"])
    pipeline.budget = Budget(max_seconds=0.0)
    with pytest.raises(BudgetExceeded, match="longer than its budget"):
        pipeline.run(_article("Rebels seized Kidal in northern Mali on Sunday."))


def test_budget_in_a_batch_only_the_long_document_fails() -> None:
    pipeline = default_pipeline(["dates"])
    pipeline.budget = Budget(max_chars=100)
    docs = []
    failed = []
    for text in ("Police detained nine nurses on Monday.", "x " * 200,
                 "Troops left Kidal on Friday."):
        try:
            docs.append(pipeline.run(_article(text)))
        except BudgetExceeded as e:
            failed.append(str(e))
    assert len(docs) == 2 and len(failed) == 1


def test_budget_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_MAX_CHARS", "1234")
    monkeypatch.setenv("EVENTWIRE_MAX_SECONDS", "7.5")
    assert Budget.from_env() == Budget(max_chars=1234, max_seconds=7.5)
