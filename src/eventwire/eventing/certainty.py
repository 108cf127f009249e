"""Who says an event happened, and how sure: attribution and certainty per event."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eventwire.eventing.arguments import lifted_conj
from eventwire.eventing.triggers import ancestors_in
from eventwire.model import Attribution, EventAttribution, Quote

Token = Any

REPORTING = frozenset({"accuse", "charge", "blame", "say", "tell", "report", "claim",
                       "confirm", "deny", "announce", "state",
                       "add", "insist", "allege", "believe", "estimate", "suspect", "think",
                       "fear", "assert", "acknowledge", "admit", "reveal", "disclose", "note",
                       "explain", "indicate", "show", "write", "quote", "cite", "warn",
                       "maintain", "dismiss", "reject", "argue", "describe"})
BELIEF = frozenset({"believe", "estimate", "suspect", "think", "fear", "presume", "understand",
                    "expect", "assume"})
HEDGES = frozenset({"reportedly", "allegedly", "apparently", "possibly", "probably", "likely",
                    "perhaps", "purportedly", "supposedly", "seemingly", "maybe"})
PLANS = frozenset({"plan", "planning", "intention", "bid", "intend", "want", "hope", "try",
                   "seek", "aim", "prepare", "expect",
                   "attempt", "wish", "mean", "look", "consider", "threaten", "plot", "vow",
                   "promise", "pledge", "agree", "offer", "propose", "urge", "ask", "demand",
                   "refuse", "decide", "like", "prefer", "need"})
MODALS = frozenset({"may", "might", "could", "would", "should", "can", "must", "will", "shall",
                    "'ll", "wo", "ca"})
ORG_NOUNS = frozenset({"ministry", "government", "army", "police", "agency", "newspaper",
                       "office", "military", "council", "committee", "group", "organisation",
                       "organization", "command", "authority", "authorities", "department",
                       "embassy", "statement", "channel", "station", "television", "radio",
                       "paper", "daily", "observatory", "coalition", "force", "forces", "un",
                       "union", "party", "movement", "court", "commission", "spokesman",
                       "spokeswoman", "spokesperson"})
ANON_NOUNS = frozenset({"official", "source", "witness", "resident", "diplomat", "officer",
                        "activist", "member", "fighter", "man", "woman", "analyst", "expert",
                        "people", "commander", "soldier", "doctor", "aide", "insider"})
_REPORTER_WORDS = frozenset({"we", "this newspaper", "reporters", "our correspondent"})


def quote_attribution(quote: Quote) -> EventAttribution:
    """An event told inside a direct quote: the speaker claims it."""
    source = quote.speaker or quote.speaker_description
    kind = "anonymous" if quote.anonymous else ("named" if quote.speaker else "unknown")
    return EventAttribution(source=source, source_kind=kind, certainty="claimed", quote=quote.id)


def span_attribution(att: Attribution) -> EventAttribution:
    """An event inside an attributed span (from the attribution stage)."""
    return EventAttribution(source=att.source, source_kind=att.source_kind,
                            certainty=att.certainty, quote=att.quote)


def _subject_text(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return child
    if verb.lower_ == "according":
        for child in verb.children:
            if child.dep_ == "prep":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        return next((g for g in verb.children if g.dep_ == "pobj"), None)
    return None


def source_kind(head: Token, outlet: str | None) -> str:
    """reporter | named | anonymous | organization | unknown for a source's head token."""
    phrase = " ".join(t.text for t in head.subtree).lower()
    if head.lower_ in _REPORTER_WORDS or (outlet and outlet.lower().removeprefix("the ")
                                          in phrase):
        return "reporter"
    ents = {t.ent_type_ for t in head.subtree if t.ent_type_}
    if head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and "PERSON" in ents):
        return "named"
    if head.ent_type_ in {"ORG", "GPE", "NORP"} or head.lemma_.lower() in ORG_NOUNS:
        return "organization"
    if head.lemma_.lower() in ANON_NOUNS:
        return "anonymous"
    if "PERSON" in ents:
        return "named"
    if ents & {"ORG", "GPE", "NORP"}:
        return "organization"
    return "unknown"


def _phrase(head: Token) -> str:
    toks = [t for t in head.subtree if t.dep_ not in {"relcl", "punct"}]
    left = min(t.i for t in toks)
    right = max(t.i for t in toks)
    return str(head.doc[left:right + 1].text)


