"""Speakers: from a cue's subject to a name, an entity, a description and a kind.

The subject of a cue verb is split into its core phrase ("the 26-year-old") and
what follows it (", who called himself Abu Saad"). A name in either gives a named
speaker; a pronoun resolves to the last compatible person named outside quotes;
an indefinite or self-declared unnamed description gives an anonymous speaker; a
definite description of an organisation resolves to the last organisation named.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.model import Entity
from eventwire.speech import lexicon as lx
from eventwire.speech.cues import Cue, TokenIndex
from eventwire.speech.frames import QuoteMask
from eventwire.speech.gender import person_genders

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_CLIMB = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp", "prep", "dobj", "pobj"})
_CORE_RIGHT = frozenset({"compound", "flat", "nummod", "case"})
_ENTITY_RANK = {"PERSON": 0, "ORG": 1, "GPE": 2, "NORP": 3, "FAC": 4}
_TITLE = re.compile(r"^(?:(?:the|a|an)\s+)?", re.IGNORECASE)
_NAMING = frozenset({"call", "name", "identify", "introduce", "give", "go"})
_STOP = frozenset('.;:!?\n"“”')
MAX_DESCRIPTION_WORDS = 25


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote or a report is attributed to."""

    name: str | None
    entity: str | None
    description: str | None
    anonymous: bool
    kind: str  # named | anonymous | organization | reporter | unknown
    cue: str | None = None

    def with_cue(self, cue: str | None) -> Speaker:
        """Return the same speaker with another cue (None for an inherited speaker)."""
        return Speaker(self.name, self.entity, self.description, self.anonymous, self.kind, cue)

    @property
    def label(self) -> str | None:
        """The best text to show as the source: the name, else the description."""
        return self.name or self.description


def subject_of(cue: Cue, mask: QuoteMask) -> Token | None:
    """Return the token heading the subject of ``cue`` (outside quotations)."""
    tok = cue.token
    if cue.lemma == "according to":
        to = tok.doc[tok.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        return objs[0] if objs else (tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) else None)
    verb = tok
    for _ in range(6):
        subs = [c for c in verb.children if c.dep_ in SUBJECTS and not mask.inside(c.idx)]
        if subs:
            sub = subs[0]
            if sub.lower_ in lx.RELATIVE and verb.dep_ == "relcl":
                return verb.head
            return sub
        if verb.dep_ == "relcl":
            return verb.head
        quoted = _quoted_as(verb)
        if quoted is not None:
            return quoted
        if verb.dep_ in _CLIMB and verb.head is not verb:
            verb = verb.head
            continue
        break
    return _nearby_noun(tok, mask)


def _quoted_as(verb: Token) -> Token | None:
    """The object of "quoted X as saying", "has X saying"."""
    if verb.tag_ != "VBG":
        return None
    head = verb.head.head if verb.head.lower_ == "as" else verb.head
    for child in head.children:
        if child.dep_ in ("dobj", "nsubj") and child.i < verb.i and child.pos_ in ("PROPN", "PRON"):
            return child
    return None


def _candidate(t: Token) -> bool:
    return t.pos_ in ("PROPN", "NOUN", "PRON") or (t.text[:1].isupper() and t.pos_ != "NUM")


def _nearby_noun(tok: Token, mask: QuoteMask) -> Token | None:
    """Fallback when the parse gives no subject: the noun just before the cue, else after."""
    doc = tok.doc
    for i in range(tok.i - 1, max(-1, tok.i - 6), -1):
        t = doc[i]
        if mask.inside(t.idx) or t.text in _STOP:
            break
        if _candidate(t) and t.dep_ not in ("dobj", "pobj"):
            return t
    for i in range(tok.i + 1, min(len(doc), tok.i + 6)):
        t = doc[i]
        if mask.inside(t.idx) or t.text in _STOP:
            break
        if _candidate(t) and t.dep_ not in ("dobj", "dative", "pobj", "poss"):
            return t.head if t.dep_ == "compound" and t.head.i > t.i else t
    return None


