"""Reported speech without quote marks: attributed content clauses with source and certainty.

Covers "X said (that) …", "… , X claimed", "X told reporters …", "the ministry
denied that …", "according to the UN, …", the outlet's own "the Guardian has
confirmed", and sourceless hedges ("are believed to have been killed"). The span
of a report is its content clause only, never the cue or the source.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.speech import lexicon as lx
from eventwire.speech.cues import Cue, cue_of
from eventwire.speech.quoting import SpeechContext
from eventwire.speech.speakers import Speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

MIN_WORDS = 3
MAX_QUOTED_SHARE = 0.6
_CLAUSE = frozenset({"ccomp", "parataxis"})
_TRIM = frozenset({"that", "whether", "if", ",", "—", "–", "-", ":", ";", "'", '"', "“", "”"})


@dataclass(frozen=True, slots=True)
class Report:
    """A stretch of attributed content, who it is attributed to and how sure it is."""

    start: int
    end: int
    speaker: Speaker | None
    cue: str | None
    certainty: str


def _span(tokens: list[Token]) -> tuple[int, int] | None:
    """Offsets of ``tokens`` with leading complementisers and edge punctuation trimmed."""
    while tokens and (tokens[0].lower_ in _TRIM or tokens[0].is_space or tokens[0].dep_ == "mark"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if len(tokens) < MIN_WORDS:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _subtree(tok: Token) -> list[Token]:
    return list(tok.doc[tok.left_edge.i:tok.right_edge.i + 1])


def _same_line(text: str, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return "\n" not in text[lo:hi]


def _clause_of(cue: Cue, ctx: SpeechContext) -> list[Token] | None:
    """The tokens of the content clause that ``cue`` introduces (in its paragraph)."""
    tok = cue.token

    def near(child: Token) -> bool:
        a, b = sorted((child.idx, tok.idx))
        return not ctx.mask.inside(child.idx) and "\n" not in ctx.text[a:b]

    if cue.lemma == "according to":
        head = tok.head
        phrase = {t.i for t in tok.subtree}
        clause = [t for t in _subtree(head) if t.i not in phrase]
        if tok.i < head.i:
            return [t for t in clause if t.i > tok.right_edge.i]
        return [t for t in clause if t.i < tok.i]
    for child in tok.children:
        if child.dep_ in _CLAUSE and near(child):
            return [t for t in _subtree(child) if _same_line(ctx.text, t.idx, tok.idx)]
    for child in tok.children:
        # a headline parsed into the lede's sentence: keep the cue's own line of the clause
        if child.dep_ in _CLAUSE and not ctx.mask.inside(child.idx):
            line = [t for t in _subtree(child) if _same_line(ctx.text, t.idx, tok.idx)]
            if line:
                return line
    for child in tok.children:
        if child.dep_ == "dobj" and near(child):
            for sub in child.children:
                if sub.dep_ in ("acl", "ccomp", "relcl") and any(
                        t.lower_ == "that" and t.dep_ == "mark" for t in sub.children):
                    return _subtree(sub)
    return None


def _hedge(tok: Token) -> list[Token] | None:
    """ "X are believed to have …", "it is thought that …": the hedged clause."""
    if tok.lemma_.lower() not in lx.HEDGE_VERBS or tok.tag_ != "VBN":
        return None
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
    rest = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    if not rest:
        return None
    if subj and subj[0].lower_ != "it":
        return list(tok.doc[subj[0].left_edge.i:rest[0].right_edge.i + 1])
    return _subtree(rest[0])


def _certainty(cue: Cue, speaker: Speaker | None) -> str:
    tok = cue.token
    if any(c.lower_ in lx.MODALS for c in tok.children if c.dep_ == "aux"):
        return "hypothetical"
    if speaker is not None and speaker.kind == "reporter" and cue.lemma in lx.REPORTER_CUES:
        return "confirmed"
    return lx.CUE_CERTAINTY.get(cue.lemma, "claimed")


def _report_cue(tok: Token) -> Cue | None:
    cue = cue_of(tok, for_quote=False)
    if cue is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lx.REPORTER_CUES:
        cue = Cue(tok, tok.text, tok.lemma_.lower())
    return cue


def _report(ctx: SpeechContext, tok: Token) -> Report | None:
    hedged = _hedge(tok)
    if hedged is not None:
        span = _span(hedged)
        certainty = lx.HEDGE_VERBS[tok.lemma_.lower()]
        return Report(*span, None, tok.text, certainty) if span else None
    cue = _report_cue(tok)
    if cue is None or (clause := _clause_of(cue, ctx)) is None or (span := _span(clause)) is None:
        return None
    speaker = ctx.resolver.resolve(cue)
    only_reporter = cue.lemma in lx.REPORTER_CUES and cue.lemma not in lx.SPEECH_VERBS
    if only_reporter and (speaker is None or speaker.kind != "reporter"):
        return None
    return Report(span[0], span[1], speaker, cue.text, _certainty(cue, speaker))


def find_reports(ctx: SpeechContext) -> list[Report]:
    """Return every reported-speech span outside quotations, in text order."""
    found: list[Report] = []
    for tok in ctx.doc:
        if tok.pos_ not in ("VERB", "AUX") and tok.lower_ != "according":
            continue
        if ctx.mask.inside(tok.idx):
            continue
        report = _report(ctx, tok)
        if report is None:
            continue
        if ctx.mask.quoted_chars(report.start, report.end) > MAX_QUOTED_SHARE * (
                report.end - report.start):
            continue
        found.append(report)
    return sorted(found, key=lambda r: (r.start, r.end))
