"""Toponym resolution: pick the gazetteer row a mention means, from the document's context.

Each candidate scores by prominence (population, administrative level) plus
evidence from the document: countries and first-level divisions the article
names or whose places it names, the dateline's place, an apposition
("Tripoli, Lebanon"), a generic head ("Idlib province" wants the province) and
the spatial support of the document's other names (``gazetteer.coherence``).
Names only matched through a transliteration variant or their consonant skeleton
must also agree with that context (a variant is tried only when no exact name
matched, so a fuzzy match never beats an exact one). ``confidence`` grows with the
margin between the best two candidates.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from eventwire.gazetteer.fold import (
    fold_key,
    skeleton_key,
    strip_article,
    variant_key,
    variant_worthy,
)
from eventwire.gazetteer.index import Candidate, Gazetteer
from eventwire.gazetteer.regions import AMBIGUOUS_ABBREVIATIONS, PLACE_ALIASES, US_ABBREVIATIONS

_ADMIN_HEAD = re.compile(r"\s+(?:province|governorate|region|state|prefecture|oblast|department|"
                         r"district|division|territory|municipality)$")
_CITY_HEAD = re.compile(r"^(?:city of|town of|village of|township of|borough of)\s+|"
                        r"\s+(?:city|town|village|camp|township|borough|twp)$")
_GENERIC_TAIL = re.compile(r" (?:strip|region|province|governorate|county|district|"
                           r"oblast|prefecture|municipality)$")
#: A qualifier a town's gazetteer name carries that news leaves out ("Newcastle upon Tyne",
#: "Enfield Town", "Frankfurt am Main").
_QUALIFIER_TAIL = re.compile(r" (?:town|(?:upon|on|am|an der) [a-z]+)$")
_STATE_ABBREVIATIONS = {abbr: state for state, abbrs in US_ABBREVIATIONS.items() for abbr in abbrs}
#: Weights of the document's evidence: first-level division, country share, and spatial
#: coherence (capped: a few nearby names are enough).
ADMIN1_WEIGHT = 2.0
COUNTRY_WEIGHT = 3.5
COHERENCE_WEIGHT = 1.5
COHERENCE_CAP = 3.0
CAPITAL_NAMED = 2.0
#: A country counts as named by the text from this much evidence (one sure mention; the
#: margin absorbs the rounding of a context less one name's share).
NAMED = 0.999
_QUALIFIER_KINDS = frozenset({"admin1", "country"})
_KIND_PRIOR = {"country": 4.0, "region": 3.0, "admin1": 1.5, "feature": 1.0, "city": 0.0,
               "admin2": -0.5}


@dataclass
class DocContext:
    """What the article says about where it is: weighted countries and admin1 areas."""

    countries: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    admin1: defaultdict[tuple[str, str], float] = field(default_factory=lambda: defaultdict(float))
    dateline_country: str | None = None
    by_text: dict[str, list[Candidate]] = field(default_factory=dict)
    weights: dict[tuple[str, int], float] = field(default_factory=dict)
    support: dict[int, float] = field(default_factory=dict)  # see gazetteer.coherence

    def note(self, cand: Candidate, weight: float = 1.0, text: str = "") -> None:
        """Count a resolved place as evidence for its country and first-level division."""
        self._add(cand, weight)
        self.by_text.setdefault(text, []).append(cand)
        self.weights[(text, cand.ident)] = self.weights.get((text, cand.ident), 0.0) + weight

    def _add(self, cand: Candidate, weight: float) -> None:
        if cand.country:
            self.countries[cand.country] += weight
        if cand.kind == "admin1" and cand.country:
            self.admin1[(cand.country, cand.name)] += weight
        elif cand.admin1 and cand.country:
            self.admin1[(cand.country, cand.admin1)] += weight * 0.5

    def without(self, text: str) -> DocContext:
        """This context less what the mentions of ``text`` contributed (no self-evidence)."""
        if text not in self.by_text:
            return self
        other = DocContext(defaultdict(float, self.countries), defaultdict(float, self.admin1),
                           self.dateline_country,
                           support=self.support)
        for cand in {c.ident: c for c in self.by_text[text]}.values():
            other._add(cand, -self.weights[(text, cand.ident)])
        other.countries = defaultdict(float, {k: v for k, v in other.countries.items() if v > 1e-9})
        other.admin1 = defaultdict(float, {k: v for k, v in other.admin1.items() if v > 1e-9})
        return other


@dataclass(frozen=True, slots=True)
class Resolution:
    """The chosen row (None when nothing fits) and how sure the choice is."""

    candidate: Candidate | None
    confidence: float
    how: str  # "exact" | "head" | "variant" | "skeleton" | "none"
    ambiguous: bool = False  # another far-away candidate was in the running


def candidates_for(gaz: Gazetteer, text: str) -> tuple[list[Candidate], str, str]:
    """Rows a mention may mean, how they were found, and the kind its head asks for."""
    state = _STATE_ABBREVIATIONS.get(text) or _STATE_ABBREVIATIONS.get(text + ".")  # W.Va
    if state:
        return [c for c in gaz.lookup(fold_key(state)) if c.country == "US"], "exact", "admin"
    if text in PLACE_ALIASES:
        return gaz.lookup(fold_key(PLACE_ALIASES[text])), "exact", ""
    if text in AMBIGUOUS_ABBREVIATIONS:
        return [c for name in AMBIGUOUS_ABBREVIATIONS[text] for c in gaz.lookup(fold_key(name))
                if c.kind in _QUALIFIER_KINDS], "exact", ""
    key = fold_key(text)
    found = gaz.lookup(key) or gaz.lookup(strip_article(key))
    if found:
        return found, "exact", ""
    for pattern, want in ((_ADMIN_HEAD, "admin"), (_CITY_HEAD, "city")):
        bare = pattern.sub("", key)
        if bare != key and bare:
            found = gaz.lookup(bare) or gaz.lookup(strip_article(bare))
            if found:
                return found, "head", want
    found = gaz.lookup_variant(variant_key(text)) if variant_worthy(text) else []
    if found:  # a spelling variant is tried only when no exact name matched
        return found, "variant", ""
    return gaz.lookup_skeleton(skeleton_key(text)), "skeleton", ""


def _bare(name: str) -> str:
    """A name's key without its article, generic tail or qualifier ("Gaza Strip" -> "gaza",
    "Newcastle upon Tyne" -> "newcastle")."""
    key = strip_article(fold_key(name))
    return _QUALIFIER_TAIL.sub("", _GENERIC_TAIL.sub("", key) or key) or key


def _context_score(cand: Candidate, ctx: DocContext, apposition: Candidate | None) -> float:
    score = 0.0
    if cand.country:
        total = sum(ctx.countries.values()) or 1.0
        share = ctx.countries.get(cand.country, 0.0) / total
        score += COUNTRY_WEIGHT * share + (1.0 if ctx.countries.get(cand.country) else 0.0)
        if cand.country == ctx.dateline_country:
            score += 1.5
    area = cand.name if cand.kind == "admin1" else cand.admin1
    here = ctx.admin1.get((cand.country or "", area or ""), 0.0)
    if here > 0:
        total = sum(v for (iso, _name), v in ctx.admin1.items() if iso == cand.country)
        score += ADMIN1_WEIGHT * (0.5 + here / total)
    score += COHERENCE_WEIGHT * min(ctx.support.get(cand.ident, 0.0), COHERENCE_CAP)
    if apposition is not None:
        if apposition.kind == "country":
            score += 6.0 if cand.country == apposition.country else -4.0
        elif apposition.kind == "admin1":
            same = cand.country == apposition.country and cand.admin1 == apposition.name
            score += 6.0 if same else -2.0
        elif apposition.kind == "admin2":  # "Thruxton, Hampshire": the one in or near it
            score += 6.0 if not far(cand, apposition) else -2.0
    return score


def score(cand: Candidate, ctx: DocContext, text: str, want: str,
          apposition: Candidate | None = None, capital: bool = False,
          context_weight: float = 1.0) -> float:
    """How well a candidate fits the mention and the document (higher is better)."""
    value = math.log10(cand.population + 10) + _KIND_PRIOR.get(cand.kind, 0.0)
    if capital:  # the capital of a country the article names is the likeliest referent
        value += 2.0 + (CAPITAL_NAMED if ctx.countries.get(cand.country or "") else 0.0)
    if want == "admin" and cand.kind in {"admin1", "admin2"}:
        value += 3.0
    elif want == "city" and cand.kind == "city":
        value += 3.0
    if _bare(cand.name) == _bare(text):
        value += 2.0
    return value + context_weight * _context_score(cand, ctx, apposition)


def _confidence(best: float, second: float | None, how: str) -> float:
    margin = 5.0 if second is None else best - second
    base = 0.55 + 0.44 * (1.0 - math.exp(-margin / 2.0))
    if how == "skeleton":
        base *= 0.8
    elif how == "variant":
        base *= 0.9
    return round(min(0.99, max(0.05, base)), 2)


def _skeleton_ok(cand: Candidate, ctx: DocContext) -> bool:
    """Skeleton matches are loose: only sizeable places in a country the text is about."""
    return cand.population >= 20_000 and bool(cand.country
                                             and ctx.countries.get(cand.country, 0) >= NAMED)


def _variant_ok(cand: Candidate, ctx: DocContext) -> bool:
    """A spelling variant names a country or province, or a place in a country the text
    is about: the context decides."""
    return cand.kind in {"country", "admin1"} \
        or bool(cand.country and ctx.countries.get(cand.country, 0) >= NAMED)


def _variants_in_context(gaz: Gazetteer, text: str, exact: list[Candidate],
                         ctx: DocContext) -> list[Candidate]:
    """Spelling variants in a country the text is about, when no exact candidate is there
    ("Kamishli" in a Syria story is Qamishli, not a Russian town that lists it as a
    variant): the context decides, and the variants compete with the exact rows."""
    if any(c.kind in {"country", "region"} or ctx.countries.get(c.country or "", 0) > 0
           for c in exact):
        return []
    known = {c.ident for c in exact}
    if not variant_worthy(text):
        return []
    return [c for c in gaz.lookup_variant(variant_key(text))
            if c.ident not in known and ctx.countries.get(c.country or "", 0) >= NAMED]


def _prefer_city(scored: list[tuple[float, Candidate]], want: str,
                 ctx: DocContext) -> list[tuple[float, Candidate]]:
    """A province named after its big city means the city ("New York", "Aleppo"), unless
    the article's other places lie in that province; one named like its own seat, where
    most of its people live, means the seat ("Rebels seized Kidal"), unless the text asks
    for the province."""
    top = scored[0][1]
    if want == "admin" or top.kind != "admin1":
        return scored
    named = ctx.admin1.get((top.country or "", top.name), 0.0) > 0
    for _value, cand in scored[1:]:
        if cand.kind != "city" or cand.country != top.country:
            continue
        # its seat of the same name, where most of the province lives ("Rebels seized
        # Kidal"); a populous province ("Quebec") is meant as itself
        seat = cand.admin1 == top.name and _bare(cand.name) == _bare(top.name) \
            and cand.population * 2 >= top.population
        if seat or (not named and cand.population >= 100_000):
            return [(scored[0][0] + 0.01, cand)] + [sc for sc in scored if sc[1] is not cand]
    return scored


def resolve(gaz: Gazetteer, text: str, ctx: DocContext,
            apposition: Candidate | None = None, *, role: str = "",
            context_weight: float = 1.0) -> Resolution:
    """Choose the best row for a mention's text in this document. ``role`` "dateline" asks
    for a town ("NEW YORK (AP) -" is the city), "qualifier" for a province or country
    ("Tacoma, Washington" is the state)."""
    ctx = ctx.without(text)
    found, how, want = candidates_for(gaz, text)
    if how == "exact" and ctx.countries:
        found = found + _variants_in_context(gaz, text, found, ctx)
    if role and not want:
        big = role == "qualifier"
        want = "admin" if big else "city"
        found = [c for c in found if (c.kind in _QUALIFIER_KINDS) == big] or found
    if how == "skeleton":
        found = [c for c in found if _skeleton_ok(c, ctx)]
    elif how == "variant":
        found = [c for c in found if _variant_ok(c, ctx)]
        if not found:  # no variant fits the context: the looser skeleton may
            how = "skeleton"
            found = [c for c in gaz.lookup_skeleton(skeleton_key(text)) if _skeleton_ok(c, ctx)]
    if not found:
        return Resolution(None, 0.0, "none")
    scored = _prefer_city(sorted(((score(c, ctx, text, want, apposition,
                                         gaz.is_capital(c.ident), context_weight), c)
                                   for c in found),
                                 key=lambda sc: -sc[0]), want, ctx)
    # the same place filed twice (a city and its homonymous district) is not ambiguity
    rivals = [s for s, c in scored[1:] if far(c, scored[0][1])]
    best = scored[0]
    return Resolution(best[1], _confidence(best[0], rivals[0] if rivals else None, how), how,
                      ambiguous=bool(rivals) and best[0] - rivals[0] < 4.0)


def far(a: Candidate, b: Candidate) -> bool:
    """Whether two rows lie more than about 150 km apart (or, unlocated, in two countries)."""
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return a.country != b.country
    return abs(a.lat - b.lat) + abs(a.lon - b.lon) > 1.5
