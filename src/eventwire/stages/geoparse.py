"""The geoparse stage: toponyms and demonyms resolved to an offline gazetteer.

Recognition merges spaCy's GPE/LOC/FAC entities, demonyms (NORP or not) and
gazetteer matches that the context supports (see ``gazetteer.match``),
including towns named inside an organisation's name ("the Boise Fire
Department"), less the surnames of people the text names ("Deputy Karen
Fairfield ... Fairfield said"). Resolution runs in rounds: without context, to
learn which countries and provinces the article is about, then with that
context, the dateline, appositions and the spatial coherence of the other
names (see ``gazetteer.resolve`` and ``gazetteer.coherence``).

A toponym that nothing resolves is still reported: at the place its name
begins with ("Guernsey County Common Pleas Court", but not "Royal Street",
which is named after a place rather than in it); else at the article's town
(kind "feature", confidence 0.2) when one town clearly dominates the article,
as a street or building of that town almost always lies in it; else with null
coordinates and confidence 0. A small town that only spaCy's non-GPE labels call a
place, far from the article's town and supported by nothing else it names, is taken
for such a local feature too ("Washington Square" in a New Orleans story). A town
named inside an organisation's name leans on prominence more than on the article's
context ("the Portland Trail Blazers" in a Texas story), and one the tagger split off a
longer name ignores it ("Cambridge Analytica"). A place name followed by "Street" is that
street ("North State Street"). A dateline names a town
("NEW YORK (AP) -"), a name after "Town, " a province or country ("Olympia, Washington").
A saint's name in the possessive opens a landmark's name ("St. Peter's Basilica"), which
lies in the article's town, never in a town called after the saint.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Span

from eventwire.gazetteer import index, layout
from eventwire.gazetteer.coherence import support
from eventwire.gazetteer.fold import fold_key
from eventwire.gazetteer.index import Candidate, Gazetteer
from eventwire.gazetteer.match import (
    NOT_PLACES,
    PLACE_LABELS,
    Mention,
    locative,
    scan,
    trim_entity,
)
from eventwire.gazetteer.regions import AMBIGUOUS_ABBREVIATIONS
from eventwire.gazetteer.resolve import DocContext, Resolution, candidates_for, far, resolve
from eventwire.model import Place
from eventwire.pipeline.stage import Context, stage

#: Scan-only matches need this many people unless the context vouches for them.
MIN_POPULATION_BARE = 1000
#: A town named inside an organisation's name needs this many people.
MODIFIER_POPULATION = 5000
#: A known town that spaCy did not tag at all needs this many people (and a known country).
UNTAGGED_POPULATION = 20_000
#: An organisation named after a town is named after the famous one ("Cambridge Analytica",
#: "the Venice Commission"): the document's context counts this much less there.
MODIFIER_CONTEXT = 0.3
#: A place tagged as such that opens a longer name ("Cambridge Analytica") is the famous one.
NAME_CONTEXT = 0.0
_LEAD_CHARS = 400  # the headline and first sentence say what the article is about
_COMPASS = re.compile(r"(?i)^(?:(?:north|south|east|west|central|middle|upper|lower)(?:ern)?|"
                      r"(?:north|south)[- ]?(?:east|west)(?:ern)?|[ -])+$")
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_HEAD_AFTER = re.compile(r" (?:province|governorate|region|state|county|district|oblast|"
                         r"prefecture)\b")
PERSON_TITLES = frozenset({"coach", "officer", "sheriff", "deputy", "sgt", "sergeant", "lt",
                           "capt", "captain", "detective", "judge", "mr", "mrs", "ms", "dr",
                           "rep", "sen", "gov", "mayor", "chief", "pastor", "rev", "trooper",
                           "agent", "president", "senator", "governor", "secretary", "prof"})
#: Unresolved names that are generic or numbered ("District 3", "City Hall", "Village of").
_GENERIC_NAME = re.compile(r"\d|^(?:District|City|Village|Town|Historic|United Way)\b|\bof$")
_PLACE_HEAD = re.compile(
    r"\b(?:Province|County|River|Mountains?|Valley|Lake|Island|Islands|Bay|Sea|Camp|Township|"
    r"District|Region|Street|Road|Avenue|Park|Square|Bridge|Airport|Heights|Hills|Desert|"
    r"Plateau|Strait|Canal|Forest|Ocean|Gulf|Peninsula|Coast|Village|City|Town|Oblast|"
    r"Governorate|Prefecture|Borough|Canyon|Creek|Mount|Port|Fort)\b")


#: An unresolved local feature takes the article's town when that town was named with
#: this much total confidence and clearly more than any other town.
FOCUS_MIN = 0.9
FOCUS_SHARE = 0.9
LOCAL_CONFIDENCE = 0.2
#: A feature named after the place it lies in takes that place's confidence times this.
HOST_CONFIDENCE = 0.6
_HOST_WORDS = 4
_POSSESSIVE = re.compile(r"(?:['’]s?|,)$")
#: Streets and natural features are named after places, not in them ("Royal Street").
_NAMED_AFTER = re.compile(r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive|Lane|Boulevard|"
                          r"Blvd\.?|Way|Place|Square|Highway|Canal|River|Creek|Mountains?|"
                          r"Valley|Lake|Bay|Islands?|Ocean|Sea|Range|Trail)$")
#: A town this small, far from the article's town and from everything else it names, is
#: a street, building or feature of the article's town when spaCy did not call it a GPE
#: ("Washington Square" in a New Orleans story is not Washington Square, Pennsylvania).
STRAY_POPULATION = 50_000
STRAY_LABELS = frozenset({"FAC", "ORG", "LOC", "PERSON", ""})
#: The last word of a street's name (a person or organisation to spaCy: "Dubonet Drive").
_STREET = re.compile(r"^(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive|Dr\.|Lane|Boulevard|"
                     r"Blvd\.?)$")
#: A street's last word written out, which cannot be a title ("Dr." may be a doctor).
_STREET_WORD = re.compile(r"^(?:Street|Avenue|Road|Drive|Lane|Boulevard)$")
#: Labels of a name that may follow a place inside a longer name ("Cambridge Analytica").
_NAME_LABELS = frozenset({"PERSON", "ORG", "PRODUCT"})
#: spaCy labels trusted as places even when the gazetteer lacks the name.
UNRESOLVED_LABELS = frozenset({"LOC"})
#: A saint's name in the possessive opens the name of a building ("St. Peter's Basilica",
#: "St Mary's Hospital"): named after the saint, not sited in a town called after one.
_SAINT = re.compile(r"^(?:St\.?|Saint|Ste\.?) [A-Z][\w.-]*$")
_SAINTS_BUILDING = re.compile(r"['’]s?((?: [A-Z][\w-]*)+)")
_SAINT_POSSESSIVE = re.compile(r"^(?:St\.?|Saint|Ste\.?) [A-Z][\w.-]*['’]s?$")
_SAINTS_NAME = re.compile(r"^(?:St\.?|Saint|Ste\.?) [A-Z][\w.-]*['’]s?(?: [A-Z][\w-]*)* "
                          r"(?:Basilica|Cathedral|Church|Chapel|Abbey|Minster|Square|Park|"
                          r"Cemetery|Bridge|Gate)$")


def _entity_mentions(gaz: Gazetteer, ctx: Context) -> list[Mention]:
    doc = ctx.parse
    out: list[Mention] = []
    if doc is None:
        return out
    for ent in doc.ents:
        if ent.label_ in {"PERSON", "ORG"} and _STREET.match(ent[-1].text):
            bounds = trim_entity(gaz, ent)
            if bounds is not None and bounds[1] - bounds[0] > 1:
                span = doc[bounds[0]:bounds[1]]
                out.append(Mention(span.start_char, span.end_char, span.text, "FAC"))
            continue
        if ent.label_ not in PLACE_LABELS and ent.label_ != "NORP":
            continue
        bounds = trim_entity(gaz, ent)
        if bounds is None:
            continue
        spans = _split_apposition(gaz, doc[bounds[0]:bounds[1]])
        if len(spans) == 1 and bounds[1] < len(doc) and _STREET_WORD.match(doc[bounds[1]].text):
            # a street named after a place: "the 400 block of North State Street"
            street = doc[bounds[0]:bounds[1] + 1]
            out.append(Mention(street.start_char, street.end_char, street.text, "FAC"))
            continue
        for span in spans:
            text, key = span.text, fold_key(span.text)
            if key in NOT_PLACES or not any(ch.isupper() for ch in text):
                continue
            if gaz.demonym(key) is not None:
                out.append(Mention(span.start_char, span.end_char, text, ent.label_, demonym=True))
            elif ent.label_ in PLACE_LABELS or gaz.has_key(key):
                out.append(Mention(span.start_char, span.end_char, text, ent.label_,
                                   # a tagged place needs no locative; another tag's
                                   # span does ("Rebels seized Kidal", Kidal as NORP)
                                   locative=ent.label_ not in PLACE_LABELS
                                   and locative(doc, span.start, span.end),
                                   modifier=_names_something(gaz, span)))
    return out


def _names_something(gaz: Gazetteer, span: Span) -> bool:
    """Whether a place name opens the name of something else that the tagger left out of
    the entity ("Cambridge Analytica", "Venice Biennale"): the name says nothing of where
    the article is, so the famous place of that name is meant."""
    doc = span.doc
    if span.end >= len(doc) or not span[-1].whitespace_:
        return False
    nxt = doc[span.end]
    tagged = nxt.ent_type_ in _NAME_LABELS and nxt.ent_iob_ == "B"
    return nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and not nxt.is_sent_start \
        and (not nxt.ent_type_ or tagged) and not gaz.has_key(fold_key(nxt.text)) \
        and not _PLACE_HEAD.match(nxt.text) and fold_key(nxt.text) not in NOT_PLACES \
        and nxt.lower_.rstrip(".") not in PERSON_TITLES  # "Springfield Mayor Jo Hart"


def _split_apposition(gaz: Gazetteer, span: Span) -> list[Span]:
    """One entity that is two places ("Thruxton, Hampshire") as its two parts, so that the
    second can place the first; else the entity whole."""
    commas = [t.i for t in span if t.text == ","]
    if len(commas) != 1 or commas[0] in (span.start, span.end - 1):
        return [span]
    doc = span.doc
    parts = [doc[span.start:commas[0]], doc[commas[0] + 1:span.end]]
    if all(candidates_for(gaz, part.text)[1] != "skeleton"
           and candidates_for(gaz, part.text)[0] for part in parts):
        return parts
    return [span]


def _overlaps(m: Mention, taken: list[tuple[int, int]]) -> bool:
    return any(m.start < e and s < m.end for s, e in taken)


def _with_head(text: str, m: Mention) -> Mention:
    """Take in a generic head that follows the name ("Idlib province", "Henry county")."""
    head = _HEAD_AFTER.match(text, m.end)
    if head is None or m.demonym:
        return m
    return Mention(m.start, head.end(), text[m.start:head.end()], m.label, m.demonym,
                   m.locative, m.whole, m.propn)


def _person_names(ctx: Context) -> frozenset[str]:
    """Surnames of the people the text names ("Douglas Fairfield" -> "Fairfield")."""
    doc = ctx.parse
    names: set[str] = set()
    for ent in doc.ents if doc is not None else ():
        last = ent[-1].text
        if ent.label_ == "PERSON" and len(ent) >= 2 and last[:1].isupper() and not last.isupper():
            names.add(ent[-1].text)
    return frozenset(names)


def _is_person(m: Mention, text: str, people: frozenset[str]) -> bool:
    """A one-word name that is also someone's surname here or follows a title ("coach
    Ripley"), unless a locative word or a ", State" apposition says it is a place."""
    if m.demonym or " " in m.text:
        return False
    before = text[max(0, m.start - 12):m.start].split()
    if before and before[-1].lower().rstrip(".") in PERSON_TITLES:
        return True
    return m.text in people and not m.locative