def split_phrase(head: Token, mask: QuoteMask) -> tuple[int, int, int]:
    """Return (start, core end, phrase end) offsets of the noun phrase headed by ``head``."""
    left = head.left_edge
    while left.i < head.i and (mask.inside(left.idx) or left.is_punct):
        left = left.doc[left.i + 1]
    core_end = head
    for right in head.rights:
        if right.dep_ in _CORE_RIGHT and right.i == core_end.i + 1:
            core_end = right
        else:
            break
    last = head.right_edge
    for t in head.doc[head.i:last.i + 1]:
        if mask.inside(t.idx) or t.text in _STOP:
            last = t.doc[max(t.i - 1, head.i)]
            break
    while last.i > core_end.i and last.is_punct:
        last = last.doc[last.i - 1]
    return left.idx, core_end.idx + len(core_end.text), last.idx + len(last.text)


def _propn_run(head: Token) -> tuple[int, int]:
    """Offsets of the proper-noun run that ``head`` ends ("Mr. Bryan Marshall")."""
    first = head
    while first.i > 0 and first.doc[first.i - 1].pos_ == "PROPN" and \
            first.doc[first.i - 1].dep_ in ("compound", "flat"):
        first = first.doc[first.i - 1]
    return first.idx, head.idx + len(head.text)


