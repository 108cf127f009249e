"""Speech cues in the parse: verbs of saying (and "according to") outside quotations."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.speech.frames import QuoteMask
from eventwire.speech.lexicon import QUOTE_VERBS, SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_NOMINAL = frozenset({"nsubj", "nsubjpass", "csubj", "amod", "compound", "pobj", "dobj", "attr"})
_NEEDS_NO_XCOMP = frozenset({"continue", "add", "show"})


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue token and the word(s) to report as the cue ("said", "according to")."""

    token: Token
    text: str
    lemma: str

    @property
    def start(self) -> int:
        return int(self.token.idx)


class TokenIndex:
    """Tokens of a parse by character offset (bisect over token starts)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = [t.idx for t in doc]

    def tokens(self, start: int, end: int) -> Iterator[Token]:
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        for k in range(i, j):
            yield self.doc[k]

    def at(self, pos: int) -> Token | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.doc[i] if i >= 0 else None


def cue_of(token: Token, *, for_quote: bool) -> Cue | None:
    """Return the cue that ``token`` starts, if it is one."""
    lemma = token.lemma_.lower()
    lower = token.text.lower()
    if lower == "according" and token.i + 1 < len(token.doc) and \
            token.doc[token.i + 1].lower_ == "to":
        return Cue(token, "according to", "according to")
    if lemma == "put" and any(c.lower_ == "it" and c.dep_ == "dobj" for c in token.children):
        return Cue(token, token.text + " it", "put it")
    verbs = QUOTE_VERBS if for_quote else SPEECH_VERBS
    if token.pos_ not in ("VERB", "AUX") or lemma not in verbs or token.dep_ in _NOMINAL:
        return None
    if lemma in _NEEDS_NO_XCOMP and any(c.dep_ == "xcomp" for c in token.children):
        return None
    if lemma in ("call", "show", "describe") and not for_quote:
        return None
    return Cue(token, token.text, lemma)


def any_verb_cue(token: Token) -> Cue | None:
    """Treat any verb as a cue (for "“…,” Burton fumed" where the verb is not listed)."""
    if token.pos_ == "VERB" and token.dep_ not in _NOMINAL:
        return Cue(token, token.text, token.lemma_.lower())
    return None


def cues_in(index: TokenIndex, start: int, end: int, mask: QuoteMask, *,
            for_quote: bool) -> list[Cue]:
    """Return the cues in [start, end) that lie outside quotations."""
    found: list[Cue] = []
    for token in index.tokens(start, end):
        if mask.inside(token.idx):
            continue
        cue = cue_of(token, for_quote=for_quote)
        if cue is not None:
            found.append(cue)
    return found
