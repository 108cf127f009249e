"""A small linear model over named features, stored as JSON and run without any library.

Models are trained by ``eventwire train`` (scikit-learn's logistic regression) and
shipped in ``eventwire/data/models``; here they only score. One class: a logistic
probability; several: a softmax over the classes.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from eventwire.errors import ResourceMissingError


@dataclass(frozen=True)
class LinearModel:
    """Per-class weights of named features, an intercept per class, and a card."""

    classes: tuple[str, ...]
    weights: Mapping[str, tuple[float, ...]]
    intercept: tuple[float, ...]
    card: Mapping[str, Any]

    def scores(self, features: Mapping[str, float]) -> list[float]:
        """The raw linear score of each class (one score for a binary model)."""
        out = list(self.intercept)
        for name, value in features.items():
            row = self.weights.get(name)
            if row is not None:
                for k, w in enumerate(row):
                    out[k] += w * value
        return out

    def probabilities(self, features: Mapping[str, float]) -> dict[str, float]:
        """The probability of each class."""
        s = self.scores(features)
        if len(self.classes) == 1:
            return {self.classes[0]: _sigmoid(s[0])}
        top = max(s)
        exps = [math.exp(x - top) for x in s]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def to_dict(self) -> dict[str, Any]:
        return {"classes": list(self.classes), "intercept": list(self.intercept),
                "weights": {k: [round(w, 5) for w in v] for k, v in sorted(self.weights.items())},
                "card": dict(self.card)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinearModel:
        classes = tuple(str(c) for c in data["classes"])
        width = len(classes)
        weights = {str(k): tuple(float(w) for w in v) for k, v in data["weights"].items()}
        if any(len(v) != width for v in weights.values()) or len(data["intercept"]) != width:
            raise ValueError("model weights do not match its classes")
        return cls(classes=classes, weights=weights,
                   intercept=tuple(float(b) for b in data["intercept"]),
                   card=dict(data.get("card") or {}))


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def load_model(name: str) -> LinearModel:
    """Load a shipped model (``eventwire/data/models/<name>.json``)."""
    resource = files("eventwire") / "data" / "models" / f"{name}.json"
    try:
        data = json.loads(resource.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ResourceMissingError(
            f"the {name} model is missing from eventwire/data/models: run 'eventwire train'"
        ) from exc
    return LinearModel.from_dict(data)