def reported_by(tok: Token, sent: Any, outlet: str | None) -> EventAttribution | None:
    """The reporting verb governing a trigger ('..., officials said'), as an attribution."""
    chain = [a for a, _ in ancestors_in(tok, sent)]
    according = [t for t in sent if t.lower_ == "according"]
    aside = [c for node in (tok, *chain) for c in node.children if c.dep_ == "parataxis"]
    for verb in chain + aside + according:
        lemma = verb.lemma_.lower()
        if lemma not in REPORTING and verb.lower_ != "according":
            continue
        subj = _subject_text(verb)
        if _is_passive_belief(verb) and verb.lower_ != "according":
            return EventAttribution(source=outlet, source_kind="reporter",
                                    certainty="believed", quote=None)
        if subj is None:
            if lemma in BELIEF:
                return EventAttribution(source=outlet, source_kind="reporter",
                                        certainty="believed", quote=None)
            continue
        kind = source_kind(subj, outlet)
        certainty = ("denied" if lemma == "deny" else "believed" if lemma in BELIEF
                     else "confirmed" if lemma == "confirm" and kind == "reporter"
                     else "asserted" if kind == "reporter" else "claimed")
        return EventAttribution(source=_phrase(subj), source_kind=kind, certainty=certainty,
                                quote=None)
    return None


def local_certainty(tok: Token, sent: Any) -> str | None:
    """Certainty the trigger's own clause imposes: hypothetical, denied or believed."""
    clause = [tok]
    for anc, child in ancestors_in(tok, sent):
        if child.dep_ not in {"xcomp", "conj"} or lifted_conj(child):
            break
        clause.append(anc)
    chain = [a for a, _ in ancestors_in(tok, sent)]
    for node in clause:
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in node.children):
            return "hypothetical"
    for anc, child in ancestors_in(tok, sent):
        if child.dep_ in {"xcomp", "ccomp", "acl"} and anc.lemma_.lower() in PLANS:
            return "hypothetical"
        if child.dep_ not in {"xcomp", "conj", "ccomp", "acl", "pcomp"}:
            break
    if any(c.dep_ == "neg" for c in clause[0].children):
        return "denied"
    words = {c.lower_ for node in clause for c in node.children}
    if words & HEDGES or any(a.lemma_.lower() in BELIEF and _is_passive_belief(a)
                             for a in chain):
        return "believed"
    return None


def is_negated_plan(tok: Token, sent: Any) -> bool:
    """'would not return', 'have no plans to support': a future that is ruled out."""
    nodes = [tok]
    for anc, child in ancestors_in(tok, sent):
        if child.dep_ not in {"xcomp", "ccomp", "acl", "pcomp", "conj"}:
            break
        nodes.append(anc)
    modal = any(c.dep_ == "aux" and c.lower_ in MODALS for n in nodes for c in n.children)
    plan = any(n.lemma_.lower() in PLANS for n in nodes[1:])
    negated = any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
                  for n in nodes for c in n.children)
    return negated and (modal or plan)


def _is_passive_belief(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def innermost(items: Sequence[Any], start: int, end: int) -> Any | None:
    """The shortest record whose span contains [start, end)."""
    inside = [x for x in items if x.start <= start and end <= x.end]
    return min(inside, key=lambda x: x.end - x.start) if inside else None


def attribute(tok: Token, sent: Any, *, quotes: Sequence[Quote],
              attributions: Sequence[Attribution], outlet: str | None,
              promise: bool = False) -> EventAttribution:
    """Attribution and certainty of the event announced by ``tok``."""
    start, end = tok.idx, tok.idx + len(tok.text)
    quote = innermost(quotes, start, end)
    att = innermost(attributions, start, end)
    if quote is not None:
        base = quote_attribution(quote)
    elif att is not None:
        base = span_attribution(att)
    else:
        base = reported_by(tok, sent, outlet) or EventAttribution(
            source=outlet, source_kind="reporter", certainty="asserted", quote=None)
    if quote is not None and att is not None and att.certainty in {"denied", "believed"}:
        base = EventAttribution(base.source, base.source_kind, att.certainty, base.quote)
    local = None if promise else local_certainty(tok, sent)
    if local and not (local == "believed" and base.certainty == "denied"):
        base = EventAttribution(base.source, base.source_kind, local, base.quote)
    return base
