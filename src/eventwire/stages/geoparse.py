"""The geoparse stage: toponyms and demonyms resolved to an offline gazetteer.

Recognition merges spaCy's GPE/LOC/FAC entities, demonyms (NORP or not) and
gazetteer matches that the context supports (see ``gazetteer.match``).
Resolution runs twice: once without context, to learn which countries and
provinces the article is about, then again with that context, the dateline and
appositions (see ``gazetteer.resolve``). A toponym that nothing resolves is
still reported, with null coordinates and confidence 0.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass

from eventwire.gazetteer import index
from eventwire.gazetteer.fold import fold_key
from eventwire.gazetteer.index import Candidate, Gazetteer
from eventwire.gazetteer.match import NOT_PLACES, PLACE_LABELS, Mention, scan, trim_entity
from eventwire.gazetteer.coherence import support
from eventwire.gazetteer.resolve import DocContext, Resolution, candidates_for, resolve
from eventwire.model import Place
from eventwire.pipeline.stage import Context, stage

#: Scan-only matches need this many people unless the context vouches for them.
MIN_POPULATION_BARE = 1000
_DATELINE_CHARS = 80
_HEAD_AFTER = re.compile(r" (?:province|governorate|region|state|county|district|oblast|"
                         r"prefecture)\b")
_LIST_GAP = re.compile(r"^(?:,|,? and|,? or)\s*$|^\s*(?:and|or)\s*$")
_PLACE_HEAD = re.compile(
    r"\b(?:Province|County|River|Mountains?|Valley|Lake|Island|Islands|Bay|Sea|Camp|Township|"
    r"District|Region|Street|Road|Avenue|Park|Square|Bridge|Airport|Heights|Hills|Desert|"
    r"Plateau|Strait|Canal|Forest|Ocean|Gulf|Peninsula|Coast|Village|City|Town|Oblast|"
    r"Governorate|Prefecture|Borough|Canyon|Creek|Mount|Port|Fort)\b")


#: An unresolved local feature takes the article's town when that town was named with
#: this much total confidence and clearly more than any other town.
FOCUS_MIN = float(os.environ.get("EW_FM", 1.5))
FOCUS_SHARE = float(os.environ.get("EW_FS", 0.6))
LOCAL_CONFIDENCE = 0.2
_LOCAL_LABELS = frozenset(os.environ.get("EW_LL", "FAC,LOC").split(","))


@dataclass(frozen=True, slots=True)
class _Resolved:
    mention: Mention
    resolution: Resolution


def _entity_mentions(gaz: Gazetteer, ctx: Context) -> list[Mention]:
    doc = ctx.parse
    out: list[Mention] = []
    for ent in doc.ents if doc is not None else ():
        if ent.label_ not in PLACE_LABELS and ent.label_ != "NORP":
            continue
        bounds = trim_entity(gaz, ent)
        if bounds is None:
            continue
        span = doc[bounds[0]:bounds[1]]
        text, key = span.text, fold_key(span.text)
        if key in NOT_PLACES or not any(ch.isupper() for ch in text):
            continue
        if gaz.demonym(key) is not None:
            out.append(Mention(span.start_char, span.end_char, text, ent.label_, demonym=True))
        elif ent.label_ in PLACE_LABELS or gaz.has_key(key):
            out.append(Mention(span.start_char, span.end_char, text, ent.label_))
    return out


def _overlaps(m: Mention, taken: list[tuple[int, int]]) -> bool:
    return any(m.start < e and s < m.end for s, e in taken)


def _with_head(text: str, m: Mention) -> Mention:
    """Take in a generic head that follows the name ("Idlib province", "Henry county")."""
    head = _HEAD_AFTER.match(text, m.end)
    if head is None or m.demonym:
        return m
    return Mention(m.start, head.end(), text[m.start:head.end()], m.label, m.demonym,
                   m.locative, m.whole, m.propn)


def collect_mentions(gaz: Gazetteer, ctx: Context) -> list[Mention]:
    """Entity mentions first, then gazetteer matches that overlap none of them."""
    mentions = [_with_head(ctx.text, m) for m in _entity_mentions(gaz, ctx)]
    if ctx.parse is not None:
        for m in scan(gaz, ctx.parse):
            if m.label in PLACE_LABELS and not m.demonym:
                continue  # inside a place entity already taken whole
            inside = [o for o in mentions if m.start <= o.start and o.end <= m.end]
            if inside and all(o.end - o.start < m.end - m.start for o in inside) and m.demonym:
                mentions = [o for o in mentions if o not in inside]  # "Saudi Arabian" > "Saudi"
            if not _overlaps(m, [(o.start, o.end) for o in mentions]):
                mentions.append(m)
    return sorted(mentions, key=lambda m: m.start)


def _accept(m: Mention, r: Resolution, ctx: DocContext) -> bool:
    """Whether a mention is a place here: spaCy's word, or the gazetteer's plus context."""
    if m.demonym:
        return True
    cand = r.candidate
    if m.label in PLACE_LABELS:
        return cand is not None or m.locative or bool(_PLACE_HEAD.search(m.text))
    if cand is None or (m.label == "PERSON" and not m.whole):
        return False
    if not m.whole or (not m.label and not m.propn and not m.locative):
        big_admin = cand.kind == "admin1" and cand.population > 1_000_000 \
            and fold_key(cand.name) == fold_key(m.text)
        return (cand.kind in {"country", "region"} or big_admin) and m.propn
    if cand.kind in {"country", "region"}:
        return m.label != "PERSON" or m.locative
    if cand.kind == "admin1":
        return m.locative or (cand.population > 1_000_000 and m.label != "PERSON")
    known = bool(cand.country and ctx.countries.get(cand.country))
    if m.label == "PERSON":
        return m.locative and (known or cand.population >= 100_000)
    if m.locative:
        return cand.population >= MIN_POPULATION_BARE or known
    return m.label in {"ORG", "NORP"} and known and cand.population >= 20_000


def _dateline_country(gaz: Gazetteer, text: str, mentions: list[Mention]) -> str | None:
    """The country of a dateline place ("KABUL, Afghanistan (Reuters) -")."""
    for m in mentions[:1]:
        if m.start > _DATELINE_CHARS or text[:m.start].strip(" \t\"'“") != "" \
                and not text[:m.start].endswith("\n"):
            break
        tail = text[m.end:m.end + 3]
        if tail[:1] in {",", "(", "—", "-", "–"} or tail.startswith(" -") or tail.startswith(" —"):
            r = resolve(gaz, m.text, DocContext())
            if r.candidate is not None and r.candidate.country:
                return r.candidate.country
    return None


def _appositions(mentions: list[Mention], first: list[Resolution],
                 text: str) -> dict[int, Candidate]:
    """Mention index -> the country/province named right after it ("Tripoli, Lebanon")."""
    out: dict[int, Candidate] = {}
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        cand = first[k + 1].candidate
        if cand is not None and cand.kind in {"country", "admin1"} and not b.demonym \
                and text[a.end:b.start].strip() == ",":
            out[k] = cand
    return out


def _demonym(gaz: Gazetteer, m: Mention) -> Resolution:
    cand = gaz.demonym(fold_key(m.text))
    return Resolution(cand, 0.9 if cand is not None else 0.0, "exact")


def _resolve_all(gaz: Gazetteer, mentions: list[Mention], ctx: DocContext,
                 appositions: dict[int, Candidate]) -> list[Resolution]:
    """Resolve every mention in one context; equal texts share one resolution."""
    memo: dict[str, Resolution] = {}
    out: list[Resolution] = []
    for k, m in enumerate(mentions):
        if m.demonym:
            out.append(_demonym(gaz, m))
        elif k in appositions:
            out.append(resolve(gaz, m.text, ctx, appositions[k]))
        else:
            if m.text not in memo:
                memo[m.text] = resolve(gaz, m.text, ctx)
            out.append(memo[m.text])
    return out


def _context(mentions: list[Mention], resolved: list[Resolution], base: DocContext | None,
             *, sure_only: bool) -> DocContext:
    """Evidence for countries and provinces from the accepted, unambiguous resolutions."""
    ctx = DocContext(dateline_country=base.dateline_country if base else None)
    for m, r in zip(mentions, resolved, strict=True):
        cand = r.candidate
        if cand is None or r.how == "skeleton" or not _accept(m, r, base or ctx):
            continue
        if sure_only and r.ambiguous:
            continue
        weight = 0.5 if m.demonym else (1.0 if cand.kind == "country" else r.confidence)
        ctx.note(cand, weight, m.text)
    return ctx


def _coherence(gaz: Gazetteer, mentions: list[Mention], first: list[Resolution],
               ctx: DocContext) -> dict[int, float]:
    """Spatial support for each candidate from the document's other accepted place names."""
    names: dict[str, list[Candidate]] = {}
    for m, r in zip(mentions, first, strict=True):
        if not m.demonym and m.text not in names and _accept(m, r, ctx):
            names[m.text] = candidates_for(gaz, m.text)[0]
    return support(names)


