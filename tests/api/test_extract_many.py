"""``eventwire.extract_many``: batched extraction that gives the documents one-by-one would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import eventwire
from eventwire.errors import InputError
from eventwire.ingest import Article, ReadOptions, read_articles
from eventwire.pipeline.budget import Budget

TEXTS = [
    "Gunmen killed four villagers and wounded two others near Djibo on Sunday, "
    "a local official said. Residents fled toward Ouahigouya.",
    "Police in Nairobi fired tear gas at hundreds of protesters who marched on parliament "
    "on Tuesday, witnesses said. At least 12 people were arrested.",
    "A boat carrying 40 migrants capsized off Lampedusa on Friday; coastguards rescued 31 "
    "people and recovered three bodies, the Italian coastguard said.",
]
DAY = "2024-05-06"


def _dicts(docs: list[eventwire.Document]) -> list[dict[str, object]]:
    return [d.to_dict() for d in docs]


def test_texts_give_the_same_documents_as_one_by_one() -> None:
    batched = eventwire.extract_many(TEXTS, published=DAY, batch_size=2)
    single = [eventwire.extract(t, published=DAY) for t in TEXTS]
    assert _dicts(batched) == _dicts(single)
    assert any(d.events for d in batched)


def test_files_folders_and_json_lines_are_read_in_order(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"guid": f"w{i}", "body": t, "published": DAY})
                              for i, t in enumerate(TEXTS[1:])), encoding="utf-8")
    docs = eventwire.extract_many([tmp_path / "in", str(feed)], text_key="body", id_key="guid",
                                  published=None, dates={"a": DAY})
    assert [d.meta.path for d in docs] == [
        str(tmp_path / "in" / "a.txt"), f"{feed}#w0", f"{feed}#w1"]
    assert {d.meta.published for d in docs} == {DAY}
    pipeline = eventwire.api.shared_pipeline()
    opts = ReadOptions(text_key="body", id_key="guid")
    articles = [a for a in read_articles([str(feed)], opts) if isinstance(a, Article)]
    assert _dicts(docs[1:]) == _dicts([pipeline.run(a) for a in articles])


def test_a_string_that_is_not_a_file_is_a_text() -> None:
    [doc] = eventwire.extract_many(["Talks resumed in Doha."], published=DAY)
    assert doc.text == "Talks resumed in Doha." and doc.meta.path is None


def test_undated_inputs_warn_once_each() -> None:
    with pytest.warns(eventwire.UndatedWarning) as caught:
        eventwire.extract_many(TEXTS[:2])
    messages = [str(w.message) for w in caught if w.category is eventwire.UndatedWarning]
    assert len(messages) == 2 and messages[0].startswith("text 1: no publication date")


def test_bad_input_raises_or_is_skipped_with_a_warning(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    with pytest.raises(InputError, match="no such file"):
        eventwire.extract_many([TEXTS[0], missing], published=DAY)
    with pytest.warns(UserWarning, match="gone.txt: no such file"):
        docs = eventwire.extract_many([TEXTS[0], missing], published=DAY, on_error="skip")
    assert len(docs) == 1


def test_a_failing_document_costs_only_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = eventwire.api.shared_pipeline()
    monkeypatch.setattr(pipeline, "budget", Budget(max_chars=200))
    long_text = TEXTS[0] + " " + TEXTS[1]
    with pytest.warns(UserWarning, match="text 2: .*over the per-document budget"):
        docs = eventwire.extract_many([TEXTS[1][:150], long_text, TEXTS[2][:150]],
                                      published=DAY, on_error="skip", batch_size=3)
    assert [d.text for d in docs] == [TEXTS[1][:150], TEXTS[2][:150]]


def test_unknown_on_error_and_bad_dates_are_refused() -> None:
    with pytest.raises(ValueError, match="on_error"):
        eventwire.extract_many(TEXTS[:1], on_error="ignore")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="'soon' is not a date"):
        eventwire.extract_many(TEXTS[:1], dates={"a": "soon"})
