"""Texts longer than spaCy's max_length (up to the 10 MB input limit) are parsed in sections."""

from __future__ import annotations

import pytest

from eventwire.ingest.article import Article
from eventwire.model import Meta
from eventwire.nlp import load_nlp, sections
from eventwire.pipeline.runner import default_pipeline

PARAGRAPH = ("Rebels seized the town of Kidal in northern Mali on Sunday, residents said. "
             "Omar Diallo said police detained 12 protesters in Sfax on Friday.\n\n")


@pytest.mark.parametrize("text", [
    PARAGRAPH * 300, "word " * 5000, "x" * 12_345, "One. Two. " * 2000, "short",
])
def test_sections_join_back_into_the_text_and_respect_the_size(text: str) -> None:
    parts = sections(text, 2000)
    assert "".join(parts) == text
    assert all(0 < len(p) <= 2000 for p in parts)
    if "\n\n" in text:
        assert all(p.endswith("\n\n") for p in parts)


def test_text_longer_than_spacys_limit_is_extracted_in_sections(
        monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = load_nlp()
    inner = getattr(nlp, "nlp", nlp)
    monkeypatch.setattr(inner, "max_length", 5_000)  # spaCy's E088 limit, made small
    monkeypatch.setitem(nlp.__dict__, "section_chars", 2_000)
    text = (PARAGRAPH * 60).strip()
    assert len(text) > 5_000
    pipeline = default_pipeline(["entities", "dates"])
    for doc in (pipeline.run(Article(text=text, meta=Meta(path="long.txt"))),
                *pipeline.run_many([Article(text=text, meta=Meta(path="long.txt")),
                                    Article(text="Troops left Gao.", meta=Meta(path="s"))])):
        assert doc.text in (text, "Troops left Gao.")
        for item in (*doc.entities, *doc.times):
            assert doc.text[item.start:item.end] == item.text
    long_doc = pipeline.run(Article(text=text, meta=Meta(path="long.txt")))
    kidal = [e for e in long_doc.entities if e.text == "Kidal"]
    assert len(kidal) == 60 and kidal[-1].start > 5_000
    assert len(long_doc.times) >= 100