def collect_mentions(gaz: Gazetteer, ctx: Context) -> list[Mention]:
    """Entity mentions first, then gazetteer matches that overlap none of them; less the
    surnames of the people the text names."""
    people = _person_names(ctx)
    words = _common_words(ctx)
    return [m for m in _collect(gaz, ctx)
            if (not _is_person(m, ctx.text, people) or _is_large(gaz, m.text))
            and not _is_common_word(m, words)]


def _common_words(ctx: Context) -> frozenset[str]:
    """The words the text also writes in lower case ("Drug", "Summer" and "Market" are
    words here, not towns)."""
    doc = ctx.parse
    return frozenset(t.text for t in doc if t.is_lower) if doc is not None else frozenset()


def _is_common_word(m: Mention, words: frozenset[str]) -> bool:
    return not m.demonym and m.label not in PLACE_LABELS and " " not in m.text \
        and m.text.lower() in words


def _is_large(gaz: Gazetteer, text: str) -> bool:
    """Whether a name means a country or a first-level division (never a surname here)."""
    return any(c.kind in {"country", "admin1"} for c in gaz.lookup(fold_key(text)))


def _collect(gaz: Gazetteer, ctx: Context) -> list[Mention]:
    mentions = sorted((_with_head(ctx.text, m) for m in _entity_mentions(gaz, ctx)),
                      key=lambda m: m.start)
    if ctx.parse is not None:
        # mentions stay sorted by start, so each scan match reads only its neighbours
        starts = [o.start for o in mentions]
        longest = max((o.end - o.start for o in mentions), default=0)
        for m in scan(gaz, ctx.parse):
            lo, hi = bisect_left(starts, m.start), bisect_left(starts, m.end)
            inside = [o for o in mentions[lo:hi] if o.end <= m.end]
            core = len(_LEADING_ARTICLE.sub("", m.text))  # "The Abu Dhabi" is no longer
            longer = bool(inside) and all(o.end - o.start < core for o in inside)
            if m.label in PLACE_LABELS and not m.demonym and not longer:
                continue  # inside a place entity already taken whole
            if longer:
                # "Saudi Arabian" > "Saudi"; "Trinidad and Tobago" > "Trinidad", "Tobago"
                gone = {id(o) for o in inside}
                mentions[lo:hi] = [o for o in mentions[lo:hi] if id(o) not in gone]
                starts[lo:hi] = [o.start for o in mentions[lo:hi - len(gone)]]
            near = mentions[bisect_left(starts, m.start - longest):bisect_left(starts, m.end)]
            if not _overlaps(m, [(o.start, o.end) for o in near]):
                at = bisect_right(starts, m.start)
                mentions.insert(at, m)
                starts.insert(at, m.start)
                longest = max(longest, m.end - m.start)
    return sorted((_saints_building(ctx.text, m) for m in mentions), key=lambda m: m.start)


