"""The runner: orders stages by what they need, parses once, attaches each layer."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from eventwire.errors import PipelineError
from eventwire.ingest.article import Article
from eventwire.ingest.decode import strip_invisible
from eventwire.model import LAYERS, Document, content_id, normalise_text
from eventwire.nlp import load_nlp
from eventwire.pipeline.budget import Budget, Deadline
from eventwire.pipeline.layout import soften_wraps
from eventwire.pipeline.stage import Context, Stage, registered_stages


def order_stages(stages: Sequence[Stage]) -> list[Stage]:
    """Sort stages so each runs after the producers of the layers it requires."""
    producers = {s.produces: s for s in stages}
    for s in stages:
        missing = [r for r in s.requires if r not in producers]
        if missing:
            raise PipelineError(
                f"stage {s.name!r} requires layer(s) {', '.join(missing)} that no stage produces."
                " Add the stage that produces it, or drop this one."
            )
    ordered: list[Stage] = []
    done: set[str] = set()
    pending = sorted(stages, key=lambda s: (s.order, s.name))
    while pending:
        ready = [s for s in pending if all(r in done for r in s.requires)]
        if not ready:
            raise PipelineError("stages require each other in a cycle: " +
                                ", ".join(s.name for s in pending))
        first = ready[0]
        ordered.append(first)
        done.add(first.produces)
        pending.remove(first)
    return ordered


class Pipeline:
    """Runs a list of stages over articles, sharing one spaCy parse per article."""

    def __init__(self, stages: Sequence[Stage], budget: Budget | None = None) -> None:
        self.stages = order_stages(stages)
        self.budget = budget if budget is not None else Budget.from_env()
        self._nlp: Any = None
        self._ready = False

    @property
    def needs_parse(self) -> bool:
        return any(s.needs_parse for s in self.stages)

    def setup(self) -> None:
        """Load every heavy resource once (the spaCy model, gazetteers, lexicons)."""
        if self._ready:
            return
        if self.needs_parse:
            self._nlp = load_nlp()
        for s in self.stages:
            s.setup()
        self._ready = True

    def versions(self) -> dict[str, int]:
        return {s.name: int(s.version) for s in self.stages}

    def run(self, article: Article) -> Document:
        """Extract one article into a Document."""
        self.setup()
        text = normalise_text(strip_invisible(article.text))
        self.budget.check_size(len(text))
        deadline = self.budget.start()
        parse = self._nlp(soften_wraps(text)) if self._nlp is not None else None
        return self._annotate(article, text, parse, deadline)

    def run_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Document]:
        """Extract many articles, parsing them in batches with ``nlp.pipe``."""
        self.setup()
        items = ((self._sized(normalise_text(strip_invisible(a.text))), a) for a in articles)
        if self._nlp is None:
            for text, article in items:
                yield self._annotate(article, text, None)
            return
        wrapped = ((soften_wraps(text), (article, text)) for text, article in items)
        for parse, (article, text) in self._nlp.pipe(wrapped, as_tuples=True,
                                                      batch_size=batch_size):
            yield self._annotate(article, text, parse)

    def context(self, article: Article, *, before: str) -> Context:
        """The context every stage before ``before`` has filled: for training a stage."""
        self.setup()
        text = normalise_text(strip_invisible(article.text))
        parse = self._nlp(soften_wraps(text)) if self._nlp is not None else None
        ctx = Context(text=text, meta=article.meta, parse=parse)
        for s in self.stages:
            if s.name == before:
                break
            ctx.layers[s.produces] = tuple(s(ctx))
        return ctx

    def _sized(self, text: str) -> str:
        self.budget.check_size(len(text))
        return text

    def _annotate(self, article: Article, text: str, parse: Any,
                  deadline: Deadline | None = None) -> Document:
        ctx = Context(text=text, meta=article.meta, parse=parse,
                      deadline=deadline or self.budget.start())
        for s in self.stages:
            ctx.check_budget(f"the {s.name} stage")
            ctx.layers[s.produces] = tuple(s(ctx))
        contract = {name: ctx.layers.get(name, ()) for name in LAYERS}
        extras = {k: v for k, v in ctx.layers.items() if k not in LAYERS}
        return Document(
            id=content_id(text), text=text, meta=article.meta,
            extras=extras, stages=self.versions(), **contract,
        )


def default_pipeline(names: Sequence[str] | None = None) -> Pipeline:
    """Build a pipeline of the named registered stages (default: all of them)."""
    registry = registered_stages()
    wanted = list(names) if names else list(registry)
    unknown = [n for n in wanted if n not in registry]
    if unknown:
        raise PipelineError(f"unknown stage(s): {', '.join(unknown)}. "
                            f"Known: {', '.join(sorted(registry))}.")
    return Pipeline([registry[n]() for n in with_requirements(wanted, registry)])


def with_requirements(names: Sequence[str], registry: dict[str, type]) -> list[str]:
    """Add to ``names`` every stage whose layer a named stage requires, transitively."""
    producer = {cls.produces: name for name, cls in registry.items()}  # type: ignore[attr-defined]
    result: list[str] = []
    todo = list(names)
    while todo:
        name = todo.pop(0)
        if name in result:
            continue
        result.append(name)
        for layer in registry[name].requires:  # type: ignore[attr-defined]
            if layer in producer and producer[layer] not in result:
                todo.append(producer[layer])
    return result


def replace_layer(doc: Document, name: str, items: Iterable[Any]) -> Document:
    """Return a copy of ``doc`` with one layer replaced (for tests and tools)."""
    if name in LAYERS:
        changes: dict[str, Any] = {name: tuple(items)}
        return dataclasses.replace(doc, **changes)
    extras = dict(doc.extras)
    extras[name] = tuple(items)
    return dataclasses.replace(doc, extras=extras)
