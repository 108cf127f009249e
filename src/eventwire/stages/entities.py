"""The entities stage: spaCy's named entities, with canonical names and coreference clusters."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from eventwire.model import Entity
from eventwire.pipeline.stage import Context, stage

LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})

#: Names that refer to one organisation under several spellings (lower-cased keys).
ALIASES: dict[str, str] = {
    "isis": "Islamic State", "isil": "Islamic State", "is": "Islamic State",
    "daesh": "Islamic State", "islamic state": "Islamic State",
    "islamic state of iraq and the levant": "Islamic State",
    "islamic state of iraq and syria": "Islamic State",
    "nusra": "al-Nusra Front", "al-nusra": "al-Nusra Front", "jabhat al-nusra": "al-Nusra Front",
    "nusra front": "al-Nusra Front", "al-nusra front": "al-Nusra Front",
    "us": "United States", "u.s.": "United States", "usa": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "un": "United Nations", "u.n.": "United Nations",
    "eu": "European Union",
}
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_TRAILING = re.compile(r"(?:['’]s|['’])$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,6}$")
_TITLES = {"mr", "mrs", "ms", "dr", "president", "prime", "minister", "general", "gen", "sir",
           "senator", "sen", "rep", "gov", "governor", "king", "queen", "prince", "sheikh"}


def trim_mention(text: str, start: int) -> tuple[str, int, int]:
    """Strip a leading article and a trailing possessive from a mention; keep offsets true."""
    m = _LEADING.match(text)
    if m:
        text, start = text[m.end():], start + m.end()
    t = _TRAILING.search(text)
    if t:
        text = text[: t.start()]
    text = text.rstrip(" ,.;:")
    return text, start, start + len(text)


def canonical_name(text: str) -> str:
    """Return the canonical form of a name: a known alias's target, else the name itself."""
    return ALIASES.get(text.lower(), text)


def _name_tokens(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", text.lower()) if w and w.strip(".") not in _TITLES]


def assign_clusters(mentions: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Give each (text, label) mention a canonical name and a cluster id.

    Persons join an earlier, longer person name that ends with the same word
    ("Saad" joins "Abu Saad"); aliases join their canonical organisation
    ("Isis" joins "Islamic State"); otherwise equal canonical names join.
    """
    clusters: dict[str, str] = {}
    persons: list[tuple[str, list[str]]] = []  # (full name, its name tokens), each name once
    seen: set[str] = set()
    result: list[tuple[str, str]] = []
    for text, label in mentions:
        canonical = canonical_name(text)
        if label == "PERSON":
            tokens = _name_tokens(text)
            for full, full_tokens in persons:
                longer = len(full_tokens) > len(tokens)
                if tokens and longer and full_tokens[-len(tokens):] == tokens:
                    canonical = full
                    break
                if tokens and len(tokens) == 1 and full_tokens and tokens[0] == full_tokens[0] \
                        and len(full_tokens) > 1 and tokens[0] not in {"abu", "al", "el", "bin"}:
                    canonical = full
                    break
            else:
                if text not in seen:  # a name told again adds nothing to compare with
                    seen.add(text)
                    persons.append((text, tokens))
        key = canonical.lower()
        if key not in clusters:
            clusters[key] = f"c{len(clusters) + 1}"
        result.append((canonical, clusters[key]))
    return result


def _is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text)) and sum(c.isalpha() for c in text) >= 2


def correct_label(ent: Any) -> str:
    """Fix spaCy labels that the small model gets wrong in news text.

    An acronym tagged PERSON ("MI6") is an organisation; a one-word PERSON that
    takes a definite article ("the Muhajirin") is a group, not a person.
    """
    label = str(ent.label_)
    if label != "PERSON":
        return label
    if len(ent) == 1 and _is_acronym(ent.text):
        return "ORG"
    first = ent[0]
    if len(ent) == 1 and any(c.dep_ == "det" and c.lower_ == "the" for c in first.children):
        return "ORG"
    return label


def unlabelled_acronyms(parse: Any) -> list[Any]:
    """Acronyms spaCy left unlabelled but that stand with organisations ("France's DGSE")."""
    found = []
    for tok in parse:
        if tok.ent_type_ or not _is_acronym(tok.text) or tok.is_sent_start:
            continue
        neighbours = [tok.head, *tok.children]
        if any(n.ent_type_ == "ORG" and n.dep_ in ("conj", "appos") or
               (n.dep_ == "poss" and n.ent_type_ == "GPE") or
               (tok.dep_ == "conj" and n is tok.head and n.ent_type_ == "ORG")
               for n in neighbours):
            found.append(parse[tok.i:tok.i + 1])
    return found


@stage("entities", produces="entities", needs_parse=True, order=10)
class EntityStage:
    """Named entities from the shared spaCy parse, labels as in the contract."""

    version = 1

    def setup(self) -> None:
        """Nothing to load: the runner's shared parse carries the NER."""

    def __call__(self, ctx: Context) -> list[Entity]:
        if ctx.parse is None:
            return []
        raw: list[tuple[str, str, int, int]] = []
        spans = [(ent, correct_label(ent)) for ent in ctx.parse.ents]
        spans += [(tok_span, "ORG") for tok_span in unlabelled_acronyms(ctx.parse)]
        spans.sort(key=lambda pair: pair[0].start_char)
        for ent, label in spans:
            if label not in LABELS:
                continue
            text, start, end = trim_mention(ent.text, ent.start_char)
            if text and ctx.text[start:end] == text:
                raw.append((text, label, start, end))
        named = assign_clusters([(t, label) for t, label, _s, _e in raw])
        return [
            Entity(id=f"e{i}", text=t, label=label, start=s, end=e, canonical=c, cluster=cl)
            for i, ((t, label, s, e), (c, cl)) in enumerate(zip(raw, named, strict=True), start=1)
        ]
