"""The shipped event models are what `eventwire train` makes from the corpus."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from eventwire.eventing.linear import LinearModel, load_model
from eventwire.learn.corpus import anchor_record, is_held_out, load_contrast
from eventwire.learn.train import plateau_middle, train
from tests.conftest import ROOT, shared_or_skip

MODELS = ("event_decider", "acled_coder", "event_merger")


@pytest.fixture(scope="module")
def retrained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = shared_or_skip("eval", "public")
    out = tmp_path_factory.mktemp("models")
    train(ROOT / "corpus", data, out, log=lambda _: None)
    return out


@pytest.mark.parametrize("name", MODELS)
def test_train_reproduces_the_shipped_model(retrained: Path, name: str) -> None:
    shipped = load_model(name)
    fresh = LinearModel.from_dict(json.loads((retrained / f"{name}.json").read_text()))
    assert fresh.classes == shipped.classes
    assert fresh.card.get("threshold") == shipped.card.get("threshold")
    assert fresh.card["held_out"] == shipped.card["held_out"]
    assert set(fresh.weights) == set(shipped.weights)
    worst = max(abs(a - b) for k in fresh.weights
                for a, b in zip(fresh.weights[k], shipped.weights[k], strict=True))
    assert worst < 1e-3


def test_train_writes_its_model_card(retrained: Path) -> None:
    card = (retrained / "MODEL.md").read_text(encoding="utf-8")
    assert "held out" in card and "threshold" in card
    shipped = (resources.files("eventwire") / "data" / "models" / "MODEL.md").read_text(
        encoding="utf-8")
    assert shipped == card


def test_corpus_keeps_no_public_text() -> None:
    """Public annotations are offsets and labels: no mention text, no article text."""
    for path in (ROOT / "corpus" / "events").glob("*/*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert set(data) == {"file", "sha256", "published", "events_exhaustive", "records"}
        for rec in data["records"]:
            assert all(isinstance(x, int) for span in rec["mentions"] for x in span)
            assert "note" not in rec and not isinstance(rec.get("place"), str)
            assert "text" not in (rec.get("place") or {})


def test_anchor_turns_substrings_into_offsets() -> None:
    text = "Gunmen killed four soldiers in Gao. The attack was claimed by a militia."
    rec = anchor_record(text, {"type": "ASSAULT", "mentions": ["Gunmen killed four soldiers",
                                                               "The attack was claimed"],
                               "triggers": ["killed", "attack"], "actor": ["Gunmen"],
                               "place": {"text": "Gao", "lat": 16.27, "lon": -0.04}})
    assert rec is not None
    assert rec["mentions"] == [[0, 27], [36, 58]]
    assert rec["triggers"] == [[7, 13], [40, 46]]
    assert rec["place"] == {"lat": 16.27, "lon": -0.04, "start": 31, "end": 34}
    assert anchor_record(text, {"type": "ASSAULT", "mentions": ["not in the text"]}) is None


def test_held_out_split_is_fixed_and_about_a_fifth() -> None:
    ids = [f"doc{i}" for i in range(1000)]
    share = sum(map(is_held_out, ids)) / len(ids)
    assert 0.15 < share < 0.25
    assert [is_held_out(i) for i in ids] == [is_held_out(i) for i in ids]


def test_contrast_sentences_mark_their_trigger() -> None:
    docs = list(load_contrast(ROOT / "corpus" / "contrast" / "sentences.jsonl"))
    assert len(docs) >= 500
    for doc in docs:
        spans = doc.negatives or doc.records[0].mentions
        assert spans and all(0 <= a < b <= len(doc.text) for a, b in spans)


def test_a_row_is_labelled_by_its_sentence_as_the_evaluation_reads_it() -> None:
    """'Shells slammed into the camp, killing 12': the gold marks the shelling; the row whose
    trigger is 'killing' tells the same happening (one typed happening in the sentence)."""
    from types import SimpleNamespace

    from eventwire.learn.corpus import GoldRecord
    from eventwire.learn.train import told_in_sentence
    from eventwire.model import SentenceSpan

    text = "Shells slammed into the camp near Goma, killing 12. Later the army arrived."
    shelling = GoldRecord(type="ASSAULT", also_types=(), acled=None, optional=False,
                          mentions=((0, 28),))
    first = SentenceSpan(start=0, end=text.index(".") + 1)
    later = SentenceSpan(start=first.end + 1, end=len(text))
    assert told_in_sentence(SimpleNamespace(type="ASSAULT", sentence=first),
                            (shelling,)) == [shelling]
    assert told_in_sentence(SimpleNamespace(type="MOVE", sentence=first), (shelling,)) == []
    assert told_in_sentence(SimpleNamespace(type="ASSAULT", sentence=later), (shelling,)) == []
    twice = (shelling, shelling)
    assert told_in_sentence(SimpleNamespace(type="ASSAULT", sentence=first), twice) == []


def test_thresholds_sit_in_the_middle_of_the_plateau() -> None:
    def grid(*f1s: float) -> list[tuple[float, dict[str, float]]]:
        return [(i / 10, {"f1": f}) for i, f in enumerate(f1s)]

    # best at 0.4; 0.2 to 0.5 are within the plateau; 0.0 and 0.6 are not
    assert plateau_middle(grid(0.50, 0.55, 0.578, 0.579, 0.580, 0.577, 0.56))[0] == 0.3
    # a lone peak is its own middle
    assert plateau_middle(grid(0.50, 0.60, 0.50))[0] == 0.1
