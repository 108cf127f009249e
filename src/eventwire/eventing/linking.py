"""Linking places, times and quantities to the events they belong to.

Order of preference: the trigger's own clause (a mention inside its actor or
target, or one whose dependency path leads to the trigger), then the rest of
the sentence (mentions no other trigger claims), then paragraph context (a
place named in an earlier sentence of the paragraph, the dateline). Nothing is
taken from elsewhere, except the article's focus country, with low confidence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.eventing.triggers import Candidate, ancestors_in
from eventwire.nlp import doc_text

Token = Any

DEST_PREPS = frozenset({"to", "into", "towards", "toward", "onto", "for"})
ORIGIN_PREPS = frozenset({"from", "out", "off"})
LOC_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "around", "on",
                       "throughout", "within", "along", "through", "past", "over",
                       "between", "among"})
ARRIVAL_LEMMAS = frozenset({"arrive", "reach", "return", "enter", "land", "settle", "arrival",
                            "infiltrate", "repatriate"})
DEPARTURE_LEMMAS = frozenset({"flee", "leave", "escape", "evacuate", "desert", "defect",
                              "exodus", "abandon"})
_SPECIFIC = {"feature": 0, "city": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 3,
             "demonym": 5}
NON_COUNT_UNITS = frozenset({"percent", "day", "week", "month", "year", "hour", "minute",
                             "second", "km", "m", "cm", "mm", "mile", "foot", "inch", "yard",
                             "kg", "g", "mg", "tonne", "ton", "litre", "barrel"})
_DATELINE = re.compile(r"^\s*([A-Z][A-Za-z'’.\- ]{1,40}?)(?:,\s*[A-Z][A-Za-z .]{1,30})?\s*"
                       r"(?:\([^)]{1,40}\))?\s*[-–—:]\s")


@dataclass(frozen=True, slots=True)
class Link:
    """A mention (place, time, quantity) and the trigger of its clause, with its role."""

    record: Any
    owner: Candidate | None
    role: str  # actor | target | destination | origin | locative | object | other | none
    distance: int
    via_prep: bool = False


def mention_root(parse: Any, start: int, end: int) -> Token | None:
    """The syntactic head of a character span in the parse."""
    span = parse.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _path_role(root: Token, trigger: Token, child: Token, sent: Any) -> str:
    """Role of a mention from the prepositions on its path to the trigger."""
    path = [root]
    for anc, _ in ancestors_in(root, sent):
        path.append(anc)
        if anc.i == trigger.i:
            break
    preps = [t.lower_ for t in path if t.dep_ in {"prep", "agent"} and t.i != trigger.i]
    outer = preps[-1] if preps else None
    if outer in DEST_PREPS:
        return "destination"
    if outer in ORIGIN_PREPS:
        return "origin"
    if outer in LOC_PREPS:
        return "locative"
    if child.dep_ in {"dobj", "obj"}:
        return "object"
    return "other"


def _under(root: Token, head: Token | None, sent: Any) -> tuple[bool, bool]:
    """(root lies in head's phrase, a preposition is on the way) without crossing clauses
    or leaving the sentence."""
    if head is None:
        return False, False
    node, prep = root, False
    while sent.start <= node.i < sent.end:
        if node.i == head.i:
            return True, prep
        if node.dep_ in {"relcl", "acl", "advcl", "ccomp", "xcomp"} or node.head.i == node.i:
            return False, False
        prep = prep or node.dep_ == "prep"
        node = node.head
    return False, False


def link_mention(record: Any, root: Token, sent: Any, cands: Sequence[Candidate],
                 heads: dict[int, tuple[Token | None, Token | None]]) -> Link:
    """Find the trigger that owns a mention, and in what role."""
    for cand in cands:
        for role, head in zip(("actor", "target"), heads[cand.token.i], strict=True):
            inside, prep = _under(root, head, sent)
            if inside:
                return Link(record, cand, role, abs(root.i - cand.token.i), prep)
    owners = {t.i: c for c in cands for t in c.tokens}
    if root.i in owners:
        cand = owners[root.i]
        return Link(record, cand, "other", 0)
    for anc, child in ancestors_in(root, sent):
        owner = owners.get(anc.i)
        if owner is not None:
            role = _path_role(root, anc, child, sent)
            if role in {"destination", "origin"} and owner.sense.type != "MOVE":
                owner = _nearest_move(cands, root) or owner
            return Link(record, owner, role, abs(root.i - owner.token.i))
    return Link(record, None, "none", 0)


def _nearest_move(cands: Sequence[Candidate], root: Token) -> Candidate | None:
    """A misattached 'into X' belongs to the sentence's nearest earlier movement."""
    moves = [c for c in cands if c.sense.type == "MOVE" and c.token.i < root.i]
    return max(moves, key=lambda c: c.token.i) if moves else None


def link_all(records: Sequence[Any], parse: Any, sent: Any, cands: Sequence[Candidate],
             heads: dict[int, tuple[Token | None, Token | None]]) -> list[Link]:
    """Links for every record whose span lies in the sentence."""
    links = []
    text = doc_text(sent.doc)
    for rec in records:
        if rec.start < sent.start_char or rec.end > sent.end_char:
            continue
        if text[rec.end:rec.end + 1] in {"-", "‑"}:  # 'US-led', 'Turkish-backed': a modifier
            continue
        root = mention_root(parse, rec.start, rec.end)
        if root is not None and not (root.dep_ == "compound" and root.head.pos_ == "PROPN"
                                     and getattr(rec, "precision", None) is not None):
            # 'the Monday Market' names a place, not a time
            links.append(link_mention(rec, root, sent, cands, heads))
    return links


#: Nouns whose place modifier names an institution's seat, not where something happens.
_INSTITUTIONS = frozenset({"government", "ministry", "minister", "embassy", "consulate",
                           "ambassador", "envoy", "regime", "administration", "cabinet",
                           "parliament", "president", "premier", "leadership", "mission",
                           "delegation", "counterpart", "representative", "headquarters"})


#: Nouns whose 'of' place is a person's nationality or origin (EVENTS.md: never the place).
_NATIONALITY = frozenset({"citizen", "national", "native", "nationality", "subject"})


def modifier_places(places: Sequence[Any], parse: Any) -> frozenset[str]:
    """Ids of places that only modify an institution ('the government in Baghdad',
    'the minister of Iraq') or tell a nationality ('a citizen of Kyrgyzstan'): never an
    event's place, nor paragraph context."""
    out = set()
    for rec in places:
        root = mention_root(parse, rec.start, rec.end)
        if root is None:
            continue
        if root.dep_ == "compound" and root.head.lemma_.lower() in _INSTITUTIONS:
            out.add(rec.id)  # 'the Kurdistan Regional Government'
            continue
        if root.dep_ != "pobj":
            continue
        prep = root.head
        if (prep.dep_ == "prep" and prep.lower_ in {"in", "of", "for", "at"}
                and prep.head.lemma_.lower() in _INSTITUTIONS):
            out.add(rec.id)
        elif (prep.dep_ == "prep" and prep.lower_ == "of"
              and prep.head.lemma_.lower() in _NATIONALITY):
            out.add(rec.id)  # 'a citizen of Kyrgyzstan' tells who, not where
    return frozenset(out)


def _rank_place(link: Link) -> tuple[int, int, int]:
    kind = getattr(link.record, "kind", "city")
    role_rank = {"locative": 0, "destination": 0, "target": 1, "object": 1, "other": 2,
                 "origin": 2, "actor": 3}.get(link.role, 4)
    return role_rank, _SPECIFIC.get(kind, 1), link.distance


def clause_places(cand: Candidate, links: Sequence[Link]) -> dict[str, list[Any]]:
    """Places owned by a trigger, by role: place, origin, destinations."""
    mine = [lk for lk in links if lk.owner is cand]
    usable = [lk for lk in mine if not (lk.record.kind == "demonym"
                                        and lk.role in {"actor", "target", "other"})
              and not (lk.role == "actor" and not lk.via_prep)]
    lemma = cand.token.lemma_.lower()
    out: dict[str, list[Any]] = {"place": [], "origin": [], "destination": []}
    if cand.sense.type == "MOVE":
        for lk in sorted(usable, key=lambda x: x.record.start):
            role = lk.role
            direct = role == "object" or (role == "target" and not lk.via_prep)
            if (role == "locative" or direct) and lemma in ARRIVAL_LEMMAS:
                role = "destination"  # 'reached Lesbos'
            elif direct and lemma in DEPARTURE_LEMMAS:
                role = "origin"  # 'the boat had left Sfax'

            if role in {"destination", "origin"}:
                out[role].append(lk.record)
    if cand.sense.type != "MOVE":
        usable = [lk for lk in usable if lk.role not in {"destination", "origin"}]
    ranked = sorted(usable, key=_rank_place)
    out["place"] = [lk.record for lk in ranked]
    return out


def sentence_place(cand: Candidate, links: Sequence[Link]) -> Any | None:
    """The nearest place of the sentence that no trigger claims (demonyms excluded)."""
    free = [lk.record for lk in links if lk.owner is None and lk.record.kind != "demonym"]
    if not free:
        return None
    pos = cand.token.idx
    return min(free, key=lambda p: (abs(p.start - pos), _SPECIFIC.get(p.kind, 1)))


def count_quantities(links: Sequence[Link], cand: Candidate) -> list[Any]:
    """Quantities owned by a trigger that count people or things, best role first."""
    victims = cand.sense.type in {"ASSAULT", "COERCE"} or cand.sense.mode == "deport"
    order = ("target", "actor") if victims else ("actor", "target")
    mine = [lk for lk in links if lk.owner is cand and lk.record.unit not in NON_COUNT_UNITS
            and not _is_money(lk.record.unit)]

    def rank(lk: Link) -> tuple[int, int]:
        return (order.index(lk.role) if lk.role in order else 2, lk.distance)

    return [lk.record for lk in sorted(mine, key=rank)]


def _is_money(unit: str | None) -> bool:
    return bool(unit) and len(unit or "") == 3 and (unit or "").isupper()


def owned_times(links: Sequence[Link], cand: Candidate) -> list[Any]:
    """Times owned by a trigger, nearest first."""
    mine = [lk for lk in links if lk.owner is cand and getattr(lk.record, "resolvable", True)]
    return [lk.record for lk in sorted(mine, key=lambda lk: lk.distance)]


def free_time(links: Sequence[Link], cand: Candidate) -> Any | None:
    """The nearest time of the sentence that no trigger claims, told in the trigger's own
    clause or one joined to it ('A trader on Wednesday denied … the men accused of the
    bombing': Wednesday is the denial's day, not the bombing's)."""
    doc = cand.token.doc
    free = [lk.record for lk in links
            if lk.owner is None and getattr(lk.record, "resolvable", True)]
    own = _clause_verb(cand.token)
    free = [t for t in free if _joined(own, _time_verb(doc, t)) or _told_of(own, t)]
    if not free:
        return None
    return min(free, key=lambda t: abs(t.start - cand.token.idx))


#: Clause links that keep one story's time: 'stormed … and killed', 'opened fire, killing'.
_JOINING = frozenset({"conj", "advcl", "xcomp"})


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause holds the token (the token itself for a verb)."""
    node = tok
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node


def _told_of(verb: Token, time: Any) -> bool:
    """'since early 2014, when it was ousted': the clause hangs off the time itself."""
    return verb.dep_ in {"relcl", "acl", "advcl"} and time.start <= verb.head.idx < time.end


def _time_verb(doc: Any, time: Any) -> Token | None:
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    return _clause_verb(span.root) if span is not None else None


def _joined(a: Token, b: Token | None) -> bool:
    """True when two clause verbs are one, or joined by coordination or an adverbial clause."""
    if b is None:
        return False
    for low, high in ((a, b), (b, a)):
        node = low
        while node.i != high.i and node.dep_ in _JOINING and node.head.i != node.i:
            node = _clause_verb(node.head)
        if node.i == high.i:
            return True
    return False


def dateline_spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of datelines ('BEIRUT (Reuters) -') at the start of the first paragraphs."""
    spans = []
    for start, end in paragraphs[:8]:
        m = _DATELINE.match(text, start, end)
        if m:
            spans.append((start + (m.start(1) - start), m.end()))
    return spans


def header_time(times: Sequence[Any], text: str, published: str | None,
                datelines: Sequence[tuple[int, int]]) -> Any | None:
    """The article's own date as a time record: in a dateline or a short header line."""
    for t in times:
        line_start = text.rfind("\n", 0, t.start) + 1
        line_end = text.find("\n", t.end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        in_dateline = any(a <= t.start < b for a, b in datelines)
        if t.earliest and t.earliest == t.latest and (in_dateline or (
                len(line) <= 40 and t.start < 600)):
            if published is None or t.earliest == published:
                return t
    return None


def news_peg_time(times: Sequence[Any], paragraphs: Sequence[tuple[int, int]],
                  published: str | None) -> Any | None:
    """The headline's time when it reaches the publication date ('in recent weeks').

    Used, like a dateline, for present-perfect events that name no time of their own.
    """
    if not paragraphs or published is None or len(paragraphs) < 2:
        return None
    start, end = paragraphs[0]
    for t in times:
        if start <= t.start < end and t.latest and t.latest >= published:
            return t
    return None


def focus_place(places: Sequence[Any]) -> Any | None:
    """The article's focus country (a clear plurality of mentions), as its first country mention."""
    counts = Counter(p.country for p in places if p.country and p.kind != "demonym")
    if not counts:
        return None
    (code, n), *rest = counts.most_common(2) + [(None, 0)]
    total = sum(counts.values())
    if n < 3 or n < 0.4 * total or (rest and rest[0][1] == n):
        return None
    return next((p for p in places if p.country == code and p.kind == "country"), None)
