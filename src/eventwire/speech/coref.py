"""The ``coref`` layer: whom each pronoun and description outside quotations refers to.

One model of who is who (:mod:`eventwire.speech.people`) serves the quotes, the events'
actors and targets, and the web page. A mention that resolves joins the entities layer's
cluster of that person or group ("she" -> the cluster of "Fatima Abdi"); an unnamed person
kept as a description ("A nurse at the clinic in Djibo … She … The nurse") gets a cluster
of its own, numbered after the entities' clusters, whose first row is the description that
introduced them. Entities keep their rows; this layer only adds the mentions they lack.
The result is cached on the parse, so every stage that asks gets the same clusters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.model import Coreference, Entity
from eventwire.speech import lexicon as lx
from eventwire.speech.frames import QuoteMask, Sentences
from eventwire.speech.gender import person_genders
from eventwire.speech.marks import scan_quotes
from eventwire.speech.people import People, Referent, age_noun, gender_of_noun

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CACHE_KEY = "eventwire.coref"
_PRONOUNS = lx.MALE | lx.FEMALE | lx.PLURAL
#: Group nouns a definite description may refer back with ("the charity" -> SOS Mediterranee).
_GROUP_HEADS = frozenset({"charity", "agency", "group", "organisation", "organization"})
_CLUSTER_NUMBER = re.compile(r"^c(\d+)$")
#: Auxiliaries a subject's description may run into ("Hundreds of farmers are believed …").
_TRAILING_AUX = re.compile(
    r"(?:[\s,]+(?:are|is|was|were|have|has|had|been|be|will|would|could|can|may|might|must|"
    r"should|shall|not|also|still|now|reportedly|allegedly))+$", re.IGNORECASE)


#: Abbreviated titles and the noun a later description uses ("Dr Nour" … "the doctor").
_TITLE_NOUNS = {"dr": "doctor", "gen": "general", "col": "colonel", "gov": "governor",
                "sen": "senator", "rep": "representative", "prof": "professor", "capt": "captain",
                "lt": "lieutenant", "sgt": "sergeant", "maj": "major", "cmdr": "commander"}
#: How far back (characters) a title may stand from "the minister" that refers to it.
TITLE_BACK = 1500


def titled_person(text: str, tok: Token, persons: Sequence[Entity]) -> Entity | None:
    """The closest earlier person given the noun of "the minister" as a title ("Interior
    Minister Ali Hassan", "Dr Amal Nour") or an apposition ("The governor, Musa Bello")."""
    noun = tok.lemma_.lower()
    for e in reversed(persons):
        if e.end > tok.idx:
            continue
        if tok.idx - e.end > TITLE_BACK:
            break
        before = text[max(0, e.start - 40):e.start]
        titles = {_TITLE_NOUNS.get(w, w) for w in
                  (w.strip(".,").lower() for w in before.split()[-3:])}
        appos = re.match(rf",\s+(?:a|an|the)\s+(?:[\w'-]+\s+){{0,3}}{re.escape(noun)}\b",
                         text[e.end:e.end + 80], re.IGNORECASE)
        if noun in titles or appos or before.rstrip().lower().endswith(f"{noun},"):
            return e
    return None


@dataclass
class _Clusters:
    """Cluster ids for referents: the entities' own, then new ones for unnamed people."""

    entities: Sequence[Entity]

    def __post_init__(self) -> None:
        self.by_id = {e.id: e for e in self.entities}
        self.first: dict[str, Entity] = {}
        self.by_name: dict[str, Entity] = {}
        top = 0
        for e in self.entities:
            self.first.setdefault(e.cluster, e)
            for key in (e.text.lower(), e.canonical.lower()):
                self.by_name.setdefault(key, e)
            m = _CLUSTER_NUMBER.match(e.cluster)
            top = max(top, int(m.group(1)) if m else 0)
        self.next = top + 1
        self.unnamed: dict[str, str] = {}

    def of(self, r: Referent) -> tuple[str, Entity | None, str] | None:
        """(cluster, its first entity mention, what a reader is shown) for a referent."""
        e = self.by_id.get(r.entity or "")
        if e is None and r.name:
            e = self.by_name.get(r.name.lower())
        if e is not None:
            first = self.first.get(e.cluster, e)
            return e.cluster, first, first.canonical
        label = r.name or _TRAILING_AUX.sub("", r.description or "").strip(" ,")
        if not label:
            return None
        key = label.lower()
        if key not in self.unnamed:
            self.unnamed[key] = f"c{self.next}"
            self.next += 1
        return self.unnamed[key], None, label


def _core_span(tok: Token) -> tuple[int, int]:
    """Offsets of a definite description's core: "the nurse", "the 26-year-old"."""
    det = next((c for c in tok.children if c.dep_ in ("det", "poss")), None)
    start = det.idx if det is not None and det.i < tok.i else tok.idx
    return start, tok.idx + len(tok.text)


def _is_definite_person(tok: Token) -> bool:
    if tok.pos_ != "NOUN" and not age_noun(tok):
        return False
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the":
        return False
    lemma = tok.lemma_.lower()
    return lx.is_person_noun(tok.text) or lx.is_person_noun(lemma) or \
        gender_of_noun(lemma) is not None or lemma in _GROUP_HEADS


def _introduction(text: str, label: str, before: int) -> tuple[int, int] | None:
    """Where an unnamed referent's description (or given name) is written, before ``before``."""
    words = label.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    found = [m for m in re.finditer(pattern, text[:before])]
    return (found[-1].start(), found[-1].end()) if found else None


def build_coref(text: str, doc: Doc, entities: Sequence[Entity]) -> list[Coreference]:
    """Every pronoun and definite description outside quotations that refers to someone."""
    mask = QuoteMask(scan_quotes(text))
    outside = [e for e in entities if not mask.inside(e.start)]
    people = People(text, doc, outside, mask, Sentences(text, mask),
                    person_genders(text, outside))
    clusters = _Clusters(sorted(entities, key=lambda e: e.start))
    persons = sorted((e for e in outside if e.label == "PERSON"), key=lambda e: e.start)
    taken = [(e.start, e.end) for e in entities]
    rows: list[tuple[int, int, str, str, str | None, str]] = []
    intro_rows: dict[str, tuple[int, int, str, str]] = {}
    for tok in doc:
        if mask.inside(tok.idx) or tok.is_space:
            continue
        if tok.pos_ == "PRON" and tok.lower_ in _PRONOUNS:
            kind, (start, end) = "pronoun", (tok.idx, tok.idx + len(tok.text))
            r = people.referent(tok)
        elif _is_definite_person(tok):
            kind, (start, end) = "description", _core_span(tok)
            r = people.definite(tok)
            if r is None and (e := titled_person(text, tok, persons)) is not None:
                r = Referent(e.text, e.id, None, False, False)
        else:
            continue
        if r is None or any(a < end and start < b for a, b in taken):
            continue
        found = clusters.of(r)
        if found is None:
            continue
        cluster, first, shown = found
        rows.append((start, end, kind, cluster, first.id if first else None, shown))
        if first is None and cluster not in intro_rows:
            where = _introduction(text, shown, start)
            if where is not None and not any(a == where[0] for a, _ in taken):
                intro_kind = "name" if r.name and shown == r.name else "description"
                intro_rows[cluster] = (*where, intro_kind, shown)
    for cluster, (start, end, kind, shown) in intro_rows.items():
        if not any(s == start for s, *_ in rows):
            rows.append((start, end, kind, cluster, None, shown))
    rows.sort(key=lambda row: (row[0], row[1]))
    return [Coreference(id=f"r{i}", text=text[s:e], start=s, end=e, kind=k, cluster=c,
                        entity=ent, refers_to=shown)
            for i, (s, e, k, c, ent, shown) in enumerate(rows, start=1)]


def coref_of(text: str, doc: Doc, entities: Sequence[Entity]) -> list[Coreference]:
    """:func:`build_coref`, computed once per parse and entities layer (later calls reuse it)."""
    key = (len(text), tuple((e.id, e.start, e.cluster) for e in entities))
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is not None and cached[0] == key:
        return list(cached[1])
    rows = build_coref(text, doc, entities)
    doc.user_data[_CACHE_KEY] = (key, tuple(rows))
    return rows
