"""The quantities stage: counts and amounts, vague ones as ranges, with unit and counted object.

Figures are found by :mod:`eventwire.quantify.grammar` in the text itself; the
shared spaCy parse then says what each one counts ("Four Saudi Arabian
extremists" -> object "Saudi Arabian extremists", unit ``person``) and helps
set apart years and dates. A mention's ``text`` covers the approximator, the
figure, its unit or rate, and the counted noun phrase when it follows directly
("Several dozen former fighters", "more than $2,000 each", "13 days").

Decisions the contract leaves open: ages ("the 26-year-old", "aged 30") are
quantities with unit ``year`` and object ``age``, never person counts;
fractions ("about a third of") have unit ``fraction`` and values in 0..1;
"percentage points" has unit ``percent``; "each"/"apiece"/"a head" set ``per``
to ``person``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from eventwire.model import Quantity
from eventwire.pipeline.stage import Context, stage
from eventwire.quantify.exclusions import is_blocked, is_year, overlaps
from eventwire.quantify.grammar import Mention
from eventwire.quantify.mentions import find_mentions
from eventwire.quantify.objects import TokenIndex, bare_person_count, counted_object
from eventwire.quantify.units import CURRENCY_NAMES, MEASURES

_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s+$", re.IGNORECASE)
_PRONOUN_ONE_BEFORE = re.compile(r"\b(?:no|any|every|the|this|that|which|each|little)\s+$",
                                 re.IGNORECASE)
_ONE_AFTER = re.compile(r"\s+(?:another|other)\b", re.IGNORECASE)
_APPOSED_BEFORE = re.compile(r"[,(]\s*$")
_APPOSED_AFTER = re.compile(r"\s*[,)]")
_DATE_LABELS = frozenset({"DATE", "TIME"})
_COUNT_KINDS = frozenset({"number", "vague"})


def _tidy(value: float) -> float | int:
    """Integral values as ints, others to six significant digits."""
    if value == int(value) and abs(value) < 1e15:
        return int(value)
    return value


def _date_spans(ctx: Context) -> list[tuple[int, int]]:
    if ctx.parse is None:
        return []
    return [(e.start_char, e.end_char) for e in ctx.parse.ents if e.label_ in _DATE_LABELS]


def _is_figure_noise(text: str, m: Mention) -> bool:
    """Pronoun uses of "one" ("no one", "one another") and "one" in set phrases."""
    core = text[m.core_start:m.core_end]
    if m.kind == "age" or m.unit is not None:
        return False
    return core.lower() == "one" and bool(
        _PRONOUN_ONE_BEFORE.search(text, max(0, m.start - 10), m.start)
        or _ONE_AFTER.match(text, m.end))


def _attach_object(ctx: Context, index: TokenIndex | None,
                   m: Mention) -> tuple[Mention, str | None]:
    """Read the counted noun phrase; a count of people gets the unit ``person``."""
    if index is None or m.kind in ("age", "fraction") and not ctx.text.startswith(" of", m.end):
        return m, ("age" if m.kind == "age" else None)
    if m.unit is not None and not ctx.text.startswith(" of ", m.end):
        return m, None
    obj = counted_object(index, m.end)
    if obj is None:
        token = index.at(m.core_end - 1)
        if m.unit is None and token is not None and bare_person_count(token):
            return replace(m, unit="person"), None
        return m, None
    unit = m.unit
    if unit is None and m.kind in _COUNT_KINDS:
        head = obj.text.rsplit(None, 1)[-1].lower()
        unit = "person" if obj.person else MEASURES.get(head) or CURRENCY_NAMES.get(head)
    return replace(m, end=obj.end, unit=unit), obj.text


def _is_apposed_age(text: str, index: TokenIndex | None, m: Mention) -> bool:
    """"Jamie Armstrong, 25, said": a bare figure set off by commas after a person's name."""
    if index is None or m.kind != "number" or not 0 < m.value.best <= 120 \
            or not _APPOSED_AFTER.match(text, m.end):
        return False
    before = _APPOSED_BEFORE.search(text, max(0, m.start - 3), m.start)
    if before is None:
        return False
    token = index.at(before.start() - 1)
    return token is not None and token.ent_type_ == "PERSON"


def _keep_year(index: TokenIndex | None, m: Mention, dates: list[tuple[int, int]]) -> bool:
    """A bare "2017" is a year unless a plural noun follows it ("2000 troops") or it is hedged."""
    if index is None or overlaps(dates, m.core_start, m.core_end):
        return False
    if m.approximator:
        return True
    nxt = index.doc[index.after(m.core_end)] if index.after(m.core_end) < len(index.doc) else None
    return nxt is not None and nxt.tag_ == "NNS"


def extract_quantities(ctx: Context) -> list[Quantity]:
    """Every quantity in the document, in text order, with ids q1, q2, ..."""
    text = ctx.text
    dates = _date_spans(ctx)
    index = TokenIndex(ctx.parse, text) if ctx.parse is not None else None
    records: list[Quantity] = []
    last_end = -1
    for m in find_mentions(text):
        if m.start < last_end or m.kind != "fraction" and is_blocked(text, m.core_start,
                                                                     m.core_end):
            continue
        if m.unit is None and (_AGE_BEFORE.search(text, max(0, m.start - 8), m.start)
                               or _is_apposed_age(text, index, m)):
            m = replace(m, kind="age", unit="year")
        plain = m.unit is None and not m.scaled and m.kind == "number"
        if plain and is_year(text[m.core_start:m.core_end]) and not _keep_year(index, m, dates):
            continue
        if _is_figure_noise(text, m):
            continue
        m, obj = _attach_object(ctx, index, m)
        if m.kind == "vague" and obj is None and m.value.high < 12:
            continue  # "several", "a few" need a counted noun
        last_end = m.end
        records.append(_record(len(records) + 1, text, m, obj))
    return records


def _record(n: int, text: str, m: Mention, obj: str | None) -> Quantity:
    v = m.value
    return Quantity(id=f"q{n}", text=text[m.start:m.end], start=m.start, end=m.end,
                    low=_tidy(v.low), high=_tidy(v.high), best=_tidy(v.best),
                    unit=m.unit, object=obj, per=m.per, approximate=m.approximate)


@stage("quantities", produces="quantities", needs_parse=True, order=40)
class QuantityStage:
    """Quantities with low/high/best, unit, counted object and rate."""

    version = 1

    def setup(self) -> None:
        """Nothing to load: the grammar's expressions compile at import."""

    def __call__(self, ctx: Context) -> list[Quantity]:
        return extract_quantities(ctx)