def _saints_building(text: str, m: Mention) -> Mention:
    """A saint's name followed by "'s" and a capitalised name is that building, unknown
    to the gazetteer ("St. Peter's Basilica")."""
    if m.demonym or not _SAINT.match(m.text):
        return m
    tail = _SAINTS_BUILDING.match(text, m.end)
    if tail is None:
        return m
    return Mention(m.start, tail.end(), text[m.start:tail.end()], "FAC", locative=m.locative)


def _accept(m: Mention, r: Resolution, ctx: DocContext) -> bool:
    """Whether a mention is a place here: spaCy's word, or the gazetteer's plus context."""
    if m.demonym:
        return True
    if m.text in AMBIGUOUS_ABBREVIATIONS:  # "in SA", but not "Nestle SA" nor "the ACT exam"
        return m.whole and (m.label == "GPE" or m.locative)
    cand = r.candidate
    if cand is not None and _COMPASS.match(m.text) and cand.kind not in {"country", "region"} \
            and (cand.kind != "admin1" or not ctx.countries.get(cand.country or "")):
        return False  # "the Northwest": a direction, not a town nor a far country's province
    if m.label in PLACE_LABELS:
        if cand is None and _GENERIC_NAME.search(m.text):
            return False
        if cand is None and _SAINTS_NAME.match(m.text):
            return True  # "St. Peter's Basilica": a landmark, placed in the article's town
        return cand is not None or m.locative or bool(_PLACE_HEAD.search(m.text)) \
            or bool(_STREET.match(m.text.split()[-1])) \
            or m.label in UNRESOLVED_LABELS
    if cand is None or (m.label == "PERSON" and not m.whole):
        return False
    if cand.curated and m.whole and (m.locative or m.label in {"NORP", "ORG", "PERSON"}
                                     and bool(cand.country and ctx.countries.get(cand.country))):
        return True  # a camp, crossing or island news names as a place, in context
    if m.modifier and _modifier_ok(cand, ctx):
        return True
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
        big = cand.population >= 100_000
        return m.locative and (known or big) or known and cand.population >= 500_000
    if m.locative:
        return cand.population >= MIN_POPULATION_BARE or known
    need = UNTAGGED_POPULATION if not m.label else 20_000  # spaCy saw no name at all
    return m.label in {"ORG", "NORP", ""} and known and cand.population >= need


