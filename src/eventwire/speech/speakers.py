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
from eventwire.nlp import doc_text
from eventwire.speech import lexicon as lx
from eventwire.speech.cues import Cue, TokenIndex
from eventwire.speech.frames import QuoteMask, Sentences
from eventwire.speech.gender import person_genders
from eventwire.speech.people import People, Referent, name_in_description

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
_NOT_SUBJECT = frozenset({"dobj", "pobj", "compound", "poss", "appos", "nummod", "npadvmod",
                          "amod", "dative", "attr"})


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
        if verb.dep_ in _CLIMB and verb.head is not verb and not mask.inside(verb.head.idx):
            verb = verb.head
            continue
        break
    return _nearby_noun(tok, mask)


def _quoted_as(verb: Token) -> Token | None:
    """The object of "quoted X as saying", "has X saying"."""
    if verb.tag_ != "VBG":
        return None
    via_as = verb.head.lower_ == "as"
    head = verb.head.head if via_as else verb.head
    for child in head.children:
        if child.dep_ in ("dobj", "nsubj") and child.pos_ in ("PROPN", "PRON") and \
                (child.i == verb.i - 1 or (via_as and child.i < verb.i)):
            return child
    return None


def _candidate(t: Token) -> bool:
    return t.pos_ in ("PROPN", "NOUN", "PRON") or (t.text[:1].isupper() and t.pos_ != "NUM")


def _nearby_noun(tok: Token, mask: QuoteMask) -> Token | None:
    """Fallback when the parse gives no subject: the noun just before the cue, else after.

    Before the cue, nouns inside an apposition or a prepositional phrase of the
    same stretch are passed over ("Flynn, the head of Common Cause, said" gives
    Flynn); after it, only a noun right after the cue counts ("said the aide").
    """
    doc = tok.doc
    window: list[Token] = []
    for i in range(tok.i - 1, max(-1, tok.i - 14), -1):
        t = doc[i]
        if mask.inside(t.idx) or t.is_space or t.text in _STOP or "\n" in t.whitespace_:
            break
        window.append(t)
    low = window[-1].i if window else tok.i
    for t in window:
        inner = [a for a in t.ancestors if low <= a.i < tok.i and a.i < t.i]
        dep_ok = t.dep_ not in _NOT_SUBJECT or (t.dep_ == "amod" and t.text[:1].isupper()) \
            or (t.dep_ in ("pobj", "dobj", "appos") and not low <= t.head.i < tok.i)
        if _candidate(t) and dep_ok and not any(a.dep_ in ("appos", "pobj") for a in inner):
            return t
    for i in range(tok.i + 1, min(len(doc), tok.i + 5)):
        t = doc[i]
        if mask.inside(t.idx) or t.is_space or t.text in _STOP or t.pos_ in ("SCONJ", "VERB"):
            break
        if _candidate(t) and t.dep_ not in ("dobj", "dative", "pobj", "poss"):
            return t.head if t.dep_ == "compound" and t.head.i > t.i else t
    return None


#: Descriptions that stand for any organisation of their kind named before them ('the bank'
#: -> NatWest); other heads ('the army', 'the ministry') must appear in the name they resolve to.
_GENERIC_ORG_HEADS = frozenset({
    "company", "firm", "bank", "newspaper", "paper", "daily", "weekly", "magazine", "network",
    "channel", "broadcaster", "outlet", "station", "website", "site", "group", "organisation",
    "organization", "charity", "party", "movement", "union", "agency", "campaign", "alliance"})
_DOCUMENTS = frozenset({"report", "email", "memo", "letter", "statement", "document"})


def _names_kind(entity: Entity, head: Token) -> bool:
    """True when a definite description can refer back to ``entity``: its head is a generic
    kind ('the bank', 'the group') or appears in the name ('the ministry' -> 'the Interior
    Ministry'); never 'the army' -> 'al-Qaeda', nor a document to its author."""
    lemma = head.lemma_.lower()
    words = set(f"{entity.text} {entity.canonical}".lower().replace("-", " ").split())
    if {head.lower_, lemma} & words:
        return True
    return lemma in _GENERIC_ORG_HEADS and lemma not in _DOCUMENTS


def split_phrase(head: Token, mask: QuoteMask) -> tuple[int, int, int]:
    """Return (start, core end, phrase end) offsets of the noun phrase headed by ``head``."""
    left = head.left_edge
    text = doc_text(head.doc)
    while left.i < head.i and (mask.inside(left.idx) or left.is_punct
                               or "\n" in text[left.idx:head.idx]):
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


