"""One row per happening: mentions of the same happening in an article become one row.

A row of one type joins an earlier row of that type when a learned pair model says they
tell one happening (same sentence, a definite retelling such as "the attack", the
headline, the same town or toll weigh for it; "in another attack" against it), and nothing
tells them apart: places of their own clauses more than a town apart, dates that do not
overlap, or head counts that cannot meet. The merged row keeps every mention and takes
the most specific arguments any mention gives.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from eventwire.eventing.casualties import largest
from eventwire.eventing.linear import LinearModel
from eventwire.model import Event, SentenceSpan

_ANOTHER = re.compile(r"\b(another|separate|second|third|fourth|similar|earlier|previous|"
                      r"last (?:week|month|year)|in (?:19|20)\d\d)\b", re.I)
#: 'In another attack, …', 'In a third incident, …', 'In one incident, …': a sentence that
#: opens by counting incidents tells a happening of its own.
_COUNTED_INCIDENT = re.compile(
    r"\W*(?:in|during|at)\s+(?:another|one|an?\s+(?:second|third|fourth|fifth|separate|"
    r"further|similar|related|new|later|earlier)|the\s+(?:second|third|fourth|other|latest))"
    r"\s+(?:\w+\s+)?(?:incident|attack|raid|strike|shooting|bombing|clash|case|episode|"
    r"assault|ambush|operation|explosion|blast)s?\b", re.I)


#: 'were also wounded', 'police arrested two men too': told as more of something.
_ALSO = re.compile(r"\b(?:also|too|as well)\b", re.I)
#: 'Later that evening, …', 'Hours later, …', 'The next day, …': a sentence that opens by
#: moving the story on in time.
_MOVES_ON = re.compile(
    r"\W*(?:(?:(?:hours|minutes|days|weeks|months|moments|years|shortly|much|soon|"
    r"an\s+hour|a\s+(?:day|week|month|year)|\w+\s+(?:hours|days|weeks))\s+)?later\b"
    r"|(?:the\s+)?(?:next|following)\s+(?:day|morning|evening|night|week)\b"
    r"|that\s+(?:evening|night|afternoon)\b|shortly\s+after|(?:soon\s+)?afterwards\b"
    r"|meanwhile\b|elsewhere\b)", re.I)


def opens_moving_on(text: str, sentence_start: int) -> bool:
    """True when the sentence opens by moving the story on in time or place."""
    return _MOVES_ON.match(text, sentence_start) is not None


def opens_as_another(text: str, sentence_start: int, trigger_start: int) -> bool:
    """True when the trigger's sentence opens by counting incidents ('In another attack,
    gunmen fired on a patrol'): the trigger tells a happening of its own."""
    return _COUNTED_INCIDENT.match(text, sentence_start, trigger_start) is not None


#: How precise a place is: a town or feature beats a province, which beats a country.
_PLACE_RANK = {"feature": 4, "city": 4, "town": 4, "admin2": 3, "admin1": 2, "region": 1,
               "country": 1, "demonym": 0}
_SAME_PLACE_KM = 40.0
#: Types whose count is who took part: rows with counts that cannot meet are two happenings.
_COUNTED = frozenset({"MOVE", "COERCE", "PROTEST"})

#: Modes that tell how a happening was done, by family ('shelled' and 'bombed' may tell one
#: raid; 'shot dead' and 'bombed' tell two); modes not listed say nothing of the means.
_MODE_FAMILY = {"aerial": "remote", "explosives": "remote", "heavy-weapons": "remote",
                "firearms": "firearms", "primitive": "blade", "sexual": "sexual",
                "beat": "beating", "torture": "beating", "arrest": "custody",
                "detain": "custody", "seize": "seizure", "confiscate": "seizure",
                "destroy": "destruction", "flee": "flight", "deport": "expulsion"}
#: A mention is compared with this many of the latest happenings of its type, and with the
#: first two and latest few mentions of each: work stays linear in the length of the text.
_RECENT_GROUPS = 12
_RECENT_MEMBERS = 4


@dataclass(frozen=True)
class Mention:
    """A candidate row with what the merge step reads about how it is told."""

    row: Event
    prob: float
    definite: bool = False
    indefinite: bool = False
    headline: bool = False
    lemma: str = ""
    place_how: str = "none"
    #: False for a mention too doubtful to be a row of its own: it may only join one.
    seed: bool = True
    #: Told as one more incident ('In another attack, …'): never joins an earlier row.
    another: bool = False

    @property
    def own_place(self) -> bool:
        """True when the place is told in the trigger's own clause or sentence."""
        return self.place_how in {"clause", "sentence"}