def _modifier_ok(cand: Candidate, ctx: DocContext) -> bool:
    """A place inside an organisation's name: a country or province, or a town of some
    size in a country the article is about."""
    if cand.kind in {"country", "admin1"}:
        return True
    known = bool(cand.country and ctx.countries.get(cand.country, 0.0) >= 1.0)
    return cand.population >= MODIFIER_POPULATION and known or cand.population >= 100_000


def _dateline_country(gaz: Gazetteer, mentions: list[Mention], dateline: int | None) -> str | None:
    """The country of the dateline's place."""
    if dateline is None:
        return None
    r = resolve(gaz, mentions[dateline].text, DocContext(), role="dateline")
    return r.candidate.country if r.candidate is not None else None


def _demonym(gaz: Gazetteer, m: Mention) -> Resolution:
    cand = gaz.demonym(fold_key(m.text))
    return Resolution(cand, 0.9 if cand is not None else 0.0, "exact")


def _context_weight(m: Mention) -> float:
    """How much the article's context counts for a mention: less inside an organisation's
    name, nothing where the tagger took the place for a name of its own ("Cambridge
    Analytica")."""
    if not m.modifier:
        return 1.0
    return NAME_CONTEXT if m.label in PLACE_LABELS else MODIFIER_CONTEXT