class SpeakerResolver:
    """Turns cue subjects into speakers, given the article's entities."""

    def __init__(self, text: str, entities: Sequence[Entity], mask: QuoteMask,
                 outlet: str | None, index: TokenIndex) -> None:
        self.text = text
        self.mask = mask
        self.index = index
        self.outlet = (outlet or "").lower().removeprefix("the ").strip()
        outside = [e for e in entities if not mask.inside(e.start)]
        self.entities = sorted(outside, key=lambda e: e.start)
        self.entity_starts = [e.start for e in self.entities]
        self.genders = person_genders(text, self.entities)

    def entities_in(self, start: int, end: int) -> list[Entity]:
        i = bisect.bisect_left(self.entity_starts, start)
        found: list[Entity] = []
        while i < len(self.entities) and self.entities[i].start < end:
            found.append(self.entities[i])
            i += 1
        return found

    def covering(self, pos: int) -> Entity | None:
        """Return the entity (of a speaker label) whose span holds offset ``pos``."""
        i = bisect.bisect_right(self.entity_starts, pos) - 1
        if i >= 0 and self.entities[i].end > pos and self.entities[i].label in _ENTITY_RANK:
            return self.entities[i]
        return None

    def _is_subject(self, e: Entity) -> bool:
        tok = self.index.at(e.end - 1)
        while tok is not None and tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
            tok = tok.head
        return tok is not None and tok.dep_ in SUBJECTS

    def last_entity(self, before: int, labels: frozenset[str], gender: str | None = None,
                    window: int = 1500) -> Entity | None:
        """Return the last entity of ``labels`` before ``before``, preferring subjects."""
        i = bisect.bisect_left(self.entity_starts, before) - 1
        fallback: Entity | None = None
        while i >= 0 and self.entities[i].start > before - window:
            e = self.entities[i]
            i -= 1
            if e.label not in labels or self.genders.get(e.cluster) not in (None, gender):
                continue
            if "PERSON" not in labels or self._is_subject(e):
                return e
            fallback = fallback or e
        return fallback

    def is_outlet(self, phrase: str) -> bool:
        low = phrase.lower().removeprefix("the ").strip()
        return (bool(self.outlet) and low == self.outlet) or phrase.lower() in lx.SELF_REFERENCES

    def resolve(self, cue: Cue) -> Speaker | None:
        """Return the speaker of ``cue``, or None when it has no usable subject."""
        head = subject_of(cue, self.mask)
        if head is None or self.mask.inside(head.idx):
            return None
        return self.from_head(head, cue.text)

    def from_head(self, head: Token, cue: str | None) -> Speaker | None:
        """Return the speaker named or described by the phrase headed by ``head``."""
        if head.pos_ == "PRON" and head.lower_ not in ("one",):
            return self.from_pronoun(head, cue)
        start, core_end, end = split_phrase(head, self.mask)
        named = self.covering(head.idx)
        if named is not None:
            return self._speaker(named, description=self._apposition(head), cue=cue)
        extra = self._named_in_apposition(head)
        if extra is not None:
            return self._speaker(extra, description=self.text[start:core_end], cue=cue)
        if head.pos_ == "PROPN":
            a, b = _propn_run(head)
            return Speaker(_TITLE.sub("", self.text[a:b]), None, None, False, "named", cue)
        return self.from_description(head, start, end, cue)

    def _apposition(self, head: Token) -> str | None:
        for child in head.rights:
            if child.dep_ == "appos":
                a, b = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
                text = " ".join(self.text[a:b].split()).strip(" ,")
                return text if 0 < len(text.split()) <= 12 else None
        return None

    def _named_in_apposition(self, head: Token) -> Entity | None:
        """A person named beside a description: "the 26-year-old, who called himself X"."""
        for child in head.rights:
            naming = child.dep_ == "appos" or (
                child.dep_ in ("relcl", "acl") and child.lemma_.lower() in _NAMING)
            if not naming:
                continue
            a, b = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
            people = [e for e in self.entities_in(a, b) if e.label == "PERSON"]
            if people:
                return people[0]
        return None

    def _speaker(self, entity: Entity, *, description: str | None, cue: str | None) -> Speaker:
        kind = "named" if entity.label == "PERSON" else "organization"
        if kind == "organization" and self.is_outlet(entity.text):
            kind = "reporter"
        return Speaker(entity.canonical, entity.id, description, False, kind, cue)

    def from_pronoun(self, head: Token, cue: str | None) -> Speaker | None:
        low = head.lower_
        if low in lx.MALE or low in lx.FEMALE:
            gender = "male" if low in lx.MALE else "female"
            e = self.last_entity(head.idx, frozenset({"PERSON"}), gender)
            if e is None:
                return Speaker(None, None, head.text, False, "unknown", cue)
            return self._speaker(e, description=None, cue=cue)
        if low in lx.PLURAL:
            e = self.last_entity(head.idx, frozenset({"ORG", "NORP", "GPE"}))
            if e is not None:
                return self._speaker(e, description=None, cue=cue)
        return None

    def from_description(self, head: Token, start: int, end: int,
                         cue: str | None) -> Speaker | None:
        """A speaker given by a description: anonymous, an outlet, or resolved back."""
        phrase = " ".join(self.text[start:end].split())
        words = phrase.split()
        if not words:
            return None
        if len(words) > MAX_DESCRIPTION_WORDS:
            phrase = phrase.split(",")[0]
        first, lemma = words[0].lower(), head.lemma_.lower()
        person = lx.is_person_noun(head.text) or lx.is_person_noun(lemma)
        if self.is_outlet(phrase):
            return Speaker(phrase, None, None, False, "reporter", cue)
        if lx.ANONYMITY.search(phrase) or (person and (
                first in lx.INDEFINITE or (head.tag_ in ("NNS", "NNPS") and first != "the")
                or (first == "the" and lemma in lx.ROLE_NOUNS and lemma not in lx.PERSON_NOUNS))):
            return Speaker(None, None, phrase, True, "anonymous", cue)
        if first in ("the", "this", "that") and (person or lemma in lx.ORG_NOUNS):
            labels = frozenset({"PERSON"}) if person else frozenset({"ORG"})
            e = self.last_entity(head.idx, labels)
            kind = "named" if person else "organization"
            if e is not None:
                return Speaker(e.canonical, e.id, phrase, False, kind, cue)
            return Speaker(None, None, phrase, False, kind, cue)
        kind = "organization" if lemma in lx.ORG_NOUNS else "unknown"
        return Speaker(None, None, phrase, False, kind, cue)
