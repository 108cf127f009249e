"""The shipped linear models: JSON tables that score without any library."""

from __future__ import annotations

import math

import pytest

from eventwire.eventing.linear import LinearModel, load_model


def test_linear_binary_model_is_a_logistic_probability() -> None:
    model = LinearModel(classes=("event",), weights={"a": (2.0,), "b": (-1.0,)},
                        intercept=(-0.5,), card={})
    p = model.probabilities({"a": 1.0, "b": 0.5, "unknown": 3.0})["event"]
    assert p == pytest.approx(1 / (1 + math.exp(-(2.0 - 0.5 - 0.5))))


def test_linear_multiclass_model_is_a_softmax() -> None:
    model = LinearModel(classes=("x", "y"), weights={"f": (1.0, -1.0)}, intercept=(0.0, 0.0),
                        card={})
    probs = model.probabilities({"f": 1.0})
    assert sum(probs.values()) == pytest.approx(1.0) and probs["x"] > probs["y"]


def test_linear_round_trip_and_shape_check() -> None:
    model = LinearModel(classes=("x", "y"), weights={"f": (1.0, -1.0)}, intercept=(0.1, 0.2),
                        card={"seed": 13})
    assert LinearModel.from_dict(model.to_dict()) == model
    with pytest.raises(ValueError):
        LinearModel.from_dict({"classes": ["x", "y"], "weights": {"f": [1.0]},
                               "intercept": [0.0, 0.0]})


@pytest.mark.parametrize("name", ["event_decider", "acled_coder", "event_merger"])
def test_linear_shipped_models_load_offline_and_are_small(name: str) -> None:
    model = load_model(name)
    assert model.card.get("seed") == 13 and model.card.get("held_out")
    assert len(model.weights) < 200_000