def _resolve_all(gaz: Gazetteer, mentions: list[Mention], ctx: DocContext,
                 appositions: dict[int, Candidate], roles: dict[int, str]) -> list[Resolution]:
    """Resolve every mention in one context; equal texts share one resolution."""
    memo: dict[str, Resolution] = {}
    out: list[Resolution] = []
    for k, m in enumerate(mentions):
        if m.demonym:
            out.append(_demonym(gaz, m))
        elif k in appositions or k in roles:
            out.append(resolve(gaz, m.text, ctx, appositions.get(k), role=roles.get(k, "")))
        else:
            weight = _context_weight(m)
            key = f"{weight}@{m.text}"
            if key not in memo:
                memo[key] = resolve(gaz, m.text, ctx, context_weight=weight)
            out.append(memo[key])
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
    chosen: dict[str, tuple[Candidate, float]] = {}
    for m, r in zip(mentions, first, strict=True):
        if not m.demonym and m.text not in names and r.candidate is not None \
                and _accept(m, r, ctx):
            names[m.text] = candidates_for(gaz, m.text)[0]
            chosen[m.text] = (r.candidate, r.confidence)
    return support(names, chosen)


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
    unambiguous places as context, and with every confident place and the
    spatial support of the other names as context.
    """
    mentions = collect_mentions(gaz, ctx)
    dateline = layout.dateline(ctx.text, mentions)
    roles = layout.roles(ctx.text, mentions, dateline)
    start = DocContext(dateline_country=_dateline_country(gaz, mentions, dateline))
    first = _resolve_all(gaz, mentions, start, {}, roles)
    roles = layout.peer_roles(ctx.text, mentions, first, roles)
    appositions = layout.appositions(mentions, first, ctx.text)
    sure = _context(mentions, first, start, sure_only=True)
    second = _resolve_all(gaz, mentions, sure, appositions, roles)
    final_ctx = _context(mentions, second, sure, sure_only=False)
    final_ctx.support = _coherence(gaz, mentions, second, sure)
    final = _resolve_all(gaz, mentions, final_ctx, appositions, roles)
    accepted = [_accept(m, r, final_ctx) or layout.placed_by(r, appositions.get(k))
                for k, (m, r) in enumerate(zip(mentions, final, strict=True))]
    _accept_lists(ctx.text, mentions, final, accepted, final_ctx)
    stray = [ok and _stray(m, r, final_ctx) for m, r, ok in zip(mentions, final, accepted,
                                                                 strict=True)]
    focus = _focus(mentions, final, [ok and not s for ok, s in zip(accepted, stray,
                                                                     strict=True)], final_ctx)
    kept = [(m, _unless_stray(r, s, focus))
            for m, r, ok, s in zip(mentions, final, accepted, stray, strict=True) if ok]
    return _emit(gaz, kept, final_ctx, focus)


_UNKNOWN = Resolution(None, 0.0, "none")


def _unless_stray(r: Resolution, stray: bool, focus: Candidate | None) -> Resolution:
    """A stray town far from the article's town is unresolved (so placed at that town)."""
    if stray and focus is not None and r.candidate is not None and far(focus, r.candidate):
        return _UNKNOWN
    return r