def plain_head(text: str, start: int, head: Token) -> bool:
    """True for a short description before its head ("the nurse", "the medical group")."""
    return len(text[start:head.idx + len(head.text)].split()) <= 3


def _propn_run(head: Token) -> tuple[int, int]:
    """Offsets of the proper-noun run that ``head`` ends ("Mr. Bryan Marshall")."""
    first = head
    while first.i > 0 and first.doc[first.i - 1].pos_ == "PROPN" and \
            first.doc[first.i - 1].dep_ in ("compound", "flat"):
        first = first.doc[first.i - 1]
    return first.idx, head.idx + len(head.text)


def best_name(entity: Entity) -> str:
    """The entity's canonical name when it plausibly names the same one, else its text."""
    canonical, words = entity.canonical, entity.text.lower().split()
    if not words or any(ch in canonical for ch in '"“”') or len(canonical.split()) > 5:
        return entity.text
    if entity.label != "PERSON":
        return canonical
    return canonical if canonical.lower().split()[-1:] == words[-1:] else entity.text


class SpeakerResolver:
    """Turns cue subjects into speakers, given the article's entities."""

    def __init__(self, text: str, entities: Sequence[Entity], mask: QuoteMask,
                 outlet: str | None, index: TokenIndex, sentences: Sentences | None = None
                 ) -> None:
        self.text = text
        self.mask = mask
        self.index = index
        self.outlet = (outlet or "").lower().removeprefix("the ").strip()
        outside = [e for e in entities if not mask.inside(e.start)]
        self.entities = sorted(outside, key=lambda e: e.start)
        self.entity_starts = [e.start for e in self.entities]
        self.genders = person_genders(text, self.entities)
        self.people = People(text, index.doc, self.entities, mask,
                             sentences or Sentences(text, mask), self.genders)

    @staticmethod
    def from_referent(r: Referent, cue: str | None) -> Speaker:
        """The speaker a referent of the who-is-who model stands for."""
        if r.group:
            kind = "organization"
        elif r.anonymous:
            kind = "anonymous"
        else:
            kind = "named" if r.name else "unknown"
        return Speaker(r.name, r.entity, r.description, r.anonymous, kind, cue)

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

    def _subject_rank(self, e: Entity) -> int:
        """2 for the subject of a main clause or a speech verb, 1 for any subject, else 0."""
        tok = self.index.at(e.end - 1)
        while tok is not None and tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
            tok = tok.head
        if tok is None or tok.dep_ not in SUBJECTS:
            return 0
        verb = tok.head
        main = verb.dep_ == "ROOT" or verb.lemma_.lower() in lx.SPEECH_VERBS
        return 2 if main else 1

    def last_entity(self, before: int, labels: frozenset[str], gender: str | None = None,
                    window: int = 1500) -> Entity | None:
        """Return the last entity of ``labels`` before ``before``, preferring subjects."""
        i = bisect.bisect_left(self.entity_starts, before) - 1
        best: tuple[int, Entity] | None = None
        while i >= 0 and self.entities[i].start > before - window:
            e = self.entities[i]
            i -= 1
            if e.label not in labels or self.genders.get(e.text) not in (None, gender):
                continue
            rank = self._subject_rank(e)
            if rank == 2:
                return e
            if best is None or rank > best[0]:
                best = (rank, e)
        return best[1] if best else None

    def is_outlet(self, phrase: str) -> bool:
        low = phrase.lower().removeprefix("the ").strip()
        return (bool(self.outlet) and low == self.outlet) or phrase.lower() in lx.SELF_REFERENCES

    def resolve(self, cue: Cue) -> Speaker | None:
        """Return the speaker of ``cue``, or None when it has no usable subject."""
        head = subject_of(cue, self.mask)
        if head is None or self.mask.inside(head.idx):
            return None
        limit = cue.token.idx if cue.token.i > head.i else None
        return self.from_head(head, cue.text, limit=limit)

    def from_head(self, head: Token, cue: str | None, *, limit: int | None = None
                  ) -> Speaker | None:
        """Return the speaker named or described by the phrase headed by ``head``.

        ``limit`` (the cue's offset, when the cue follows) bounds the phrase, so that
        "agents, who thought that …" does not swallow the cue and its content.
        """
        if head.pos_ == "PRON" and head.lower_ not in ("one",):
            return self.from_pronoun(head, cue)
        start, core_end, end = split_phrase(head, self.mask)
        if limit is not None and end > limit:
            cut = self.text.rfind(",", core_end, limit)
            end = cut if cut > 0 else core_end
        named = self.covering(head.idx)
        if named is not None:
            return self._speaker(named, description=self._apposition(head), cue=cue)
        extra = self._named_in_apposition(head) or self._title_before_name(head)
        if extra is not None:
            return self._speaker(extra, description=self.text[start:core_end], cue=cue)
        appos = [c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if head.pos_ != "PROPN" and appos and appos[0].i <= head.i + 2:
            a, b = _propn_run(appos[0])
            return Speaker(self.text[a:b], None, self.text[start:core_end], False, "named", cue)
        if head.pos_ == "PROPN" and not lx.is_person_noun(head.text):  # not 'Medics said'
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

    def _title_before_name(self, head: Token) -> Entity | None:
        """The person a title runs into: "campaign chairman John Podesta"."""
        doc = head.doc
        if head.pos_ != "NOUN" or head.i + 1 >= len(doc) or not (
                lx.is_person_noun(head.text) or lx.is_person_noun(head.lemma_)):
            return None
        nxt = doc[head.i + 1]
        if nxt.pos_ != "PROPN" or self.mask.inside(nxt.idx) or head.whitespace_ != " ":
            return None
        named = self.covering(nxt.idx)
        return named if named is not None and named.label == "PERSON" else None

    def _named_in_apposition(self, head: Token) -> Entity | None:
        """A person named beside a description: "the 26-year-old, who called himself X"."""
        for child in head.rights:
            if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i <= head.i + 2:
                return self.covering(child.idx)
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
        elif kind == "organization" and description and any(
                lx.is_person_noun(w) for w in description.lower().split()):
            kind = "named"  # a person the entity recogniser took for a place or group
        return Speaker(best_name(entity), entity.id, description, False, kind, cue)

    def from_pronoun(self, head: Token, cue: str | None) -> Speaker | None:
        low = head.lower_
        referent = self.people.pronoun(head)
        if referent is not None:
            return self.from_referent(referent, cue)
        if low in lx.MALE or low in lx.FEMALE:
            gender = "male" if low in lx.MALE else "female"
            e = self.last_entity(head.idx, frozenset({"PERSON"}), gender)
            at = self.index.at(e.start) if e is not None else None
            if e is None or (at is not None and self.people.is_place(at)):
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
        name, partial = name_in_description(phrase)
        if name and partial and first in lx.INDEFINITE:  # "a trader who would give only
            return Speaker(name, None, phrase, True, "anonymous", cue)  # his first name, X"
        if self.is_outlet(phrase):
            return Speaker(phrase, None, None, False, "reporter", cue)
        if first == "the" and plain_head(self.text, start, head) and (
                person or lemma in lx.ORG_NOUNS or lemma in ("charity", "group")):
            referent = self.people.definite(head)
            if referent is not None:
                return self.from_referent(referent, cue)
        if lx.ANONYMITY.search(phrase) or (person and (
                first in lx.INDEFINITE or (head.tag_ in ("NNS", "NNPS") and first != "the")
                or (first == "the" and lemma in lx.ROLE_NOUNS and lemma not in lx.PERSON_NOUNS))):
            name, _ = name_in_description(phrase)
            return Speaker(name, None, phrase, True, "anonymous", cue)
        plain = len(self.text[start:head.idx + len(head.text)].split()) <= 3 and \
            not self.entities_in(start, end)
        if first in ("the", "this", "that") and (person or lemma in lx.ORG_NOUNS) and plain:
            labels = frozenset({"PERSON"}) if person else frozenset({"ORG"})
            e = self.last_entity(head.idx, labels)
            if e is not None and not person and not _names_kind(e, head):
                e = None  # 'the army' is not the last group named ('al-Qaeda')
            kind = "named" if person else "organization"
            if e is not None:
                return Speaker(best_name(e), e.id, phrase, False, kind, cue)
            return Speaker(None, None, phrase, False, "organization" if not person else "unknown",
                           cue)
        kind = "organization" if lemma in lx.ORG_NOUNS else "unknown"
        return Speaker(None, None, phrase, False, kind, cue)