def _place(ident: int, m: Mention, r: Resolution) -> Place:
    c = r.candidate
    if c is None:
        return Place(id=f"p{ident}", text=m.text, start=m.start, end=m.end, name=None,
                     kind="feature" if m.label in {"LOC", "FAC"} else "city", country=None,
                     admin1=None, lat=None, lon=None, geonames_id=None, confidence=0.0)
    kind = "demonym" if m.demonym else c.kind
    return Place(id=f"p{ident}", text=m.text, start=m.start, end=m.end, name=c.name, kind=kind,
                 country=c.country, admin1=c.admin1, lat=_round(c.lat), lon=_round(c.lon),
                 geonames_id=c.geonames_id, confidence=r.confidence)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 5)


def geoparse(gaz: Gazetteer, ctx: Context) -> list[Place]:
    """Find and resolve every place mention of a document.

    Three rounds: without context (to find what is unambiguous), with the
    unambiguous places as context, and with every confident place as context.
    """
    mentions = collect_mentions(gaz, ctx)
    start = DocContext(dateline_country=_dateline_country(gaz, ctx.text, mentions))
    first = _resolve_all(gaz, mentions, start, {})
    appositions = _appositions(mentions, first, ctx.text)
    sure = _context(mentions, first, start, sure_only=True)
    second = _resolve_all(gaz, mentions, sure, appositions)
    final_ctx = _context(mentions, second, sure, sure_only=False)
    final_ctx.support = _coherence(gaz, mentions, second, sure)
    final = _resolve_all(gaz, mentions, final_ctx, appositions)
    accepted = [_accept(m, r, final_ctx) for m, r in zip(mentions, final, strict=True)]
    _accept_lists(ctx.text, mentions, final, accepted, final_ctx)
    focus = _focus(mentions, final, accepted)
    places: list[Place] = []
    for m, r, ok in zip(mentions, final, accepted, strict=True):
        if ok and r.candidate is None and focus is not None and m.label in _LOCAL_LABELS:
            places.append(_local(len(places) + 1, m, focus))
        elif ok:
            places.append(_place(len(places) + 1, m, r))
    return places