def _stray(m: Mention, r: Resolution, ctx: DocContext) -> bool:
    """A small town far from everything else the article names, where the text likely
    means a street, building or feature of its own town named like it."""
    cand = r.candidate
    if m.demonym or cand is None or cand.kind != "city" or cand.population >= STRAY_POPULATION \
            or m.label not in STRAY_LABELS:
        return False
    other = ctx.without(m.text)
    return not other.admin1.get((cand.country or "", cand.admin1 or ""), 0.0) \
        and not ctx.support.get(cand.ident, 0.0)


def _emit(gaz: Gazetteer, kept: list[tuple[Mention, Resolution]], ctx: DocContext,
          focus: Candidate | None) -> list[Place]:
    """Places for the accepted mentions; an unknown feature takes the place its name begins
    with, else the article's town, else null coordinates."""
    named = {m.text: r for m, r in kept if r.candidate is not None and not m.demonym}
    places: list[Place] = []
    for m, r in kept:
        host = _host(gaz, m, ctx, named) if r.candidate is None else None
        if host is not None and host.candidate is not None:
            places.append(_local(len(places) + 1, m, host.candidate,
                                 round(host.confidence * HOST_CONFIDENCE, 2)))
        elif r.candidate is None and focus is not None:
            places.append(_local(len(places) + 1, m, focus, LOCAL_CONFIDENCE))
        else:
            places.append(_place(len(places) + 1, m, r))
    return places


def _host(gaz: Gazetteer, m: Mention, ctx: DocContext,
          named: dict[str, Resolution]) -> Resolution | None:
    """The place an unknown feature's name begins with ("Guernsey County Common Pleas
    Court", "Athens Regional Park"): the feature lies in it, and in the same Athens as the
    text names elsewhere."""
    words = m.text.split()
    for n in range(min(len(words) - 1, _HOST_WORDS), 0, -1):
        prefix = _POSSESSIVE.sub("", " ".join(words[:n]))
        if not prefix[:1].isupper() or fold_key(prefix) in NOT_PLACES \
                or _NAMED_AFTER.match(words[n]) or _SAINT_POSSESSIVE.match(" ".join(words[:n])):
            continue
        r = named.get(prefix) or resolve(gaz, prefix, ctx)
        if r.candidate is not None and r.how in {"exact", "head"} \
                and r.candidate.kind in {"city", "admin2", "admin1", "feature"}:
            return r
    return None


def _focus(mentions: list[Mention], resolved: list[Resolution], accepted: list[bool],
           ctx: DocContext) -> Candidate | None:
    """The town the article is about: the most and most surely named city, if clear; the
    places named in its province count for it too."""
    weight: dict[int, float] = {}
    rows: dict[int, Candidate] = {}
    for m, r, ok in zip(mentions, resolved, accepted, strict=True):
        cand = r.candidate
        if ok and not m.demonym and cand is not None and cand.kind in {"city", "admin2"}:
            lead = 2.0 if m.start < _LEAD_CHARS else 1.0
            weight[cand.ident] = weight.get(cand.ident, 0.0) + r.confidence * lead
            rows[cand.ident] = cand
    if not weight:
        return None
    for ident, cand in rows.items():
        weight[ident] += 0.5 * ctx.admin1.get((cand.country or "", cand.admin1 or ""), 0.0)
    ranked = sorted(weight.items(), key=lambda kv: -kv[1])
    best, top = ranked[0]
    # a rival town in the same province leaves the province's first town the best guess
    rivals = [w for ident, w in ranked[1:] if (rows[ident].country, rows[ident].admin1)
              != (rows[best].country, rows[best].admin1)]
    if top < FOCUS_MIN or (rivals and rivals[0] > top * FOCUS_SHARE):
        return None
    return rows[best]


def _local(ident: int, m: Mention, focus: Candidate, confidence: float) -> Place:
    """A street, building or park the gazetteer lacks, placed at the town it lies in."""
    return Place(id=f"p{ident}", text=m.text, start=m.start, end=m.end, name=None,
                 kind="feature", country=focus.country, admin1=focus.admin1,
                 lat=_round(focus.lat), lon=_round(focus.lon), geonames_id=None,
                 confidence=confidence)


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
                if layout.LIST_GAP.match(text[a.end:b.start]):
                    accepted[k] = True
                    break


@stage("geoparse", produces="places", needs_parse=True, order=20)
class GeoparseStage:
    """Find place names and demonyms in the text and resolve them to coordinates."""

    version = 3

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
