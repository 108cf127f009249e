"""Grammatical gender of the people an article names, from titles and nearby pronouns."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from eventwire.model import Entity
from eventwire.speech import lexicon as lx

#: Subject, possessive-of-his and reflexive forms; "her"/"him" after a name are mostly
#: someone else (the object), so they are not evidence.
_PRONOUN = re.compile(r"\b(he|his|himself|she|herself)\b", re.IGNORECASE)
_TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+$")
_REFLEXIVE_BEFORE = re.compile(r"\b(himself|herself)\s+(?:as\s+)?$", re.IGNORECASE)
_WINDOW = 160


def _vote(word: str) -> str | None:
    low = word.lower()
    if low in lx.MALE or low in lx.MALE_TITLES:
        return "male"
    if low in lx.FEMALE or low in lx.FEMALE_TITLES:
        return "female"
    return None


def _evidence(text: str, person: Entity, next_start: int) -> list[str]:
    votes: list[str] = []
    before = text[max(0, person.start - 24):person.start]
    for pattern in (_TITLE_BEFORE, _REFLEXIVE_BEFORE):
        m = pattern.search(before)
        if m and (v := _vote(m.group(1))):
            votes.extend([v, v])
    stop = min(next_start, person.end + _WINDOW)
    window = text[person.end:stop]
    cut = re.search(r"[.!?]\s|\n", window)
    if cut:
        window = window[:cut.start()]
    m = _PRONOUN.search(window)
    if m and (v := _vote(m.group(1))):
        votes.append(v)
    return votes


def person_genders(text: str, entities: Sequence[Entity]) -> dict[str, str]:
    """Return name -> "male" | "female" for the persons with clear evidence.

    Keyed by the mention's own text, not its cluster: a surname shared by two
    people ("Obama") must not take the gender of whichever full name came first.
    """
    persons = [e for e in entities if e.label == "PERSON"]
    tally: dict[str, Counter[str]] = {}
    for i, person in enumerate(persons):
        next_start = persons[i + 1].start if i + 1 < len(persons) else len(text)
        for vote in _evidence(text, person, next_start):
            tally.setdefault(person.text, Counter())[vote] += 1
    result: dict[str, str] = {}
    for name, counts in tally.items():
        (top, n), *rest = counts.most_common()
        if not rest or n > rest[0][1]:
            result[name] = top
    return result