@dataclass
class Group:
    """Rows told of one happening, in text order, with their probabilities."""

    rows: list[Event] = field(default_factory=list)
    probs: list[float] = field(default_factory=list)
    members: list[Mention] = field(default_factory=list)
    #: The distinct places of its mentions' own clauses, and their distinct times.
    own_places: dict[tuple[Any, ...], str] = field(default_factory=dict)
    times: dict[tuple[Any, ...], str] = field(default_factory=dict)


def mode_family(row: Event) -> str | None:
    """The family of a row's means ('remote', 'firearms', …), None when its mode tells none."""
    return _MODE_FAMILY.get(row.mode or "")


def _km(a: Any, b: Any) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def places_conflict(a: Any | None, b: Any | None) -> bool:
    """True when two places cannot be the scene of one happening."""
    if a is None or b is None:
        return False
    if a.country and b.country and a.country != b.country:
        return True
    precise = is_precise(a) and is_precise(b)
    if precise and None not in (a.lat, b.lat, a.lon, b.lon):
        return _km(a, b) > _SAME_PLACE_KM
    return False


def times_conflict(a: Any | None, b: Any | None) -> bool:
    """True when two dates cannot be the day of one happening."""
    if a is None or b is None or not (a.earliest and a.latest and b.earliest and b.latest):
        return False
    return bool(a.latest < b.earliest or b.latest < a.earliest)


def _place_of(e: Event) -> str | None:
    return e.place or e.destination


def is_precise(place: Any) -> bool:
    """A town, a feature or a district: more than a province or a country."""
    return _PLACE_RANK.get(place.kind, 2) >= 3


def _gap(n: int) -> str:
    for edge in (0, 1, 3, 8):
        if n <= edge:
            return str(edge)
    return "far"


