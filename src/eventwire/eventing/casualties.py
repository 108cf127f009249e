"""Deaths and injuries told by a sentence: which counts are tolls, and of what.

A count is a death toll when the words it governs or follows say so ("12 people
were killed", "killing four members", "a death toll of 30", "12 dead"), an injury
count likewise ("wounding 20", "20 injured"). Other counts (people displaced,
arrested, taking part) are not casualties.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.model import CountRange

_DEATH = re.compile(r"^(kill\w*|dead|deaths?|died|dies|dying|die|lives|life|toll|fatalit\w*|"
                    r"bodies|corpses|massacred|executed|beheaded|murdered|slain|slaughtered|"
                    r"perished|martyr\w*|shot dead|lost their lives|fatally|murders?|"
                    r"homicides?)$", re.I)
_INJURY = re.compile(r"^(wound\w*|injur\w*|hurt|maimed|hospitali[sz]ed|casualt\w*)$", re.I)
_WORD = re.compile(r"[A-Za-z]+")
_STOP = re.compile(r"[,;:.()\[\]]|\band\b|\bwhile\b|\bbut\b")
_COUNTABLE_UNITS = frozenset({"", "person", "people"})


@dataclass(frozen=True, slots=True)
class Casualties:
    """A sentence's death and injury counts (each the largest told), or None."""

    fatalities: CountRange | None
    injured: CountRange | None


def _role(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """'death', 'injury' or None for the count at text[start:end], within [lo, hi)."""
    after = text[end:min(hi, end + 60)]
    cut = _STOP.search(after)
    after_words = _WORD.findall(after[:cut.start()] if cut else after)[:5]
    before = text[max(lo, start - 40):start]
    before_words = _WORD.findall(before)[-3:]
    if any(w.lower() == "fatally" for w in before_words):
        return "death"  # 'fatally wounded three', 'fatally shot four men'
    for word in after_words[:4]:
        if _DEATH.match(word):
            return "death"
        if _INJURY.match(word):
            return "injury"
    for word in reversed(before_words):
        if _DEATH.match(word):
            return "death"
        if _INJURY.match(word):
            return "injury"
    return None


def _range(q: Any) -> CountRange | None:
    low = q.low if q.low is not None else q.best
    high = q.high if q.high is not None else q.best
    best = q.best if q.best is not None else low
    if low is None or best is None:
        return None
    high = high if high is not None else best
    if not all(math.isfinite(x) for x in (low, best, high)) or low < 0:
        return None
    return CountRange(low=math.floor(low), best=round(best), high=math.ceil(high))


def sentence_casualties(text: str, quantities: Sequence[Any], start: int,
                        end: int) -> Casualties:
    """The deaths and injuries that the sentence [start, end) counts."""
    deaths: list[CountRange] = []
    injuries: list[CountRange] = []
    for q in quantities:
        if not (start <= q.start < end) or (q.unit or "") not in _COUNTABLE_UNITS or q.per:
            continue
        role = _role(text, q.start, q.end, start, end)
        if role is None:
            continue
        rng = _range(q)
        if rng is None:
            continue
        (deaths if role == "death" else injuries).append(rng)
    return Casualties(fatalities=largest(deaths), injured=largest(injuries))


def largest(ranges: Sequence[CountRange | None]) -> CountRange | None:
    """The largest of several counts of one toll (tolls rise as a story is told)."""
    real = [r for r in ranges if r is not None]
    return max(real, key=lambda r: (r.best, r.high)) if real else None


#: Verbs that tell a death on their own ('killed Junaid Hussain', 'murdered a teacher').
_KILLING = frozenset({"kill", "murder", "assassinate", "behead", "execute", "slay", "lynch",
                      "massacre", "slaughter"})
#: Verbs that tell a death with a word beside them ('shot dead', 'stabbed to death').
_FATAL_WITH = frozenset({"shoot", "stab", "beat", "hack", "gun", "burn", "club", "stone"})
_FATAL_WORDS = frozenset({"dead", "death", "fatally"})


def one_victim_killed(tok: Any) -> bool:
    """True when a killing verb's victim is one person told without a count: 'a drone strike
    killed Junaid Hussain', 'a man was stabbed to death' (the toll is then 1)."""
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    after = tok.doc[tok.i + 1:min(tok.i + 5, tok.right_edge.i + 1)]
    words = {t.lower_ for t in after} | {c.lower_ for c in tok.children if c.dep_ == "advmod"}
    if lemma not in _KILLING and not (lemma in _FATAL_WITH and words & _FATAL_WORDS):
        return False
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
    victim = next((c for c in tok.children
                   if c.dep_ in ({"nsubjpass"} if passive else {"dobj", "obj"})), None)
    if victim is None or victim.pos_ not in {"NOUN", "PROPN"}:
        return False
    if victim.tag_ in {"NNS", "NNPS"} or any(c.dep_ in {"conj", "nummod"} for c in victim.children):
        return False
    return victim.pos_ == "PROPN" or victim.ent_type_ == "PERSON" or any(
        c.lower_ in {"a", "an", "one"} for c in victim.children if c.dep_ in {"det", "nummod"})
