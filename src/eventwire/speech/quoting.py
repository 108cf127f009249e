"""Joining each quotation to its speaker.

In order of preference: a cue in the quotation's own sentence (nearest first);
the speaker of an earlier quotation in the same paragraph (a quote interrupted by
its cue); the latest speaker of a quotation or speech cue in this or the previous
paragraph (continuation paragraphs, "He told the crowd:" before a quoted
paragraph); a person named in the sentence before or after.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.model import Entity
from eventwire.speech.cues import Cue, TokenIndex, any_verb_cue, cue_of, cues_in
from eventwire.speech.frames import Frame, QuoteMask, Sentences
from eventwire.speech.marks import QuoteMarks, paragraphs, scan_quotes
from eventwire.speech.speakers import Speaker, SpeakerResolver, best_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

MIN_WORDS = 3


@dataclass(frozen=True, slots=True)
class FoundQuote:
    marks: QuoteMarks
    speaker: Speaker | None


@dataclass
class SpeechContext:
    """Everything about one article that speaker finding needs, built once."""

    text: str
    doc: Doc
    quotes: list[QuoteMarks]
    mask: QuoteMask
    sentences: Sentences
    index: TokenIndex
    resolver: SpeakerResolver
    para_starts: list[int]

    @classmethod
    def build(cls, text: str, doc: Doc, entities: Sequence[Entity],
              outlet: str | None) -> SpeechContext:
        quotes = scan_quotes(text)
        mask = QuoteMask(quotes)
        index = TokenIndex(doc)
        sentences = Sentences(text, mask)
        return cls(text, doc, quotes, mask, sentences, index,
                   SpeakerResolver(text, entities, mask, outlet, index, sentences),
                   [a for a, _ in paragraphs(text)] or [0])

    def paragraph_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def speech_cues(self) -> list[tuple[int, Speaker]]:
        """Every speech cue outside quotations with its resolved speaker, in order."""
        found: list[tuple[int, Speaker]] = []
        for token in self.doc:
            if self.mask.inside(token.idx):
                continue
            cue = cue_of(token, for_quote=False)
            if cue is not None and (sp := self.resolver.resolve(cue)) is not None:
                found.append((cue.start, sp))
        return found


def _is_short(ctx: SpeechContext, q: QuoteMarks) -> bool:
    """A quoted word or two: kept only with a cue of its own, never passes a speaker on."""
    return len(ctx.text[q.start:q.end].split()) < MIN_WORDS


def _governing_cue(ctx: SpeechContext, q: QuoteMarks, frame: Frame) -> Cue | None:
    """The speech verb that the quotation hangs from in the parse, within its sentence."""
    low, high = frame.sentence
    for tok in ctx.index.tokens(q.start, q.end):
        t = tok.head
        if q.outer_start <= t.idx < q.outer_end:
            continue
        for _ in range(8):
            if not low <= t.idx < high:
                break
            if not ctx.mask.inside(t.idx) and (cue := cue_of(t, for_quote=True)):
                return cue
            if t.head is t:
                break
            t = t.head
    return None


def _frame_cues(ctx: SpeechContext, q: QuoteMarks, frame: Frame) -> list[Cue]:
    """Cues of the quotation's own sentence, nearest first; unlisted verbs after listed ones."""
    scored: list[tuple[int, Cue]] = []
    a, b = frame.after
    for cue in cues_in(ctx.index, a, b, ctx.mask, for_quote=True):
        scored.append((len(ctx.text[a:cue.start].split()), cue))
    a, b = frame.before
    for cue in cues_in(ctx.index, a, b, ctx.mask, for_quote=True):
        scored.append((len(ctx.text[cue.start + len(cue.text):b].split()), cue))
    cues = [c for _, c in sorted(scored, key=lambda x: x[0])]
    if _is_short(ctx, q):
        return cues
    if ctx.text[q.start:q.end].rstrip()[-1:] in (",", "?", "!", "-", "—"):
        a, b = frame.after
        near = [t for t in ctx.index.tokens(a, b) if len(ctx.text[a:t.idx].split()) <= 3]
        cues += [c for t in near if (c := any_verb_cue(t))]
    a, b = frame.before
    if ctx.text[a:b].rstrip()[-1:] in (",", ":"):
        cues += [c for t in reversed(list(ctx.index.tokens(a, b))) if (c := any_verb_cue(t))][:1]
    return cues