class Merger:
    """Folds candidate rows of one document into one row per happening.

    A row joins the group whose rows the learned pair model (``event_merger``) says it most
    likely retells; without a model (as when training it) no rows are folded."""

    def __init__(self, text: str, places: Sequence[Any], times: Sequence[Any],
                 model: LinearModel | None = None, quantities: Sequence[Any] = ()) -> None:
        self.text = text
        self.quantities: Mapping[str, Any] = {q.id: q for q in quantities}
        #: Offsets of the line breaks: paragraphs between two rows by binary search.
        self.breaks = [i for i, c in enumerate(text) if c == "\n"]
        self.places: Mapping[str, Any] = {p.id: p for p in places}
        self.times: Mapping[str, Any] = {t.id: t for t in times}
        self.model = model
        #: The pair probability at which a mention joins a happening (chosen at training on
        #: the held-out texts' rows, as the decision threshold is).
        self.threshold = float(model.card.get("threshold", 0.5)) if model is not None else 0.5

    def _conflicts(self, group: Group, m: Mention) -> bool:
        """Places of the two rows' own clauses too far apart, or dates that do not meet."""
        place = self.places.get(_place_of(m.row) or "") if m.own_place else None
        when = self.times.get(m.row.time or "")
        if place is not None and any(places_conflict(place, self.places.get(pid))
                                     for pid in group.own_places.values()):
            return True
        if place is not None and m.indefinite and any(
                places_conflict(place, self.places.get(_place_of(r) or "")) for r in group.rows):
            return True  # 'an assault on Mosul' told as new, elsewhere: not a retelling
        if m.row.type in _COUNTED and self._counts_conflict(group, m.row):
            return True
        return when is not None and any(times_conflict(when, self.times.get(tid))
                                        for tid in group.times.values())

    def _place_key(self, pid: str) -> tuple[Any, ...]:
        """Mentions of one place (one record per occurrence) share a key."""
        p = self.places.get(pid)
        return (pid,) if p is None else (p.name or p.text, p.country, p.kind)

    def _time_key(self, tid: str) -> tuple[Any, ...]:
        t = self.times.get(tid)
        return (tid,) if t is None else (t.earliest, t.latest)

    def _counts_conflict(self, group: Group, row: Event) -> bool:
        """'Several dozen crossed' and 'four arrived': groups of people of other sizes."""
        q = self.quantities.get(row.quantity or "")
        if q is None or q.low is None:
            return False
        for other in group.rows[:2] + group.rows[-_RECENT_MEMBERS:]:
            o = self.quantities.get(other.quantity or "")
            if o is not None and o.low is not None and (
                    (q.high if q.high is not None else q.low) < o.low
                    or (o.high if o.high is not None else o.low) < q.low):
                return True
        return False

    def pair_features(self, a: Mention, b: Mention, rivals: int = 1,
                      group_modes: frozenset[str] = frozenset()) -> dict[str, float]:
        """What says two same-type rows (``a`` told before ``b``) tell one happening;
        ``rivals`` is how many happenings of the type the article has told before ``b``;
        ``group_modes`` the means (mode families) of the mentions already joined with ``a``."""
        ra, rb = a.row, b.row
        f = {"bias": 1.0, f"type={ra.type}": 1.0, f"rivals={min(rivals, 3)}": 1.0}
        fa, fb = mode_family(ra), mode_family(rb)
        if fa and fb:
            f["mode=" + ("same" if fa == fb else "differ")] = 1.0
        if fb and group_modes:
            f["group_mode=" + ("same" if fb in group_modes else "differ")] = 1.0
        if not (b.own_place or rb.time or rb.actor or rb.target):
            f["b_bare"] = 1.0  # 'the stabbing lasted a minute': nothing of its own
        sentences = (bisect_left(self.breaks, rb.sentence.start)
                     - bisect_left(self.breaks, ra.sentence.start))
        f[f"para_gap={_gap(sentences)}"] = 1.0
        f[f"chars={_gap((rb.sentence.start - ra.sentence.start) // 150)}"] = 1.0
        if ra.sentence == rb.sentence:
            f["same_sentence"] = 1.0
        for name, on in (("b_definite", b.definite), ("b_indefinite", b.indefinite),
                         ("a_headline", a.headline),
                         ("b_headline", b.headline), ("a_definite", a.definite)):
            if on:
                f[name] = 1.0
        f[f"lemmas={a.lemma}|{b.lemma}"] = 1.0
        if a.lemma == b.lemma:
            f["same_lemma"] = 1.0
        f[f"place={self._place_relation(ra, rb)}"] = 1.0
        f[f"place_how={a.place_how}|{b.place_how}"] = 1.0
        f[f"time={self._time_relation(ra, rb)}"] = 1.0
        if ra.fatalities and rb.fatalities:
            f["toll=" + ("same" if ra.fatalities.best == rb.fatalities.best else "differ")] = 1.0
        if ra.quantity and rb.quantity:
            qa, qb = self.quantities.get(ra.quantity), self.quantities.get(rb.quantity)
            if qa is not None and qb is not None:
                f["count=" + ("same" if (qa.best, qa.unit) == (qb.best, qb.unit)
                              else "differ")] = 1.0
        if ra.actor and rb.actor:
            same = ra.actor.text.lower() == rb.actor.text.lower() or (
                ra.actor.entity is not None and ra.actor.entity == rb.actor.entity)
            f["actor=" + ("same" if same else "differ")] = 1.0
        if ra.target and rb.target:
            f["target=" + ("same" if ra.target.text.lower() == rb.target.text.lower()
                           else "differ")] = 1.0
        if _ANOTHER.search(self.text[rb.sentence.start:rb.sentence.end]):
            f["another"] = 1.0
        if ra.sentence != rb.sentence and opens_moving_on(self.text, rb.sentence.start):
            f["b_moves_on"] = 1.0
        if _ALSO.search(self.text, max(rb.sentence.start, rb.trigger.start - 25),
                        rb.trigger.start):
            f["b_also"] = 1.0  # more victims of one happening, or one more happening
        return f

    def _place_relation(self, a: Event, b: Event) -> str:
        pa = self.places.get(_place_of(a) or "")
        pb = self.places.get(_place_of(b) or "")
        if pa is None or pb is None:
            return "none" if pa is pb else "one"
        if places_conflict(pa, pb):
            return "conflict"
        if (pa.name or pa.text) == (pb.name or pb.text):
            return "same"
        return "compatible"

    def _time_relation(self, a: Event, b: Event) -> str:
        ta, tb = self.times.get(a.time or ""), self.times.get(b.time or "")
        if ta is None or tb is None:
            return "none" if ta is tb else "one"
        return "conflict" if times_conflict(ta, tb) else "overlap"

    def _score(self, group: Group, m: Mention, rivals: int) -> float:
        """How likely ``m`` retells the group's happening (0 when it cannot)."""
        if self.model is None or group.rows[0].type != m.row.type or self._conflicts(group, m):
            return 0.0
        modes = frozenset(f for f in map(mode_family, group.rows) if f)
        return max(self.model.probabilities(self.pair_features(a, m, rivals, modes))["event"]
                   for a in group.members[:2] + group.members[-_RECENT_MEMBERS:])

    def _only_antecedent(self, groups: Sequence[Group], recent: Sequence[int],
                         m: Mention) -> int | None:
        """'the stabbing', "Saturday's attack": a definite retelling joins the one happening
        of its type told before it that its place, date and count do not tell apart."""
        if not m.definite or m.another:
            return None
        fits = [i for i in recent if not self._conflicts(groups[i], m)]
        return fits[0] if len(fits) == 1 else None

    def merge(self, mentions: Sequence[Mention]) -> list[Event]:
        """One row per happening, in the order each happening is first told."""
        groups: list[Group] = []
        by_type: dict[str, list[int]] = {}
        for m in sorted(mentions, key=lambda m: m.row.trigger.start):
            told = by_type.setdefault(m.row.type, [])
            recent = told[-_RECENT_GROUPS:]
            scored = [] if m.another else [(self._score(groups[i], m, len(told)), i)
                                            for i in recent]
            best = max(scored, default=(0.0, -1))
            only = None if best[0] >= self.threshold else self._only_antecedent(groups, recent, m)
            if best[0] >= self.threshold:
                home = groups[best[1]]
            elif only is not None:
                home = groups[only]
            elif not m.seed:
                continue
            else:
                home = Group()
                by_type[m.row.type].append(len(groups))
                groups.append(home)
            home.rows.append(m.row)
            home.probs.append(m.prob)
            home.members.append(m)
            if m.own_place and _place_of(m.row):
                home.own_places.setdefault(self._place_key(_place_of(m.row) or ""),
                                           _place_of(m.row) or "")
            if m.row.time:
                home.times.setdefault(self._time_key(m.row.time), m.row.time)
        return [self.combine(g) for g in groups]

    def _place_rank(self, e: Event) -> int:
        place = self.places.get(_place_of(e) or "")
        return -1 if place is None else _PLACE_RANK.get(place.kind, 2)

    def _time_width(self, e: Event) -> int:
        t = self.times.get(e.time or "")
        if t is None or not (t.earliest and t.latest):
            return 1 << 30
        if t.earliest == t.latest:
            return 0
        return 1 if t.earliest[:7] == t.latest[:7] else 2

    def combine(self, group: Group) -> Event:
        """The group's row: the first mention's words, the most specific arguments."""
        rows = group.rows
        base = rows[0]
        how_rank = {"clause": 3, "sentence": 2, "paragraph": 1}
        best_place = max(group.members, key=lambda m: (
            how_rank.get(m.place_how, 0) >= 2, self._place_rank(m.row),
            how_rank.get(m.place_how, 0))).row
        best_time = min(rows, key=self._time_width)
        named = [r.actor for r in rows if r.actor is not None and r.actor.entity]
        actor = named[0] if named else next((r.actor for r in rows if r.actor), None)
        target = next((r.target for r in rows if r.target), None)
        quantity = next((r.quantity for r in rows if r.quantity), None)
        mentions = tuple(sorted({SentenceSpan(start=r.trigger.start, end=r.trigger.end)
                                 for r in rows}, key=lambda s: s.start))
        # several mentions of one happening: each makes it likelier real
        miss = 1.0
        for p in group.probs:
            miss *= 1.0 - p
        confidence = round(min(0.99, max(max(group.probs), 1.0 - miss ** 0.5)), 2)
        body = [m.row for m in group.members if not m.headline] or rows
        told = next((r for r in rows if r.attribution.certainty == "confirmed"), body[0])
        return replace(
            base, attribution=told.attribution, place=best_place.place, origin=best_place.origin,
            destination=best_place.destination, destinations=best_place.destinations,
            time=best_time.time, actor=actor, target=target, quantity=quantity,
            fatalities=largest([r.fatalities for r in rows]),
            injured=largest([r.injured for r in rows]),
            mentions=mentions, confidence=confidence,
        )
