"""The events stage's flow: candidates → decision → one row per happening → coding.

Candidates come from the trigger lexicon (high recall); a learned model decides which
are codeable happenings (its probability is the row's ``confidence``); rows of one
happening merge with their mentions; deaths, injuries and the ACLED code are read
from the words of the happening's own mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from eventwire.eventing.acled import AcledCoder
from eventwire.eventing.casualties import sentence_casualties
from eventwire.eventing.extract import (
    DocContext,
    Draft,
    candidate_drafts,
    clean_parties,
    paragraph_of,
)
from eventwire.eventing.features import ATTACK_WORDS
from eventwire.eventing.lexicon import Lexicon
from eventwire.eventing.linear import LinearModel, load_model
from eventwire.eventing.merge import Mention, Merger, is_precise, opens_as_another
from eventwire.eventing.perpetrators import PerpetratorFinder
from eventwire.model import CountRange, Event, SentenceSpan

#: Types whose rows count deaths and injuries.
_VIOLENT = frozenset({"ASSAULT"})
#: Types a disaster or an accident is mistaken for.
_DISASTER_PRONE = frozenset({"ASSAULT", "COERCE"})
DEFAULT_THRESHOLD = 0.5
#: A candidate below the threshold but above this share of it may still join a row as one
#: more mention of its happening ('The blast also wounded 20'), never make a row of its own.
SUPPORT_SHARE = 0.5
#: An explosion with no attacker and no word of an attack is most likely an accident.
BARE_EXPLOSION_FACTOR = 0.3


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


#: Words that name an explosion without saying anyone set it off.
_BARE_EXPLOSIONS = frozenset({"explosion", "blast", "explode", "blow", "detonation", "fire"})
#: Verbs whose subject is what went off, not who set it off.
_THINGS_EXPLODE = frozenset({"explode", "blow"})


def is_bare_explosion(draft: Draft, attack_told: bool) -> bool:
    """An explosion told with no one who set it off and no word of an attack (EVENTS.md: a
    gas tank exploding is no ASSAULT); ``attack_told``: the sentence or the words just
    before it name a weapon or an attacker (``ATTACK_WORDS``)."""
    ev = draft.event
    # what 'exploded' is a thing (gas containers, a tank), never a party to an attack
    unnamed = ev.actor is None or draft.lemma in _THINGS_EXPLODE
    return (ev.type == "ASSAULT" and draft.lemma in _BARE_EXPLOSIONS and unnamed
            and not attack_told)


def decide(draft: Draft, models: EventModels, text: str) -> float:
    """The probability that a candidate is a codeable happening (of a violent type: and no
    disaster or accident, as the ACLED coder reads its words)."""
    ev = draft.event
    p = models.decider.probabilities(draft.features)["event"]
    attack_told = ATTACK_WORDS.search(told_before(text, ev.sentence)) is not None
    if ev.type in _DISASTER_PRONE and not attack_told:
        # a car bomb, a grenade, militants: told as an attack, whatever else the words share
        # with accidents; otherwise the coder's odds of a disaster or accident weigh against
        acled = models.coder.probabilities(told_words(text, [ev.sentence]), ev.trigger.text,
                                           ev.type, ev.mode)
        p *= 1.0 - models.coder.disaster(acled)
    if is_bare_explosion(draft, attack_told):
        p *= BARE_EXPLOSION_FACTOR
    return p


#: How far back an attack told just before a sentence still reads as its context.
_CONTEXT_CHARS = 250


def told_before(text: str, sentence: SentenceSpan) -> str:
    """The sentence with the words just before it ('A car bomb killed 12 … The blast also
    wounded 20': the blast is the bombing)."""
    return text[max(0, sentence.start - _CONTEXT_CHARS):sentence.end]


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
    stop = nxt.find(". ", 1)
    parts.append(nxt[:stop + 1] if stop > 0 else nxt[:300])
    return " ".join(parts)


def as_mention(draft: Draft, prob: float, text: str, quantities: Sequence[Any]) -> Mention:
    """A kept candidate as a mention for the merge step, with its sentence's casualties."""
    ev = draft.event
    if ev.type in _VIOLENT:
        cas = sentence_casualties(text, quantities, ev.sentence.start, ev.sentence.end)
        deaths = cas.fatalities
        if deaths is None and draft.kills_one:
            deaths = CountRange(low=1, best=1, high=1)
        ev = replace(ev, fatalities=deaths, injured=cas.injured)
    return Mention(row=ev, prob=prob, definite=draft.definite, indefinite=draft.indefinite,
                   headline=draft.headline, lemma=draft.lemma, place_how=draft.place_how,
                   another=opens_as_another(text, ev.sentence.start, ev.trigger.start))


_PAST_YEAR = re.compile(r"\b(?:in|since|during|by)\s+(?:\w+\s+)?(?:1[89]|20)\d\d\b")


class StoryContext:
    """What the story as a whole tells its rows: the lede's date and the towns it names."""

    def __init__(self, dc: DocContext) -> None:
        self.dc = dc
        self.places = {p.id: p for p in dc.places}
        paras = dc.paragraphs
        lede = paras[1] if len(paras) > 1 and paras[0][1] - paras[0][0] <= 200 else (
            paras[0] if paras else (0, 0))
        self.lede = lede
        self.lede_time = dc.header_time or next(
            (t for t in dc.index["times"].starting_in(*lede) if t.earliest
             and t.earliest == t.latest and t.resolvable), None)

    def _town_in(self, country: str, start: int, end: int) -> Any | None:
        return next((p for p in self.dc.index["places"].starting_in(start, end)
                     if is_precise(p) and p.country == country
                     and p.id not in self.dc.modifiers), None)

    def refine_place(self, ev: Event) -> Event:
        """A country or province where the paragraph, the lede or the dateline names a town
        in it: the town ('an attack in southern China' … 'in Shenzhen')."""
        place = self.places.get(ev.place or "")
        if place is None or is_precise(place) or place.kind == "demonym" \
                or not place.country or ev.type == "MOVE":
            return ev
        para = paragraph_of(self.dc, ev.sentence.start)
        town = (self._town_in(place.country, *para)
                or self._town_in(place.country, *self.lede)
                or next((self._town_in(place.country, a, b) for a, b in self.dc.datelines
                         if self._town_in(place.country, a, b)), None))
        return replace(ev, place=town.id) if town is not None else ev

    def date(self, ev: Event) -> Event:
        """A row with no time of its own takes the lede's date, unless its sentence is
        about another year or the row is only planned or threatened."""
        if ev.time is not None or self.lede_time is None:
            return ev
        if ev.attribution.certainty == "hypothetical" or ev.type == "THREATEN":
            return ev
        sentence = self.dc.text[ev.sentence.start:ev.sentence.end]
        if _PAST_YEAR.search(sentence):
            return ev
        return replace(ev, time=self.lede_time.id)

    def complete(self, ev: Event) -> Event:
        return self.date(self.refine_place(ev))


def _nearest(starts: Sequence[int], at: int) -> int:
    """The trigger start nearest a count (the earlier one on a tie)."""
    return min(starts, key=lambda t: (abs(t - at), t))


def kept_mentions(dc: DocContext, drafts: Sequence[Draft], models: EventModels
                  ) -> list[Mention]:
    """The candidates the decision keeps (those under the threshold only as support), as
    mentions with the tolls of their sentences; where a sentence tells several violent
    happenings, each toll goes to the nearest ('Sunday's explosion came two days after
    two bombs killed six': the six are the bombs')."""
    text = dc.text
    kept = [(d, p) for d in drafts
            if (p := decide(d, models, text)) >= models.threshold * SUPPORT_SHARE]
    violent: dict[int, list[int]] = {}
    for d, _ in kept:
        if d.event.type in _VIOLENT:
            violent.setdefault(d.event.sentence.start, []).append(d.event.trigger.start)
    mentions = []
    for d, p in kept:
        sent = d.event.sentence
        counts = dc.index["quantities"].starting_in(sent.start, sent.end)
        rivals = violent.get(sent.start, [])
        if len(rivals) > 1:
            own = d.event.trigger.start
            counts = [q for q in counts if _nearest(rivals, q.start) == own]
        mentions.append(replace(as_mention(d, p, text, counts), seed=p >= models.threshold))
    return mentions


def extract_records(ctx: Any, lexicon: Lexicon, models: EventModels) -> list[Event]:
    """Every event row of a document (a pipeline Context with its parse and layers)."""
    if ctx.parse is None:
        return []
    dc, drafts = candidate_drafts(ctx, lexicon)
    text = dc.text
    mentions = kept_mentions(dc, drafts, models)
    sentences = {m.row.trigger.start: m.row.sentence for m in mentions}
    story = StoryContext(dc)
    perpetrators = PerpetratorFinder(text, ctx.parse, dc.entities)
    merged = Merger(text, dc.places, dc.times, models.merger, dc.quantities).merge(mentions)
    out = []
    for i, ev in enumerate(merged, start=1):
        spans = sorted({sentences[m.start] for m in ev.mentions if m.start in sentences},
                       key=lambda s: s.start)
        probs = models.coder.probabilities(told_words(text, spans), ev.trigger.text, ev.type,
                                           ev.mode)
        acled = models.coder.code(probs, ev.type)
        row = clean_parties(dc, ctx.parse, replace(ev, id=f"v{i}", acled=acled))
        out.append(story.complete(perpetrators.complete(row)))
    return out
