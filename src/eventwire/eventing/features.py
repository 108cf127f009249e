"""Features of a candidate row for the decision model: the trigger, its clause, its sentence.

Every feature is a name with a value (1.0 for an indicator). Names are plain strings
so a trained model is a readable table of weights (``eventwire/data/models``).
"""

from __future__ import annotations

import re
from typing import Any

from eventwire.eventing.triggers import Candidate, object_lemmas
from eventwire.model import Event

Token = Any

_CHILD_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "prep", "compound", "amod", "det",
                         "poss", "neg", "aux", "auxpass", "agent", "prt", "nummod", "attr"})
_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
_SINCE_YEAR = re.compile(r"\b(since|between|from)\s+(?:\w+\s+){0,2}(19|20)\d\d\b", re.I)
_SPAN_WORDS = re.compile(r"\b(so far|to date|in total|altogether|each year|every year|per year|"
                         r"a year|annually|over the (?:past|last)|in recent (?:years|months)|"
                         r"over the years|decades?|this year)\b", re.I)


#: Words that tell a deliberate attack (a weapon, an attacker), whatever the verb.
ATTACK_WORDS = re.compile(
    r"\b(bomb\w*|ied|improvised|suicide|attack\w*|militant\w*|insurgent\w*|rebel\w*|"
    r"terror\w*|grenade\w*|rocket\w*|missile\w*|mortar\w*|shell\w*|mine|landmine\w*|"
    r"strike\w*|drone\w*|explosive device\w*|detonated|planted|claimed|jihadist\w*|gunm[ae]n)\b",
    re.I)


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def candidate_features(cand: Candidate, sent: Any, event: Event, notes: Any, text: str, *,
                       headline: bool, anaphoric: bool, in_quote: bool, doc_size: str = "4+",
                       first_sentence: bool = False) -> dict[str, float]:
    """The decision features of one candidate row."""
    tok = cand.token
    lemma = tok.lemma_.lower()
    etype = event.type
    f: dict[str, float] = {"bias": 1.0, f"t={etype}": 1.0, f"l={lemma}": 1.0,
                           f"lt={lemma}|{etype}": 1.0, f"pos={tok.pos_}": 1.0,
                           f"tag={tok.tag_}": 1.0, f"dep={tok.dep_}": 1.0,
                           f"lp={lemma}|{tok.pos_}": 1.0, f"tm={etype}|{event.mode}": 1.0,
                           f"sense={cand.sense.type}": 1.0}
    head = tok.head
    f[f"h={head.lemma_.lower()}"] = 1.0
    f[f"hd={head.lemma_.lower()}|{tok.dep_}"] = 1.0
    for child in tok.children:
        if child.dep_ in _CHILD_DEPS:
            f[f"c={child.dep_}|{child.lemma_.lower()}"] = 1.0
            if child.ent_type_:
                f[f"ce={child.dep_}|{child.ent_type_}"] = 1.0
    for obj in object_lemmas(tok):
        f[f"o={obj}"] = 1.0
    if tok.ent_type_:
        f[f"ent={tok.ent_type_}"] = 1.0
    if tok.i > sent.start and tok.text[:1].isupper():
        f["capitalised"] = 1.0
    for offset in (-2, -1, 1, 2):
        j = tok.i + offset
        if sent.start <= j < sent.end:
            f[f"w{offset}={tok.doc[j].lemma_.lower()}"] = 1.0
    _sentence_features(f, sent)
    _vector_features(f, tok, sent)
    _row_features(f, event, notes)
    sent_text = text[sent.start_char:sent.end_char]
    if _SINCE_YEAR.search(sent_text):
        f["since_year"] = 1.0
    if _SPAN_WORDS.search(sent_text):
        f["span_words"] = 1.0
    if ATTACK_WORDS.search(sent_text):
        f[f"attack_words|{etype}"] = 1.0  # bombs, militants, gunmen: told as an attack
    for flag, on in (("headline", headline), ("anaphoric", anaphoric), ("in_quote", in_quote),
                     ("absorbed", bool(cand.absorbed))):
        if on:
            f[flag] = 1.0
    f[f"doc_sentences={doc_size}"] = 1.0  # one-sentence reports are mostly about a happening
    if first_sentence:
        f[f"first_sentence|{'root' if tok.dep_ == 'ROOT' else 'other'}"] = 1.0
    return f


def _sentence_features(f: dict[str, float], sent: Any) -> None:
    """A bag of the sentence's content lemmas (the domain: sport, business, court …)."""
    n = 0
    big = False
    for t in sent:
        if t.pos_ in _CONTENT_POS and t.is_alpha:
            f[f"s={t.lemma_.lower()}"] = 0.5
        if t.like_num:
            n += 1
            try:
                big = big or float(t.text.replace(",", "")) >= 1000
            except ValueError:
                pass
        if t.ent_type_:
            f[f"se={t.ent_type_}"] = 1.0
    f[f"len={_bucket(len(sent), (8, 15, 25, 40, 60))}"] = 1.0
    if n:
        f["numbers"] = 1.0
    if big:
        f["big_number"] = 1.0


#: Width of the parser's own contextual token vectors used as features (all of them).
VECTOR_WIDTH = 96


_OWN_NAMES = tuple(f"tv{i}" for i in range(VECTOR_WIDTH))
_MEAN_NAMES = tuple(f"sv{i}" for i in range(VECTOR_WIDTH))


def _vector_features(f: dict[str, float], tok: Token, sent: Any) -> None:
    """The trigger's contextual vector and its sentence's mean, from the spaCy pipeline's
    own tok2vec layer: word sense and domain beyond the words the corpus happens to hold
    ('beat' in a match report and in a police report read differently)."""
    tensor = tok.doc.tensor
    if tensor is None or len(tensor.shape) != 2 or tensor.shape[0] != len(tok.doc) \
            or tensor.shape[1] < VECTOR_WIDTH:
        return
    own = tensor[tok.i, :VECTOR_WIDTH].astype("float64").round(3).tolist()
    window = tensor[sent.start:sent.end, :VECTOR_WIDTH]
    mean = window.mean(axis=0, dtype="float64").round(3).tolist()
    f.update(zip(_OWN_NAMES, own, strict=True))
    f.update(zip(_MEAN_NAMES, mean, strict=True))


def _row_features(f: dict[str, float], event: Event, notes: Any) -> None:
    """What linking found: parties, place, time, count, source and certainty."""
    f[f"place={notes.place_how}"] = 1.0
    f[f"tp={event.type}|{notes.place_how}"] = 1.0
    for name, value in (("actor", event.actor), ("target", event.target), ("time", event.time),
                        ("quantity", event.quantity)):
        f[f"{name}={'yes' if value else 'no'}"] = 1.0
    if event.actor is not None and event.actor.entity:
        f["actor_entity"] = 1.0
    f[f"certainty={event.attribution.certainty}"] = 1.0
    # a hypothetical assault is no row, a threat is told as one: certainty by type
    f[f"tc={event.type}|{event.attribution.certainty}"] = 1.0
    f[f"source={event.attribution.source_kind}"] = 1.0
    if notes.promise:
        f[f"promise={notes.promise}"] = 1.0
        f[f"tpromise={event.type}|{notes.promise}"] = 1.0
