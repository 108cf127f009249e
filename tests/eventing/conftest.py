"""Hand-built contexts for event tests: a real spaCy parse, layers written by hand."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

import pytest

from eventwire.eventing import load_lexicon
from eventwire.eventing.extract import candidate_drafts
from eventwire.eventing.records import EventModels, extract_records
from eventwire.model import Attribution, Event, Meta, Place, Quantity, Quote, Time
from eventwire.nlp import load_nlp
from eventwire.pipeline.layout import soften_wraps
from eventwire.pipeline.stage import Context
from eventwire.stages.entities import EntityStage

PlaceSpec = tuple[str, str | None, float, float]  # kind, country, lat, lon


def _find(text: str, needle: str, nth: int = 0) -> int:
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    return starts[nth]


def make_context(text: str, *, places: Mapping[str, PlaceSpec] | None = None,
                 times: Mapping[str, tuple[str, str]] | None = None,
                 quantities: Mapping[str, tuple[float, float, float]] | None = None,
                 quotes: Sequence[tuple[str, str]] = (),
                 attributions: Sequence[Attribution] = (),
                 source: str | None = "The Guardian",
                 published: str | None = "2017-09-12") -> Context:
    """A Context with the shared parse and the given layers (every occurrence is a mention)."""
    ctx = Context(text=text, meta=Meta(path="t.txt", source=source, published=published),
                  parse=load_nlp()(soften_wraps(text)))
    ps: list[Place] = []
    for name, (kind, country, lat, lon) in (places or {}).items():
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
            ps.append(Place(id="", text=name, start=m.start(), end=m.end(), name=name,
                            kind=kind, country=country, admin1=None, lat=lat, lon=lon,
                            geonames_id=None, confidence=0.9))
    ps.sort(key=lambda p: p.start)
    ctx.layers["places"] = tuple(_renumber(ps, "p"))
    ctx.layers["times"] = tuple(
        Time(id=f"t{i}", text=t, start=_find(text, t), end=_find(text, t) + len(t),
             earliest=a, latest=b, precision="day")
        for i, (t, (a, b)) in enumerate((times or {}).items(), 1))
    ctx.layers["quantities"] = tuple(
        Quantity(id=f"q{i}", text=t, start=_find(text, t), end=_find(text, t) + len(t),
                 low=lo, high=hi, best=best, unit="person", object=None, per=None,
                 approximate=lo != hi)
        for i, (t, (lo, hi, best)) in enumerate((quantities or {}).items(), 1))
    ctx.layers["quotes"] = tuple(
        Quote(id=f"u{i}", text=q, start=_find(text, q), end=_find(text, q) + len(q),
              speaker=speaker, speaker_entity=None, speaker_description=None,
              anonymous=False, cue="said")
        for i, (q, speaker) in enumerate(quotes, 1))
    ctx.layers["attributions"] = tuple(attributions)
    ctx.layers["entities"] = tuple(EntityStage()(ctx))
    return ctx


def _renumber(items: list[Place], prefix: str) -> list[Place]:
    from dataclasses import replace
    return [replace(p, id=f"{prefix}{i}") for i, p in enumerate(items, 1)]


_LEXICON: list[Any] = []


def _resources() -> tuple[Any, EventModels]:
    if not _LEXICON:
        _LEXICON.extend((load_lexicon(), EventModels.load()))
    return _LEXICON[0], _LEXICON[1]


def events_of(text: str, **layers: Any) -> tuple[list[Event], Context]:
    """The candidate rows of a hand-built context, before the decision and the merge:
    what trigger finding and argument linking produce."""
    lexicon, _ = _resources()
    ctx = make_context(text, **layers)
    _, drafts = candidate_drafts(ctx, lexicon)
    return [replace(d.event, id=f"v{i}") for i, d in enumerate(drafts, 1)], ctx


def records_of(text: str, **layers: Any) -> tuple[list[Event], Context]:
    """The event rows of a hand-built context: decided, merged and coded."""
    lexicon, models = _resources()
    ctx = make_context(text, **layers)
    return extract_records(ctx, lexicon, models), ctx


@pytest.fixture
def extract() -> Callable[..., tuple[list[Event], Context]]:
    return events_of


@pytest.fixture
def records() -> Callable[..., tuple[list[Event], Context]]:
    return records_of


def place_text(ctx: Context, pid: str | None) -> str | None:
    """The text of a place id in a context."""
    return next((p.text for p in ctx.layer("places") if p.id == pid), None)
