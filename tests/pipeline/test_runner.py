"""The runner: ordering by requirements, one parse shared, layers attached, versions recorded."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.errors import PipelineError
from eventwire.ingest.article import Article
from eventwire.model import Meta
from eventwire.pipeline.runner import Pipeline, order_stages, with_requirements
from eventwire.pipeline.stage import Context


def make_stage(name: str, produces: str, requires: tuple[str, ...] = (), order: int = 100,
               needs_parse: bool = False) -> Any:
    seen: list[Context] = []

    class _Stage:
        version = 3

        def setup(self) -> None:
            self.ready = True

        def __call__(self, ctx: Context) -> list[str]:
            seen.append(ctx)
            missing = [r for r in requires if r not in ctx.layers]
            assert not missing, missing
            return [f"{name}:{len(ctx.text)}"]

    _Stage.name, _Stage.produces, _Stage.requires = name, produces, requires  # type: ignore[attr-defined]
    _Stage.order, _Stage.needs_parse = order, needs_parse  # type: ignore[attr-defined]
    stage = _Stage()
    stage.seen = seen  # type: ignore[attr-defined]
    return stage


def test_runner_orders_stages_by_requirements_not_by_listing() -> None:
    late = make_stage("late", "events", requires=("quotes", "places"), order=1)
    mid = make_stage("mid", "quotes", requires=("places",), order=50)
    first = make_stage("first", "places", order=90)
    assert [s.name for s in order_stages([late, mid, first])] == ["first", "mid", "late"]


def test_runner_rejects_a_requirement_nobody_produces() -> None:
    with pytest.raises(PipelineError, match="requires layer\\(s\\) times that no stage produces"):
        order_stages([make_stage("a", "events", requires=("times",))])


def test_runner_rejects_cycles() -> None:
    with pytest.raises(PipelineError, match="cycle"):
        order_stages([make_stage("a", "x", requires=("y",)), make_stage("b", "y", requires=("x",))])


def test_runner_attaches_layers_extras_and_versions() -> None:
    stage_a = make_stage("a", "places")
    stage_b = make_stage("b", "custom", requires=("places",))
    doc = Pipeline([stage_b, stage_a]).run(Article(text="  Hello  ", meta=Meta(path="x")))
    assert doc.text == "Hello"
    assert doc.places == ("a:5",)  # type: ignore[comparison-overlap]
    assert doc.extras["custom"] == ("b:5",)
    assert doc.stages == {"a": 3, "b": 3}
    assert doc.to_dict()["custom"] == ["b:5"]


def test_runner_without_parse_needs_no_model() -> None:
    stage = make_stage("a", "places")
    pipeline = Pipeline([stage])
    assert not pipeline.needs_parse
    pipeline.run(Article(text="x", meta=Meta()))
    assert stage.seen[0].parse is None


def test_runner_pulls_in_required_stages() -> None:
    class A:
        produces, requires = "places", ()

    class B:
        produces, requires = "events", ("places",)

    assert with_requirements(["b"], {"a": A, "b": B}) == ["b", "a"]
