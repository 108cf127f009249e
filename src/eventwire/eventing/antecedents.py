"""Who a pronoun standing as an event's party refers to, within the article.

'She accused the governor': the actor is the woman the passage named before, not "she".
The article's one model of who is who decides first: the ``coref`` layer's cluster of the
pronoun (:mod:`eventwire.speech.coref`: the who-is-who model quote speakers use, the clusters
the web page shows) gives the cluster's first entity mention, or the description that
introduced an unnamed person.
Where that layer has no row for the pronoun ("it", a relative pronoun, no referent found),
the pronoun takes the nearest earlier mention that fits it (a person for he/she, a group
for they, an organisation for it) in its own sentence or the two before; where none fits,
the row has no party rather than a pronoun an analyst cannot use.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from eventwire.eventing.arguments import actor_record
from eventwire.model import Actor, Entity
from eventwire.speech.coref import coref_of

Token = Any

PERSONAL = frozenset({"he", "him", "his", "she", "her", "hers"})
PLURAL = frozenset({"they", "them", "their", "theirs"})
NEUTER = frozenset({"it", "its"})
RELATIVE = frozenset({"who", "whom", "that", "which", "whose"})
#: Sentences before the pronoun's own that may hold its antecedent.
SENTENCES_BACK = 2
_GROUP_LABELS = frozenset({"ORG", "NORP"})


def is_third_person(head: Token) -> bool:
    """True for a pronoun that needs an antecedent to name anybody."""
    return head.pos_ == "PRON" and head.lower_ in PERSONAL | PLURAL | NEUTER | RELATIVE


def _window_start(head: Token) -> int:
    """Token index where the antecedent search begins: two sentences back."""
    start = int(head.sent.start)
    for _ in range(SENTENCES_BACK):
        if start == 0:
            break
        start = int(head.doc[start - 1].sent.start)
    return start


def first_mentions(entities: Sequence[Entity]) -> dict[str, Entity]:
    """Each cluster's first mention, usually the full name ('Amina Farouk', not 'Farouk')."""
    first: dict[str, Entity] = {}
    for e in entities:
        first.setdefault(e.cluster, e)
    return first


#: The entities overlapping a character range of the article.
Nearby = Callable[[int, int], Sequence[Entity]]


_FEMININE = frozenset({"she", "her", "hers"})


def _fits(ent: Entity, word: str, genders: Mapping[str, str]) -> bool:
    """False when the article tells the person's gender and the pronoun's differs."""
    gender = genders.get(ent.text)
    if gender is None or word not in PERSONAL:
        return True
    return (gender == "female") == (word in _FEMININE)


def _is_subject(ent: Entity, head: Token) -> bool:
    span = head.doc.char_span(ent.start, ent.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in {"nsubj", "nsubjpass"}


def _named(head: Token, nearby: Nearby, first: Mapping[str, Entity],
           labels: frozenset[str], genders: Mapping[str, str] | None = None) -> Actor | None:
    """The latest fitting mention, a subject preferred ('Farouk met the governor. She…')."""
    lo = int(head.doc[_window_start(head)].idx)
    word = head.lower_
    before = [e for e in nearby(lo, head.idx)
              if e.label in labels and lo <= e.start and e.end <= head.idx
              and _fits(e, word, genders or {})]
    if not before:
        return None
    subjects = [e for e in before if _is_subject(e, head)]
    ent = (subjects or before)[-1]
    full = first.get(ent.cluster, ent)
    if full.label != ent.label:
        full = ent
    return Actor(text=full.text, entity=full.id, start=full.start, end=full.end)


def _group_subject(head: Token, nearby: Nearby, first: Mapping[str, Entity],
                   text: str) -> Actor | None:
    """The nearest earlier plural subject or named group ('Hundreds of farmers gathered…')."""
    best: Token | None = None
    for tok in head.doc[_window_start(head):head.i]:
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.pos_ == "PRON":
            continue
        if tok.tag_ in {"NNS", "NNPS"} or tok.ent_type_ in _GROUP_LABELS:
            best = tok
    if best is None:
        return _named(head, nearby, first, _GROUP_LABELS)
    sent = best.sent
    return actor_record(best, text, nearby(sent.start_char, sent.end_char), sent)


def clustered(head: Token, nearby: Nearby, text: str) -> Actor | None:
    """The party the shared ``coref`` clusters give a pronoun, or None without a row for it."""
    entities = nearby(0, len(text))
    rows = coref_of(text, head.doc, entities)
    row = next((r for r in rows if r.start == head.idx and r.kind == "pronoun"), None)
    if row is None:
        return None
    if row.entity is not None:
        ent = next((e for e in entities if e.id == row.entity), None)
        return Actor(text=ent.text, entity=ent.id, start=ent.start, end=ent.end) if ent else None
    intro = next((r for r in rows if r.cluster == row.cluster and r.kind != "pronoun"
                  and r.start < head.idx), None)
    return Actor(text=intro.text, entity=None, start=intro.start, end=intro.end) \
        if intro else None


def antecedent(head: Token, nearby: Nearby, first: Mapping[str, Entity], text: str,
               genders: Mapping[str, str] | None = None) -> Actor | None:
    """The party a pronoun head stands for, or None when the passage names nobody fitting
    (``genders``: person name → "male"/"female", where the article tells)."""
    word = head.lower_
    if word in PERSONAL | PLURAL and (shared := clustered(head, nearby, text)) is not None:
        return shared
    if word in PERSONAL:
        return _named(head, nearby, first, frozenset({"PERSON"}), genders)
    if word in PLURAL:
        return _group_subject(head, nearby, first, text)
    if word in NEUTER:
        return _named(head, nearby, first, frozenset({"ORG"}))
    return None
