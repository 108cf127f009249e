"""Finding event triggers in a parsed sentence and keeping one per real happening."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from eventwire.eventing.lexicon import Lexicon, TriggerSense

Token = Any  # a spaCy Token; typed loosely so the module imports without spaCy

_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "obj"})
_OF_PREPS = frozenset({"of", "on", "at", "against", "into"})
_SKIP_NOUN_DEPS = frozenset({"compound", "amod", "attr", "appos", "nmod"})
_CONDITION_MARKS = frozenset({"if", "unless", "whether"})
_GENERIC_SUBJECTS = frozenset({"you", "one", "everyone", "anyone", "anybody", "everybody",
                               "nobody", "whoever"})
_HABITUAL = frozenset({"always", "usually", "often", "generally", "typically", "normally",
                       "sometimes", "rarely", "ever"})
#: Dependency labels through which a speech act embeds its content.
_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "prep", "pobj", "acl", "oprd", "pcomp",
                           "advcl", "conj", "relcl"})


@dataclass
class Candidate:
    """A trigger token with its sense; ``absorbed`` are same-happening triggers merged into it."""

    token: Token
    sense: TriggerSense
    absorbed: list[Token] = field(default_factory=list)

    @property
    def tokens(self) -> list[Token]:
        return [self.token, *self.absorbed]


def object_lemmas(tok: Token) -> set[str]:
    """Lemmas of what a trigger acts on: objects, passive subjects, 'of'/'on' complements."""
    found: set[str] = set()
    for child in tok.children:
        if child.dep_ in _OBJECT_DEPS:
            found.add(child.lemma_.lower())
            found.update(c.lemma_.lower() for c in child.conjuncts)
        elif child.dep_ == "prep":
            found.add(child.lemma_.lower())
            if child.lemma_.lower() in _OF_PREPS:
                found.update(g.lemma_.lower() for g in child.children if g.dep_ == "pobj")
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        found.add(tok.head.lemma_.lower())
    return found


def _with_lemmas(tok: Token) -> set[str]:
    return {c.lemma_.lower() for c in tok.children} | {c.lower_ for c in tok.children}


def match_sense(tok: Token, lexicon: Lexicon) -> TriggerSense | None:
    """Return the first sense of the lexicon whose conditions this token meets."""
    pos = "VERB" if tok.pos_ == "AUX" else tok.pos_
    lemmas = dict.fromkeys((tok.lemma_.lower(), tok.lower_))
    for lemma in lemmas:
        for sense in lexicon.senses(lemma, pos):
            if sense.with_ and not sense.with_ & _with_lemmas(tok):
                continue
            if sense.obj and not sense.obj & object_lemmas(tok):
                continue
            if pos == "ADJ" and not any(c.dep_ == "xcomp" for c in tok.children):
                continue
            return sense
    return None


def ancestors_in(tok: Token, sent: Any) -> Iterator[tuple[Token, Token]]:
    """Yield (ancestor, child-on-path) pairs up to the sentence root."""
    child = tok
    while child.head is not child and sent.start <= child.head.i < sent.end:
        yield child.head, child
        child = child.head


def is_conditional(tok: Token, sent: Any) -> bool:
    """True when the token sits in an if/unless clause (a condition, not a happening)."""
    for node in (tok, *(a for a, _ in ancestors_in(tok, sent))):
        if any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in node.children):
            return True
    return False


def is_generic(tok: Token) -> bool:
    """True for generic or habitual statements ('you put yourself in danger')."""
    verb = tok if tok.pos_ in {"VERB", "AUX", "ADJ"} else None
    if verb is None:
        return False
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            words = {w.lower_ for w in child.subtree}
            if child.lower_ in _GENERIC_SUBJECTS or ("no" in words and "one" in words):
                return True
        if child.dep_ == "advmod" and child.lower_ in _HABITUAL and verb.tag_ in {"VBZ", "VBP",
                                                                                   "VBG"}:
            return True
    return False


def is_eventive_noun(tok: Token) -> bool:
    """A noun trigger counts when it names a happening, not a modifier or a description."""
    if tok.dep_ in _SKIP_NOUN_DEPS:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in {"as", "like"}:
        return False
    return True


def find_candidates(sent: Any, lexicon: Lexicon) -> list[Candidate]:
    """All trigger tokens of a sentence that pass the eventive, condition and generic checks."""
    found: list[Candidate] = []
    for tok in sent:
        if tok.pos_ not in {"VERB", "NOUN", "ADJ", "AUX", "PROPN"}:
            continue
        sense = match_sense(tok, lexicon)
        if sense is None:
            continue
        if tok.pos_ in {"NOUN", "PROPN"} and not is_eventive_noun(tok):
            continue
        if tok.pos_ == "VERB" and tok.dep_ == "amod":
            continue
        if is_conditional(tok, sent) or is_generic(tok):
            continue
        found.append(Candidate(tok, sense))
    if sent.text.rstrip().endswith("?"):
        return []
    return found


def drop_embedded(cands: list[Candidate], sent: Any) -> list[Candidate]:
    """Drop triggers that are the content of a speech act ('threatened to *kill*')."""
    embedding = {c.token.i: c for c in cands if c.sense.embeds}
    kept = []
    for cand in cands:
        inside = False
        for anc, child in ancestors_in(cand.token, sent):
            if anc.i in embedding and child.dep_ in _CONTENT_DEPS:
                inside = True
                break
        if not inside:
            kept.append(cand)
    return kept


def merge_same_happening(cands: list[Candidate], sent: Any) -> list[Candidate]:
    """Fold a trigger into a same-type trigger that governs it or is coordinated with it."""
    by_index = {c.token.i: c for c in cands}
    parent: dict[int, int] = {}
    for cand in cands:
        for anc, _child in ancestors_in(cand.token, sent):
            other = by_index.get(anc.i)
            if other is not None:
                if other.sense.type == cand.sense.type:
                    parent[cand.token.i] = anc.i
                break
    kept: list[Candidate] = []
    for cand in cands:
        root = cand.token.i
        while root in parent:
            root = parent[root]
        if root == cand.token.i:
            kept.append(cand)
        else:
            by_index[root].absorbed.append(cand.token)
    return kept


def sentence_triggers(sent: Any, lexicon: Lexicon) -> list[Candidate]:
    """The triggers of one sentence: found, speech-act content dropped, duplicates folded."""
    return merge_same_happening(drop_embedded(find_candidates(sent, lexicon), sent), sent)


def iter_tokens(cands: Iterable[Candidate]) -> Iterator[tuple[Token, Candidate]]:
    """Every token of every candidate (kept and absorbed) with its candidate."""
    for cand in cands:
        for tok in cand.tokens:
            yield tok, cand
