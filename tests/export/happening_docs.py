"""Hand-built articles for the ACLED and UCDP exports (our own sentences, real places).

``happening_store()`` holds: an attack near Djibo told by two outlets (one stored
incident), a protest in Erbil, an undated clash in Kidal region, a hypothetical
protest, a move (outside ACLED), and an article whose outlet, title and actor
start like spreadsheet formulas.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.model import (
    AcledCode,
    Actor,
    CountRange,
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
from eventwire.rows import Incident
from eventwire.store import Store, open_store

VAC = AcledCode("Political violence", "Violence against civilians", "Attack")
CLASH = AcledCode("Political violence", "Battles", "Armed clash")
PROTEST = AcledCode("Demonstrations", "Protests", "Peaceful protest")
DJIBO = ("Djibo", "city", "BF", "Sahel", 14.09864, -1.62665, 2361809)
ERBIL = ("Erbil", "city", "IQ", "Arbil", 36.19257, 44.01062, 95446)
KIDAL = ("Kidal", "admin1", "ML", None, 19.5, 1.0, 2455290)


@dataclass
class Spec:
    """One article with one event: the words and what the event points to."""

    text: str
    trigger: str
    etype: str
    actor: str | None
    target: str | None = None
    place: tuple[str, str, str, str | None, float, float, int] | None = None
    place_word: str | None = None
    day: str | None = None
    day_word: str | None = None
    deaths: tuple[int, int, int] | None = None
    acled: AcledCode | None = None
    certainty: str = "claimed"
    published: str | None = "2023-11-21"
    source: str = "Sahel Dispatch"
    title: str = "Report"
    crowd: str | None = None
    norp: str | None = None


def _at(text: str, needle: str | None) -> tuple[int, int] | tuple[None, None]:
    if needle is None or needle not in text:
        return None, None
    start = text.index(needle)
    return start, start + len(needle)


def build(spec: Spec, name: str) -> Document:
    """A document holding the spec's one event, its offsets consistent with its text."""
    text = spec.text
    places, times, quantities, entities = [], [], [], []
    if spec.place:
        s, e = _at(text, spec.place_word or spec.place[0])
        pname, kind, country, admin1, lat, lon, gid = spec.place
        places.append(Place("p1", text[s:e] if s is not None else pname, s or 0, e or 0, pname,
                            kind, country, admin1, lat, lon, gid, 0.9))
    if spec.norp:
        s, e = _at(text, spec.norp)
        assert s is not None and e is not None
        entities.append(Entity("e1", spec.norp, "NORP", s, e, spec.norp, "c1"))
        places.append(Place("p2", spec.norp, s, e, "Burkina Faso", "demonym", "BF", None,
                            12.5, -1.5, 2361809, 0.9))
    if spec.day:
        s, e = _at(text, spec.day_word)
        times.append(Time("t1", spec.day_word or "", s or 0, e or 0, spec.day, spec.day, "day"))
    if spec.crowd:
        s, e = _at(text, spec.crowd)
        quantities.append(Quantity("q1", spec.crowd, s or 0, e or 0, 100, 900, 300, None, None,
                                   None, True))
    ts, te = _at(text, spec.trigger)
    assert ts is not None and te is not None
    a_s, a_e = _at(text, spec.actor)
    t_s, t_e = _at(text, spec.target)
    event = Event(
        id="v1", type=spec.etype, mode=None, trigger=Span(spec.trigger, ts, te),
        sentence=SentenceSpan(0, len(text)),
        actor=Actor(spec.actor, None, a_s, a_e) if spec.actor else None,
        target=Actor(spec.target, None, t_s, t_e) if spec.target else None,
        place="p1" if spec.place else None, origin=None, destination=None,
        time="t1" if spec.day else None, quantity="q1" if spec.crowd else None,
        attribution=EventAttribution("residents", "anonymous", spec.certainty, None),
        confidence=0.8, mentions=(SentenceSpan(ts, te),),
        fatalities=CountRange(*spec.deaths) if spec.deaths else None, acled=spec.acled)
    return Document(
        id=content_id(text), text=text,
        meta=Meta(path=f"/srv/articles/{name}.txt", title=spec.title, source=spec.source,
                  published=spec.published),
        entities=tuple(entities), places=tuple(places), times=tuple(times),
        quantities=tuple(quantities), events=(event,))


SPECS: dict[str, Spec] = {
    "djibo1": Spec("Gunmen killed 14 villagers near Djibo on Sunday, residents said.",
                   "killed", "ASSAULT", "Gunmen", "14 villagers", DJIBO, day="2023-11-19",
                   day_word="Sunday", deaths=(14, 14, 14), acled=VAC, title="Attack near Djibo"),
    "djibo2": Spec("Burkinabe officials said 20 to 30 people died when gunmen raided a village "
                   "near Djibo on Sunday.", "raided", "ASSAULT", "gunmen", "a village", DJIBO,
                   day="2023-11-19", day_word="Sunday", deaths=(20, 25, 30), acled=VAC,
                   source="Ouaga Daily", published="2023-11-22", title="Village raided"),
    "erbil": Spec("Hundreds of teachers protested in Erbil on Sunday over unpaid salaries.",
                  "protested", "PROTEST", "Hundreds of teachers", None, ERBIL,
                  day="2023-10-08", day_word="Sunday", acled=PROTEST, certainty="asserted",
                  published="2023-10-09", source="Levant Ledger", crowd="Hundreds of teachers"),
    "kidal": Spec("Burkinabe soldiers clashed with militants in Kidal region, the army said.",
                  "clashed", "ASSAULT", "Burkinabe soldiers", "militants", KIDAL,
                  place_word="Kidal", deaths=(5, 7, 10), acled=CLASH, published="2024-01-05",
                  norp="Burkinabe"),
    "planned": Spec("Teachers plan to protest in Erbil next week.", "protest", "PROTEST",
                    "Teachers", None, ERBIL, acled=PROTEST, certainty="hypothetical",
                    published="2023-10-09"),
    "move": Spec("Families fled Djibo on Sunday.", "fled", "MOVE", "Families", None, DJIBO,
                 day="2023-11-19", day_word="Sunday"),
    "formula": Spec("@crowd marched in Erbil, said =HYPERLINK(\"http://x.example\").", "marched",
                    "PROTEST", "@crowd", None, ERBIL, acled=PROTEST, published=None,
                    source="=Outlet", title="-Title"),
}


def happening_store(url: str = "sqlite://") -> Store:
    """A store holding every spec's article, and the Djibo attack as one incident."""
    store = open_store(url)
    docs = {name: build(spec, name) for name, spec in SPECS.items()}
    store.save(list(docs.values()))
    store.save_incidents([Incident(
        id="i-djibo", type="ASSAULT", country="BF", admin1="Sahel", lat=14.09864,
        lon=-1.62665, earliest="2023-11-19", latest="2023-11-19", low=14, best=20, high=30,
        num_sources=2, num_documents=2,
        events=((docs["djibo1"].id, "v1"), (docs["djibo2"].id, "v1")))])
    return store


def doc_id(name: str) -> str:
    return content_id(SPECS[name].text)
