"""The Stage protocol and the registry that built-in and plugin stages share.

A stage declares the layer it produces, the layers it requires and whether it
needs the shared spaCy parse. Heavy resources load in ``setup()``, never at
import time or in ``__init__``. Built-in stages are the modules of
``eventwire.stages``; plugins register through the ``eventwire.stages``
entry-point group. Both go through the same ``@stage`` decorator.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from eventwire.model import Meta
from eventwire.pipeline.budget import Deadline

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc


@dataclass
class Context:
    """What a stage sees of a document: text, metadata, the parse and earlier layers."""

    text: str
    meta: Meta
    parse: SpacyDoc | None = None
    layers: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    deadline: Deadline | None = None

    def layer(self, name: str) -> tuple[Any, ...]:
        """Return an earlier stage's layer (empty when that stage did not run)."""
        return self.layers.get(name, ())

    def check_budget(self, where: str) -> None:
        """Stop the document when its time budget is spent (see pipeline.budget)."""
        if self.deadline is not None:
            self.deadline.check(where)


class Stage(Protocol):
    """One step of extraction: reads a Context, returns only its own layer."""

    name: ClassVar[str]
    produces: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    needs_parse: ClassVar[bool]
    version: ClassVar[int]
    order: ClassVar[int]

    def setup(self) -> None: ...

    def __call__(self, ctx: Context) -> Sequence[Any]: ...


_REGISTRY: dict[str, type] = {}
_T = TypeVar("_T", bound=type)


def stage(
    name: str,
    *,
    produces: str,
    requires: tuple[str, ...] = (),
    needs_parse: bool = False,
    order: int = 100,
) -> Callable[[_T], _T]:
    """Register a stage class under ``name``; ``order`` breaks ties between independent stages."""

    def register(cls: _T) -> _T:
        cls.name = name  # type: ignore[attr-defined]
        cls.produces = produces  # type: ignore[attr-defined]
        cls.requires = tuple(requires)  # type: ignore[attr-defined]
        cls.needs_parse = needs_parse  # type: ignore[attr-defined]
        cls.order = order  # type: ignore[attr-defined]
        if not hasattr(cls, "version"):
            cls.version = 1  # type: ignore[attr-defined]
        _REGISTRY[name] = cls
        return cls

    return register


_loaded = False


def _load_stage_modules() -> None:
    """Import every built-in stage module and every plugin entry point, once."""
    global _loaded
    if _loaded:
        return
    import eventwire.stages as builtin

    for info in sorted(pkgutil.iter_modules(builtin.__path__), key=lambda m: m.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"eventwire.stages.{info.name}")
    for ep in entry_points(group="eventwire.stages"):
        ep.load()
    _loaded = True


def registered_stages() -> dict[str, type]:
    """Return every registered stage class by name (built-ins and plugins)."""
    _load_stage_modules()
    return dict(_REGISTRY)
