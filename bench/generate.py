"""Generated articles and documents for the benchmarks (fictional people, real places).

``article_text(i)`` writes a distinct news-like article of about 8 sentences;
``synthetic_document(i)`` builds a Document with every layer filled directly
(no NLP), for filling large databases quickly.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from eventwire.model import (
    Actor,
    Document,
    Entity,
    Event,
    EventAttribution,
    Meta,
    Place,
    Quantity,
    SentenceSpan,
    Span,
    Time,
    content_id,
)

PEOPLE = ("Amira Tesfay", "Yusuf Haddad", "Lina Moreau", "Omar Diallo", "Sara Lindqvist",
          "Karim Benali", "Nadia Osei", "Tomas Varga", "Leila Rahimi", "Idris Kone")
PLACES = (("Kassala", "SD", 15.45, 36.4), ("Aleppo", "SY", 36.2, 37.16),
          ("Mopti", "ML", 14.49, -4.2), ("Gao", "ML", 16.27, -0.04),
          ("Agadez", "NE", 16.97, 7.99), ("Sfax", "TN", 34.74, 10.76),
          ("Lesbos", "GR", 39.2, 26.3), ("Tripoli", "LY", 32.89, 13.19),
          ("Goma", "CD", -1.68, 29.22), ("Marib", "YE", 15.46, 45.32),
          ("Kidal", "ML", 18.44, 1.41), ("Idlib", "SY", 35.93, 36.63))
GROUPS = ("soldiers", "border guards", "armed men", "police officers", "militia fighters",
          "coast guard crews", "protesters", "aid workers")
VERBS = (("attacked", "ASSAULT"), ("detained", "COERCE"), ("protested against", "PROTEST"),
         ("evacuated", "MOVE"), ("shelled", "ASSAULT"), ("arrested", "COERCE"),
         ("rescued", "AID"), ("met", "CONSULT"))
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FILLER = ("The claims could not be independently verified.",
          "Local officials said the situation remained tense.",
          "Aid agencies have warned of shortages of food and medicine.",
          "Several families were reported to be sheltering in schools.",
          "Talks between the two sides are expected to resume next week.")
START = date(2015, 1, 1)


def article_text(i: int) -> str:
    """A distinct fictional article of about eight sentences."""
    rng = random.Random(i)
    place, country, *_ = rng.choice(PLACES)
    other = rng.choice(PLACES)[0]
    person, quoted = rng.sample(PEOPLE, 2)
    verb, _ = rng.choice(VERBS)
    n = rng.randint(3, 400)
    sentences = [
        f"{rng.choice(GROUPS).capitalize()} {verb} {n} people near {place} on "
        f"{rng.choice(DAYS)}, {person} said.",
        f"\"We saw them arrive before dawn,\" said {quoted}, a resident of {other}.",
        f"At least {rng.randint(2, 60)} {rng.choice(GROUPS)} were seen in {other} later that day.",
        rng.choice(FILLER), rng.choice(FILLER),
        f"In {rng.choice(PLACES)[0]}, {rng.randint(5, 900)} families left their homes "
        f"last {rng.choice(DAYS)}.",
        rng.choice(FILLER),
        f"Report {i} was filed by {rng.choice(PEOPLE)}.",
    ]
    return " ".join(sentences) + "\n"


def write_articles(folder: Path, n: int) -> Path:
    """Write ``n`` articles as ``folder/aNNNNNN.txt``."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i:06d}.txt").write_text(article_text(i), encoding="utf-8")
    return folder


def _find(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def synthetic_document(i: int, events: int = 5) -> Document:
    """A document with ``events`` events, each with a located place, a date and a count."""
    rng = random.Random(i)
    text = article_text(i)
    published = START + timedelta(days=rng.randint(0, 3650))
    places, times, quantities, evs = [], [], [], []
    sentence_end = text.index(".") + 1
    for k in range(events):
        name, country, lat, lon = rng.choice(PLACES)
        day = (published - timedelta(days=rng.randint(0, 6))).isoformat()
        places.append(Place(f"p{k + 1}", "", 0, 0, name, "city", country, None, lat, lon,
                            None, 0.9))
        times.append(Time(f"t{k + 1}", "", 0, 0, day, day, "day"))
        best = float(rng.randint(1, 500))
        quantities.append(Quantity(f"q{k + 1}", "", 0, 0, best, best, best, "person",
                                   "people", None, False))
        _, kind = rng.choice(VERBS)
        evs.append(Event(
            id=f"v{k + 1}", type=kind, mode=None, trigger=Span("", 0, 0),
            sentence=SentenceSpan(0, sentence_end),
            actor=Actor(rng.choice(GROUPS), None), target=None, place=f"p{k + 1}", origin=None,
            destination=None, time=f"t{k + 1}", quantity=f"q{k + 1}",
            attribution=EventAttribution(rng.choice(PEOPLE), "named",
                                         rng.choice(("claimed", "asserted", "confirmed")), None),
            confidence=0.7))
    s, e = _find(text, text.split(" said")[0].split(", ")[-1]) if " said" in text else (0, 1)
    entity = Entity("e1", text[s:e], "PERSON", s, e, text[s:e], "c1")
    return Document(
        id=content_id(text), text=text.strip(),
        meta=Meta(path=f"a{i:06d}.txt", title=f"Report {i}", source="Bench Wire",
                  published=published.isoformat()),
        entities=(entity,), places=tuple(places), times=tuple(times),
        quantities=tuple(quantities), events=tuple(evs), stages={"bench": 1})
