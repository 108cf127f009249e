"""The tense of the sentence around a mention: past, future or unknown.

It decides which "March" or "Friday" is meant when no year or week is given.
With a spaCy parse it reads the sentence's tags (a future modal wins over a
past verb: "officials said the vote will be held in June"); without one it
falls back to word patterns.
"""

from __future__ import annotations

import re
from typing import Any

_FUTURE_WORDS = frozenset({"will", "'ll", "’ll", "shall", "wo", "may", "might"})
_FUTURE = re.compile(r"(?i)\b(?:will|shall|(?-i:may|might)|won't|won’t|going\s+to|"
                     r"(?:is|are)\s+(?:due|set|expected|scheduled)\s+to|plans?\s+to)\b|"
                     r"\w['’]ll\b")
_PAST = re.compile(r"(?i)\b(?:was|were|had|did|said|told|came|went|took|began|left|fled|met|"
                   r"\w{3,}ed)\b")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“'‘])|\n")


def _sentence_bounds(text: str, start: int) -> tuple[int, int]:
    left = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 400), start):
        left = m.end()
    right = _SENTENCE_END.search(text, start)
    return left, right.start() if right else len(text)


def tense_from_text(text: str, start: int) -> str | None:
    """Tense of the sentence holding ``start``, from word patterns alone."""
    left, right = _sentence_bounds(text, start)
    sentence = text[left:right]
    if _FUTURE.search(sentence):
        return "future"
    if _PAST.search(sentence):
        return "past"
    return None


#: Verbs whose infinitive complement points ahead ("is due to be published in May").
_PROSPECTIVE = frozenset({"due", "expect", "plan", "schedule", "set", "hope", "want", "aim",
                          "intend", "seek", "promise", "pledge", "vow", "prepare", "agree",
                          "decide", "threaten", "propose", "likely", "able", "going"})


def _aux_words(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _verb_tense(verb: Any, depth: int = 0) -> str | None:
    """Tense of one verb from its tag and auxiliaries ("will resume", "had fled", "said").

    An infinitive takes its tense from the verb it complements, and points ahead
    after "due to", "plans to", "expected to".
    """
    auxes = _aux_words(verb)
    perfect = any(a.lower_ == "have" for a in auxes)  # "may have fled" looks back
    if any(a.lower_ in _FUTURE_WORDS for a in auxes) and not perfect:
        return "future"
    if any(a.lower_ == "to" for a in auxes):
        head = verb.head
        if head is verb or depth > 3:
            return None
        governor = head if head.pos_ in ("VERB", "AUX") else _governing_verb(head.head)
        governed = _verb_tense(governor, depth + 1) if governor is not None else None
        if governed != "past" and (head.lemma_.lower() in _PROSPECTIVE
                                   or head.lower_ in _PROSPECTIVE):
            return "future"
        return governed
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN":
        if any(a.lower_ in ("has", "have", "had", "was", "were", "been") for a in auxes) \
                or not auxes:
            return "past"
        return None
    return None


def _governing_verb(token: Any) -> Any:
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def tense_from_parse(parse: Any, start: int, end: int) -> str | None:
    """Tense of the verb governing the span (None when it is present or unclear)."""
    span = parse.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    verb = _governing_verb(span.root)
    return _verb_tense(verb) if verb is not None else None


def sentence_tense(text: str, start: int, end: int, parse: Any = None) -> str | None:
    """Tense around ``text[start:end]``, from ``parse`` (a parse of ``text``) when given."""
    if parse is not None:
        return tense_from_parse(parse, start, end)
    return tense_from_text(text, start)


def parse_matches(parse: Any, text: str) -> bool:
    """True when ``parse`` is a parse of ``text`` (same length), checked without rebuilding it."""
    if parse is None or len(parse) == 0:
        return False
    last = parse[len(parse) - 1]
    return bool(last.idx + len(last.text_with_ws) == len(text))
