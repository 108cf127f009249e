"""Hand-built Documents for store, export and scale tests (fictional people, real places)."""

from __future__ import annotations

from eventwire.model import (
    Actor,
    Attribution,
    Document,
    Entity,
    Event,
    EventAttribution,
    Meta,
    Place,
    Quantity,
    Quote,
    SentenceSpan,
    Span,
    Time,
    content_id,
)

TEXT = ("Border guards detained 40 migrants near Kassala on Monday, said Amira Tesfay, "
        "a local aid worker. \"They were taken before dawn,\" she said. "
        "Residents in Aleppo protested against rising prices.")


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def make_doc(text: str = TEXT, *, published: str | None = "2024-03-04",
             source: str = "Example Wire", title: str = "Migrants detained near Kassala",
             path: str = "a.txt", country: str = "SD") -> Document:
    """A document with every layer filled, offsets consistent with ``text``."""
    s, e = _span(text, "Amira Tesfay") if "Amira Tesfay" in text else (0, 6)
    entity = Entity("e1", text[s:e], "PERSON", s, e, text[s:e], "c1")
    ks, ke = _span(text, "Kassala") if "Kassala" in text else (0, 6)
    place = Place("p1", text[ks:ke], ks, ke, "Kassala", "city", country, "Kassala", 15.45,
                  36.4, 372753, 0.9)
    ms, me = _span(text, "Monday") if "Monday" in text else (0, 6)
    time = Time("t1", text[ms:me], ms, me, "2024-03-04", "2024-03-04", "day")
    qs, qe = _span(text, "40 migrants") if "40 migrants" in text else (0, 6)
    qty = Quantity("q1", text[qs:qe], qs, qe, 40, 40, 40, "person", "migrants", None, False)
    us, ue = _span(text, "They were taken before dawn,") if "dawn" in text else (0, 6)
    quote = Quote("u1", text[us:ue], us, ue, "Amira Tesfay", "e1", "a local aid worker",
                  False, "said")
    ts, te = _span(text, "detained") if "detained" in text else (0, 6)
    attribution = Attribution("a1", text[0:80], 0, 80, "Amira Tesfay", "named", "said",
                              "claimed")
    event = Event(
        id="v1", type="COERCE", mode="detain", trigger=Span(text[ts:te], ts, te),
        sentence=SentenceSpan(0, min(len(text), 102)),
        actor=Actor("Border guards", None, 0, 13), target=Actor("40 migrants", None, qs, qe),
        place="p1", origin=None, destination=None, time="t1", quantity="q1",
        attribution=EventAttribution("Amira Tesfay", "named", "claimed", None),
        confidence=0.8)
    return Document(
        id=content_id(text), text=text,
        meta=Meta(path=path, title=title, source=source, authors=("Desk",),
                  published=published, url=f"https://example.org/{path}"),
        entities=(entity,), places=(place,), times=(time,), quantities=(qty,), quotes=(quote,),
        events=(event,), extras={"attributions": (attribution,)},
        stages={"entities": 1, "geoparse": 2, "events": 1})


def variant(i: int, **kw: object) -> Document:
    """The i-th distinct document (different text, so a different id)."""
    return make_doc(TEXT + f" Report number {i}.", path=f"doc{i}.txt", **kw)  # type: ignore[arg-type]
