"""Hand-made documents for the web tests: every layer filled, offsets computed, no model run.

The sentences are written for these tests (fictional people, real places). One
article carries script and attribute-breaking markup to probe escaping.
"""

from __future__ import annotations

from typing import Any

from eventwire.model import (
    Actor,
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

XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_IMG = '"><img src=x onerror="window.__xss=2">'


def at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of ``phrase`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


class Builder:
    """Collects annotations for one text, computing offsets from phrases."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.layers: dict[str, list[Any]] = {k: [] for k in
                                             ("entities", "places", "times", "quantities",
                                              "quotes", "events")}

    def entity(self, phrase: str, label: str, nth: int = 0) -> str:
        s, e = at(self.text, phrase, nth)
        eid = f"e{len(self.layers['entities']) + 1}"
        self.layers["entities"].append(Entity(eid, phrase, label, s, e, phrase, f"c{eid[1:]}"))
        return eid

    def place(self, phrase: str, name: str, kind: str, cc: str | None, lat: float, lon: float,
              nth: int = 0, admin1: str | None = None) -> str:
        s, e = at(self.text, phrase, nth)
        pid = f"p{len(self.layers['places']) + 1}"
        self.layers["places"].append(Place(pid, phrase, s, e, name, kind, cc, admin1, lat, lon,
                                           None, 0.9))
        return pid

    def time(self, phrase: str, earliest: str, latest: str, precision: str = "day") -> str:
        s, e = at(self.text, phrase)
        tid = f"t{len(self.layers['times']) + 1}"
        self.layers["times"].append(Time(tid, phrase, s, e, earliest, latest, precision))
        return tid

    def quantity(self, phrase: str, low: float, high: float, best: float, unit: str,
                 obj: str) -> str:
        s, e = at(self.text, phrase)
        qid = f"q{len(self.layers['quantities']) + 1}"
        self.layers["quantities"].append(Quantity(qid, phrase, s, e, low, high, best, unit, obj,
                                                  None, low != high))
        return qid

    def quote(self, phrase: str, speaker: str | None, entity: str | None,
              description: str | None = None) -> str:
        s, e = at(self.text, phrase)
        uid = f"u{len(self.layers['quotes']) + 1}"
        self.layers["quotes"].append(Quote(uid, phrase, s, e, speaker, entity, description,
                                           speaker is None, "said"))
        return uid

    def event(self, etype: str, trigger: str, *, mode: str | None = None,
              actor: str | None = None, place: str | None = None, origin: str | None = None,
              destination: str | None = None, time: str | None = None,
              quantity: str | None = None, source: str | None = None,
              source_kind: str = "reporter", certainty: str = "asserted") -> str:
        s, e = at(self.text, trigger)
        sent_start = self.text.rfind(". ", 0, s)
        sent_start = 0 if sent_start < 0 else sent_start + 2
        sent_end = self.text.find(".", e)
        sent_end = len(self.text) if sent_end < 0 else sent_end + 1
        vid = f"v{len(self.layers['events']) + 1}"
        self.layers["events"].append(Event(
            vid, etype, mode, Span(trigger, s, e), SentenceSpan(sent_start, sent_end),
            Actor(actor, None) if actor else None, None, place, origin, destination, time,
            quantity, EventAttribution(source, source_kind, certainty, None), 0.8))
        return vid

    def build(self, title: str, source: str, published: str, path: str) -> Document:
        return Document(id=content_id(self.text), text=self.text,
                        meta=Meta(path=path, title=title, source=source, published=published),
                        **{k: tuple(v) for k, v in self.layers.items()})


def idlib() -> Document:
    b = Builder("Shelling killed at least 12 civilians in Idlib on Monday, local medics said. "
                "About 300 families fled from Idlib to Azaz over the weekend, according to "
                "Layla Haddad, a volunteer with a relief group. \"We left with nothing,\" said "
                "Omar Nasser, a farmer from the Idlib countryside.")
    b.entity("Idlib", "GPE")
    b.entity("Layla Haddad", "PERSON")
    omar = b.entity("Omar Nasser", "PERSON")
    p1 = b.place("Idlib", "Idlib", "city", "SY", 35.93, 36.63, admin1="Idlib")
    p2 = b.place("Idlib", "Idlib", "city", "SY", 35.93, 36.63, nth=1, admin1="Idlib")
    p3 = b.place("Azaz", "Azaz", "city", "SY", 36.586, 37.046, admin1="Aleppo")
    t1 = b.time("Monday", "2024-03-04", "2024-03-04")
    t2 = b.time("over the weekend", "2024-03-09", "2024-03-10", "range")
    q1 = b.quantity("at least 12 civilians", 12, 20, 12, "person", "civilians")
    q2 = b.quantity("About 300 families", 270, 330, 300, "family", "families")
    b.quote("\"We left with nothing,\"", "Omar Nasser", omar, "a farmer")
    b.event("ASSAULT", "killed", place=p1, time=t1, quantity=q1, source="local medics",
            source_kind="anonymous", certainty="claimed")
    b.event("MOVE", "fled", mode="flee", actor="About 300 families", place=p3, origin=p2,
            destination=p3, time=t2, quantity=q2, source="Layla Haddad", source_kind="named",
            certainty="claimed")
    return b.build("Families flee shelling in Idlib", "Test Wire", "2024-03-05", "idlib.txt")


def nairobi() -> Document:
    b = Builder("Thousands of demonstrators marched through Nairobi on 12 March 2024 to "
                "protest new taxes. Police arrested 45 people near Parliament, the interior "
                "ministry confirmed.")
    p1 = b.place("Nairobi", "Nairobi", "city", "KE", -1.286, 36.817)
    b.entity("Nairobi", "GPE")
    b.entity("Parliament", "ORG")
    t1 = b.time("12 March 2024", "2024-03-12", "2024-03-12")
    q1 = b.quantity("Thousands of demonstrators", 2000, 9000, 3000, "person", "demonstrators")
    q2 = b.quantity("45 people", 45, 45, 45, "person", "people")
    b.event("PROTEST", "marched", place=p1, time=t1, quantity=q1)
    b.event("COERCE", "arrested", actor="Police", place=p1, time=t1, quantity=q2,
            source="the interior ministry", source_kind="organization", certainty="confirmed")
    return b.build("Tax protest in Nairobi ends in arrests", "Daily Ledger", "2024-03-13",
                   "nairobi.txt")


def lampedusa() -> Document:
    """Markup in the title, the source and the text: all of it must render as text."""
    b = Builder(f"Dozens of migrants crossed from Libya to Lampedusa {XSS_SCRIPT} late last "
                f"month, an official said {XSS_IMG}. Port Sudan also saw arrivals.")
    p1 = b.place("Libya", "Libya", "country", "LY", 26.3, 17.2)
    p2 = b.place("Lampedusa", "Lampedusa", "feature", "IT", 35.51, 12.6)
    b.entity("Port Sudan", "GPE")
    b.place("Sudan", "Sudan", "country", "SD", 15.5, 30.0)
    t1 = b.time("late last month", "2024-02-20", "2024-02-29", "part-of-month")
    q1 = b.quantity("Dozens of migrants", 24, 96, 36, "person", "migrants")
    # A quote that crosses the entity's boundary: both must survive as (split) marks.
    b.quote("said " + XSS_IMG + ". Port", None, None, "an official")
    b.event("MOVE", "crossed", mode="cross_border", actor="Dozens of migrants", place=p2,
            origin=p1, destination=p2, time=t1, quantity=q1, source="an official",
            source_kind="anonymous", certainty="claimed")
    return b.build(f"{XSS_SCRIPT} Crossings to Lampedusa", '<b onmouseover="x()">Wire</b>',
                   "2024-03-02", "lampedusa.txt")


def sample_documents() -> list[Document]:
    return [idlib(), nairobi(), lampedusa()]