def _colon_speaker(ctx: SpeechContext, frame: Frame) -> Speaker | None:
    """ "Jane Roe, The Daily Planet: “…”": the first person (else organisation) before the colon."""
    a, b = frame.before
    if not ctx.text[a:b].rstrip().endswith(":"):
        return None
    found = ctx.resolver.entities_in(a, b)
    person = next((e for e in found if e.label == "PERSON"), None)
    head = ctx.index.at(person.end - 1) if person else None
    if head is not None:
        return ctx.resolver.from_head(head, None)
    org = next((e for e in found if e.label == "ORG"), None)
    return Speaker(best_name(org), org.id, None, False, "organization", None) if org else None


def _adjacent_cue(ctx: SpeechContext, q: QuoteMarks) -> Speaker | None:
    """A content-less cue in the sentence right after or before ("Jane Roe chimed in.")."""
    for bounds in (ctx.sentences.following(q.end), ctx.sentences.previous(q.outer_start)):
        if bounds is None or ctx.text.find("\n", min(bounds[1], q.outer_start),
                                           max(bounds[0], q.outer_end)) >= 0:
            continue
        for cue in cues_in(ctx.index, bounds[0], bounds[1], ctx.mask, for_quote=True):
            if any(c.dep_ in ("ccomp", "dobj", "xcomp") and not ctx.mask.inside(c.idx)
                   for c in cue.token.children):
                continue
            if (speaker := ctx.resolver.resolve(cue)) is not None:
                return speaker
    return None


def _frame_speaker(ctx: SpeechContext, q: QuoteMarks, frame: Frame) -> Speaker | None:
    """The speaker named by the quotation's cue in its own sentence."""
    governing = _governing_cue(ctx, q, frame)
    cues = ([governing] if governing else []) + _frame_cues(ctx, q, frame)
    for cue in cues:
        speaker = ctx.resolver.resolve(cue)
        if speaker is not None:
            return speaker
    return _colon_speaker(ctx, frame)


def _named_nearby(ctx: SpeechContext, q: QuoteMarks) -> Speaker | None:
    """A person named (outside quotations) in the sentence before, else the one after."""
    for bounds in (ctx.sentences.previous(q.outer_start), ctx.sentences.following(q.end)):
        if bounds is None:
            continue
        people = [e for e in ctx.resolver.entities_in(*bounds) if e.label == "PERSON"]
        if people:
            e = people[-1] if bounds[0] < q.start else people[0]
            return Speaker(best_name(e), e.id, None, False, "named", None)
    return None


def _inherited(ctx: SpeechContext, q: QuoteMarks, history: list[tuple[int, Speaker]],
               same_para: Speaker | None) -> Speaker | None:
    if same_para is not None:
        return same_para
    para = ctx.paragraph_of(q.outer_start)
    floor = ctx.para_starts[max(0, para - 1)]
    i = bisect.bisect_left([p for p, _ in history], q.outer_start) - 1
    if i >= 0 and history[i][0] >= floor:
        return history[i][1].with_cue(None)
    return None


def _fallback_speaker(ctx: SpeechContext, q: QuoteMarks, history: list[tuple[int, Speaker]],
                      same_para: Speaker | None) -> Speaker | None:
    """The speaker of a quotation whose own sentence names none."""
    if same_para is None and (adjacent := _adjacent_cue(ctx, q)) is not None:
        return adjacent
    speaker = _inherited(ctx, q, history, same_para) or _named_nearby(ctx, q)
    return speaker.with_cue(None) if speaker is not None else None


def find_quotes(ctx: SpeechContext) -> list[FoundQuote]:
    """Return every quotation with its speaker (None when no speaker can be found)."""
    history = sorted(ctx.speech_cues(), key=lambda x: x[0])
    found: list[FoundQuote] = []
    last: tuple[int, Speaker] | None = None  # paragraph and speaker of the last quote
    for q in ctx.quotes:
        short = _is_short(ctx, q)
        speaker = _frame_speaker(ctx, q, ctx.sentences.frame(q))
        if speaker is None and short:
            continue
        if speaker is None:
            para = ctx.paragraph_of(q.outer_start)
            same = last[1] if last and last[0] == para else None
            speaker = _fallback_speaker(ctx, q, history, same)
        if speaker is not None and not short:
            last = (ctx.paragraph_of(q.outer_end - 1), speaker)
            bisect.insort(history, (q.outer_start, speaker), key=lambda x: x[0])
        found.append(FoundQuote(q, speaker))
    return found
