"""Who carried out an attack whose own clauses name no doer.

An attack row is often told in clauses that name only its victims ("two guards were
killed"), while a neighbouring clause names the attackers ("Gunmen stormed the hotel")
or a group claims it ("The Provisional IRA accepted responsibility for the bombings").
The row then takes, in this order: an attacker named as the subject or agent in one of
its own sentences; one named in the sentence just before its first mention, in the same
paragraph; the group that claimed responsibility for attacks in the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property
from typing import Any

from spacy.tokens import Doc, Span, Token

from eventwire.eventing.arguments import actor_record
from eventwire.model import Entity, Event

#: Nouns that name someone by the attack they carry out.
ATTACKERS = frozenset({
    "gunman", "gunmen", "assailant", "attacker", "militant", "bomber", "terrorist",
    "insurgent", "jihadist", "shooter", "sniper", "kidnapper", "abductor", "bandit", "raider",
    "perpetrator", "ringleader", "killer", "murderer", "hijacker", "knifeman", "arsonist"})
#: Attacks a perpetrator noun is 'of' or 'behind' ('the ringleader of Saturday's attack').
_ATTACKS = frozenset({"attack", "attacks", "bombing", "bombings", "shooting", "stabbing",
                         "massacre", "killing", "killings", "assault", "raid", "blast",
                         "explosion", "ambush"})
_CLAIM_VERBS = frozenset({"claim", "accept", "take", "admit"})
_CLAIMED = frozenset({"responsibility", "credit"})


def _is_attacker(tok: Token) -> bool:
    return tok.pos_ in {"NOUN", "PROPN"} and (
        tok.lemma_.lower() in ATTACKERS or tok.lower_ in ATTACKERS)


def _doer_in(sent: Span) -> Token | None:
    """An attacker named as a doer in the sentence: a subject ('Gunmen opened fire'), an
    agent ('killed by militants') or the one 'behind' or 'of' an attack ('the ringleader
    of Saturday's attack')."""
    for tok in sent:
        if not _is_attacker(tok):
            continue
        if tok.dep_ in {"nsubj", "csubj"}:
            return tok
        if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
            return tok
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "behind"} and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in _ATTACKS
                    for o in prep.children):
                return tok
    return None


def claimant(parse: Doc) -> Token | None:
    """The one group of the article that claimed or accepted responsibility for attacks."""
    found: list[Token] = []
    for tok in parse:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _CLAIM_VERBS:
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in _CLAIMED for c in tok.children):
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is not None and (subject.ent_type_ in {"ORG", "NORP", "PERSON"}
                                    or subject.pos_ == "PROPN" or _is_attacker(subject)):
            found.append(subject)
    names = {t.text.lower() for t in found}
    return found[0] if len(names) == 1 else None


class PerpetratorFinder:
    """Completes attack rows without an actor from the attackers their story names."""

    def __init__(self, text: str, parse: Doc, entities: Sequence[Entity]) -> None:
        self.text = text
        self.parse = parse
        self.entities = entities

    @cached_property
    def _claimant(self) -> Token | None:
        """The article's one claimant, looked for once and only when a row needs it."""
        return claimant(self.parse)

    def _sentences(self, ev: Event) -> list[Span]:
        sents: list[Span] = []
        for m in ev.mentions or (ev.trigger,):
            span = self.parse.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.sent not in sents:
                sents.append(span.root.sent)
        return sents

    def _before(self, sent: Span) -> Span | None:
        """The sentence before, when no line break parts them."""
        if sent.start == 0:
            return None
        prev = self.parse[sent.start - 1].sent
        if "\n" in self.text[prev.end_char:sent.start_char] or "\n" in prev.text.strip():
            return None
        return prev

    def complete(self, ev: Event) -> Event:
        """The row, with the attacker its story names when its own clauses named none."""
        if ev.type != "ASSAULT" or ev.actor is not None:
            return ev
        sents = self._sentences(ev)
        if not sents:
            return ev
        before = self._before(sents[0])
        for sent in [*sents, *([before] if before is not None else [])]:
            doer = _doer_in(sent)
            if doer is not None:
                return self._with(ev, doer, sent)
        if self._claimant is not None:
            return self._with(ev, self._claimant, self._claimant.sent)
        return ev

    def _with(self, ev: Event, head: Token, sent: Any) -> Event:
        actor = actor_record(head, self.text, self.entities, sent)
        if actor is None or (ev.target is not None and actor.start == ev.target.start):
            return ev
        return replace(ev, actor=actor)