def _focus(mentions: list[Mention], resolved: list[Resolution],
           accepted: list[bool]) -> Candidate | None:
    """The town the article is about: the most and most surely named city, if clear."""
    weight: Counter[int] = Counter()
    rows: dict[int, Candidate] = {}
    for m, r, ok in zip(mentions, resolved, accepted, strict=True):
        cand = r.candidate
        if ok and not m.demonym and cand is not None and cand.kind in {"city", "admin2"}:
            weight[cand.ident] += r.confidence
            rows[cand.ident] = cand
    if not weight:
        return None
    (best, top), *rest = weight.most_common(2)
    if top < FOCUS_MIN or (rest and rest[0][1] > top * FOCUS_SHARE):
        return None
    return rows[best]


def _local(ident: int, m: Mention, focus: Candidate) -> Place:
    """A street, building or park the gazetteer lacks, placed at the article's town."""
    return Place(id=f"p{ident}", text=m.text, start=m.start, end=m.end, name=None,
                 kind="feature", country=focus.country, admin1=focus.admin1,
                 lat=_round(focus.lat), lon=_round(focus.lon), geonames_id=None,
                 confidence=LOCAL_CONFIDENCE)


def _accept_lists(text: str, mentions: list[Mention], resolved: list[Resolution],
                  accepted: list[bool], ctx: DocContext) -> None:
    """Accept a known name listed next to accepted places ("Tabqa, Raqqah and Deir Azzour")."""
    for k, (m, r) in enumerate(zip(mentions, resolved, strict=True)):
        cand = r.candidate
        if accepted[k] or cand is None or not m.whole or not m.propn:
            continue
        if not (cand.country and ctx.countries.get(cand.country, 0) >= 1.0):
            continue
        for n in (k - 1, k + 1):
            if 0 <= n < len(mentions) and accepted[n] and not mentions[n].demonym:
                a, b = (mentions[n], m) if n < k else (m, mentions[n])
                if _LIST_GAP.match(text[a.end:b.start]):
                    accepted[k] = True
                    break


@stage("geoparse", produces="places", needs_parse=True, order=20)
class GeoparseStage:
    """Find place names and demonyms in the text and resolve them to coordinates."""

    version = 1

    def __init__(self) -> None:
        self.gazetteer: Gazetteer | None = None

    def setup(self) -> None:
        """Load the compiled gazetteer (built on first use, then read from the cache)."""
        self.gazetteer = index.load()

    def __call__(self, ctx: Context) -> list[Place]:
        if self.gazetteer is None:
            self.setup()
        assert self.gazetteer is not None
        return geoparse(self.gazetteer, ctx)
