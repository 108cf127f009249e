"""The events stage's flow: candidates → decision → one row per happening → coding.

Candidates come from the trigger lexicon (high recall); a learned model decides which
are codeable happenings (its probability is the row's ``confidence``); rows of one
happening merge with their mentions; deaths, injuries and the ACLED code are read
from the words of the happening's own mentions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from eventwire.eventing.acled import AcledCoder
from eventwire.eventing.casualties import sentence_casualties
from eventwire.eventing.extract import Draft, candidate_drafts
from eventwire.eventing.lexicon import Lexicon
from eventwire.eventing.linear import LinearModel, load_model
from eventwire.eventing.merge import Mention, Merger
from eventwire.model import Event, SentenceSpan

#: Types whose rows count deaths and injuries.
_VIOLENT = frozenset({"ASSAULT"})
#: Types a disaster or an accident is mistaken for.
_DISASTER_PRONE = frozenset({"ASSAULT", "COERCE"})
DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True)
class EventModels:
    """The decision model, the ACLED coder and the decision threshold."""

    decider: LinearModel
    coder: AcledCoder
    threshold: float
    merger: LinearModel | None = None

    @classmethod
    def load(cls) -> EventModels:
        decider = load_model("event_decider")
        threshold = float(decider.card.get("threshold", DEFAULT_THRESHOLD))
        return cls(decider=decider, coder=AcledCoder(load_model("acled_coder")),
                   threshold=threshold, merger=load_model("event_merger"))


def decide(draft: Draft, models: EventModels, text: str) -> tuple[float, dict[str, float]]:
    """The probability that a candidate is a codeable happening, and its ACLED label
    probabilities."""
    ev = draft.event
    p = models.decider.probabilities(draft.features)["event"]
    acled = models.coder.probabilities(told_words(text, [ev.sentence]), ev.trigger.text,
                                       ev.type, ev.mode)
    if ev.type in _DISASTER_PRONE:
        p *= 1.0 - models.coder.disaster(acled)
    return p, acled


def told_words(text: str, sentences: Sequence[SentenceSpan]) -> str:
    """The words that tell a row: its sentences, and the sentence after its first one in
    the same paragraph (where the weapon or the toll is often told)."""
    if not sentences:
        return ""
    parts = [text[s.start:s.end] for s in sentences]
    first_end = sentences[0].end
    line_end = text.find("\n", first_end)
    line_end = len(text) if line_end < 0 else line_end
    nxt = text[first_end:line_end]
    stop = max(nxt.find(". ", 1), -1)
    parts.append(nxt[:stop + 1] if stop > 0 else nxt[:300])
    return " ".join(parts)


def as_mention(draft: Draft, prob: float, text: str, quantities: Sequence[Any]) -> Mention:
    """A kept candidate as a mention for the merge step, with its sentence's casualties."""
    ev = draft.event
    if ev.type in _VIOLENT:
        cas = sentence_casualties(text, quantities, ev.sentence.start, ev.sentence.end)
        ev = replace(ev, fatalities=cas.fatalities, injured=cas.injured)
    return Mention(row=ev, prob=prob, definite=draft.definite, headline=draft.headline,
                   lemma=draft.lemma, place_how=draft.place_how)


def extract_records(ctx: Any, lexicon: Lexicon, models: EventModels) -> list[Event]:
    """Every event row of a document (a pipeline Context with its parse and layers)."""
    if ctx.parse is None:
        return []
    dc, drafts = candidate_drafts(ctx, lexicon)
    text = dc.text
    mentions: list[Mention] = []
    for draft in drafts:
        p, _ = decide(draft, models, text)
        if p < models.threshold:
            continue
        mentions.append(as_mention(draft, p, text, dc.quantities))
    sentences = {m.row.trigger.start: m.row.sentence for m in mentions}
    merged = Merger(text, dc.places, dc.times, models.merger, dc.quantities).merge(mentions)
    out = []
    for i, ev in enumerate(merged, start=1):
        spans = sorted({sentences[m.start] for m in ev.mentions if m.start in sentences},
                       key=lambda s: s.start)
        probs = models.coder.probabilities(told_words(text, spans), ev.trigger.text, ev.type,
                                           ev.mode)
        acled = models.coder.code(probs, ev.type)
        out.append(replace(ev, id=f"v{i}", acled=acled))
    return out
