"""Render an article's text with every annotation as nested, escaped ``<mark>`` elements.

Annotations may overlap in any way (a place inside an entity inside a quote; a quote
that starts inside one entity and ends in another). Properly nested spans become
nested elements; a span that crosses another is split into fragments that share its
``data-ref``, so no annotation and no character of text is lost. Every piece of text
and every attribute value is HTML-escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from eventwire.model import Document
from eventwire.web.serialize import to_plain

#: Highlight kinds, outermost first when two spans cover the same text.
KINDS: tuple[str, ...] = ("quote", "event", "entity", "coref", "place", "time", "quantity")
PLURALS: dict[str, str] = {"quote": "quotes", "event": "events", "entity": "entities",
                           "coref": "who is who", "place": "places", "time": "times",
                           "quantity": "quantities"}


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span: its kind, the record it stands for and a one-line summary."""

    start: int
    end: int
    kind: str
    ref: str
    title: str
    label: str = ""


_KIND_RANK = {kind: i for i, kind in enumerate(KINDS)}


def _rank(mark: Mark) -> tuple[int, int, int]:
    return (mark.start, -mark.end, _KIND_RANK.get(mark.kind, 99))


def _escape(text: str) -> str:
    """``markupsafe.escape`` as a plain string (same entities), without a Markup per piece."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "'" in text:
        text = text.replace("'", "&#39;")
    if '"' in text:
        text = text.replace('"', "&#34;")
    return text


def _open_tag(mark: Mark, fragment: bool) -> str:
    classes = f"hl hl-{mark.kind}" + (f" hl-{mark.label.lower()}" if mark.label else "")
    if fragment:
        classes += " hl-cont"
    return (f'<mark class="{_escape(classes)}" data-kind="{_escape(mark.kind)}" '
            f'data-ref="{_escape(mark.ref)}" title="{_escape(mark.title)}" tabindex="0">')


def render_marks(text: str, marks: Iterable[Mark]) -> Markup:
    """Return ``text`` as HTML with each mark wrapped in a (possibly split) ``<mark>``."""
    valid = sorted((m for m in marks if 0 <= m.start < m.end <= len(text)), key=_rank)
    ends: dict[int, list[Mark]] = {}
    starts: dict[int, list[Mark]] = {}
    for m in valid:
        starts.setdefault(m.start, []).append(m)
        ends.setdefault(m.end, []).append(m)
    points = sorted(set(starts) | set(ends) | {0, len(text)})
    out: list[str] = []
    stack: list[Mark] = []
    for pos, stop in zip(points, points[1:] + [None], strict=True):
        ending = ends.get(pos)
        if ending:
            _close_ending(ending, stack, out)
        for m in starts.get(pos, ()):
            out.append(_open_tag(m, fragment=False))
            stack.append(m)
        if stop is not None:
            out.append(_escape(text[pos:stop]))
    out.extend("</mark>" for _ in stack)
    return Markup("".join(out))


def _close_ending(ending: Sequence[Mark], stack: list[Mark], out: list[str]) -> None:
    """Close every mark in ``ending``; marks opened above them are closed and reopened."""
    if not ending:
        return
    closing = set(map(id, ending))
    reopen: list[Mark] = []
    while any(id(m) in closing for m in stack):
        top = stack.pop()
        out.append("</mark>")
        if id(top) not in closing:
            reopen.append(top)
    for m in reversed(reopen):
        out.append(_open_tag(m, fragment=True))
        stack.append(m)


def _num(value: Any) -> str:
    if value is None:
        return "?"
    return f"{value:g}" if isinstance(value, float) else str(value)


def _place_title(p: Any) -> str:
    where = ", ".join(x for x in (p.name or p.text, p.admin1, p.country) if x)
    coords = f" · {p.lat:.3f}, {p.lon:.3f}" if p.lat is not None and p.lon is not None else \
        " · unresolved"
    return f"Place: {where} ({p.kind}){coords} · confidence {p.confidence:.2f}"


def _time_title(t: Any) -> str:
    if not t.earliest and not t.latest:
        return f"Time: unresolved ({t.precision})"
    span = t.earliest if t.earliest == t.latest else f"{t.earliest} – {t.latest}"
    return f"Time: {span} ({t.precision})"


def _quantity_title(q: Any) -> str:
    rng = _num(q.best) if q.low == q.high == q.best else \
        f"{_num(q.low)}–{_num(q.high)}, best {_num(q.best)}"
    what = " ".join(x for x in (q.unit, f"({q.object})" if q.object else None) if x)
    return f"Quantity: {'≈' if q.approximate else ''}{rng} {what}".rstrip()


def _quote_title(u: Any) -> str:
    who = u.speaker or ("anonymous" if u.anonymous else "unknown speaker")
    if u.speaker_description:
        who += f" ({u.speaker_description})"
    return f"Quote · speaker: {who}" + (f" · cue: {u.cue}" if u.cue else "")


def _event_title(e: Any) -> str:
    a = e.attribution
    src = f"{a.source} ({a.source_kind})" if a.source else a.source_kind
    kind = e.type + (f"/{e.mode}" if e.mode else "")
    return f"Event {kind} · {a.certainty} · source: {src} · confidence {e.confidence:.2f}"


def _coref_title(r: Any) -> str:
    return f"{r.kind}: {r.refers_to}"


def _coref_rows(doc: Document) -> tuple[Any, ...]:
    """The ``coref`` layer's rows that carry a span (plain dicts from plugins are skipped)."""
    return tuple(r for r in doc.layer("coref") if hasattr(r, "refers_to"))


def document_marks(doc: Document) -> list[Mark]:
    """Return one Mark per annotation of every kind that has a span in the text."""
    marks = [Mark(x.start, x.end, "entity", x.id, f"{x.label}: {x.canonical}", x.label)
             for x in doc.entities]
    marks += [Mark(x.start, x.end, "coref", x.id, _coref_title(x)) for x in _coref_rows(doc)]
    marks += [Mark(x.start, x.end, "place", x.id, _place_title(x)) for x in doc.places]
    marks += [Mark(x.start, x.end, "time", x.id, _time_title(x)) for x in doc.times]
    marks += [Mark(x.start, x.end, "quantity", x.id, _quantity_title(x))
              for x in doc.quantities]
    marks += [Mark(x.start, x.end, "quote", x.id, _quote_title(x)) for x in doc.quotes]
    marks += [Mark(e.trigger.start, e.trigger.end, "event", e.id, _event_title(e), e.type)
              for e in doc.events]
    return marks


def render_document(doc: Document, marks: Sequence[Mark] | None = None) -> Markup:
    """Return the document's text as highlighted, escaped HTML (``marks``: precomputed)."""
    return render_marks(doc.text, document_marks(doc) if marks is None else marks)


def annotation_index(doc: Document) -> dict[str, dict[str, Any]]:
    """Every annotation record by id, with its layer kind, for the page's side panel."""
    index: dict[str, dict[str, Any]] = {}
    layers = (("entity", doc.entities), ("place", doc.places), ("time", doc.times),
              ("quantity", doc.quantities), ("quote", doc.quotes), ("event", doc.events),
              ("coref", _coref_rows(doc)))
    for kind, records in layers:
        for rec in records:
            index[rec.id] = {"layer": kind, **to_plain(rec)}
    return index
