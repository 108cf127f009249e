"""Toponym recognition: spaCy's entities combined with gazetteer matches over the text.

spaCy alone misses many place names (it tags al-Bab as ORG, Raqqah as
PERSON) and a gazetteer alone finds places in every capitalised word ("Police"
is a town in Poland). A span becomes a mention when spaCy calls it a place
(GPE, LOC, FAC), when it is a known demonym, or when the gazetteer knows it and
the text around it says it is a place: a locative preposition ("in Raqqah"), an
apposition ("Tripoli, Lebanon"), a "-based" suffix, or a country-level name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.gazetteer.fold import (
    fold_key,
    skeleton_key,
    strip_article,
    variant_key,
    variant_worthy,
)
from eventwire.gazetteer.index import Gazetteer
from eventwire.gazetteer.regions import (
    AMBIGUOUS_ABBREVIATIONS,
    COUNTRY_ALIASES,
    PLACE_ALIASES,
    US_ABBREVIATIONS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

STATE_ABBREVIATIONS = frozenset(a for abbrs in US_ABBREVIATIONS.values() for a in abbrs)
COUNTRY_CODES = frozenset(a.replace(".", "") for v in COUNTRY_ALIASES.values() for a in v
                          if a.replace(".", "").isupper())
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MODIFIED_LABELS = frozenset({"ORG", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART"})
MAX_TOKENS = 6
CONNECTORS = frozenset({"of", "de", "del", "la", "le", "al", "el", "ez", "es", "ad", "ar", "as",
                        "an", "az", "ash", "upon", "on", "the", "du", "des", "da", "do", "dos",
                        "das", "y", "-", "'s", "en", "sur", "am", "im", "bin", "abu", "and", "&"})
ARTICLE_HEADS = frozenset({"al", "el", "ad", "ar", "as", "an", "at", "az", "ash", "ed", "er",
                           "es", "et", "ez"})
LOCATIVES = frozenset({"in", "at", "near", "from", "to", "into", "outside", "across", "around",
                       "toward", "towards", "through", "throughout", "via", "within", "inside",
                       "outskirts", "between", "and", "reached", "entered", "visited", "captured",
                       "besieged", "recaptured", "seized", "shelled", "bombed", "left", "fled",
                       "over", "off", "beyond", "along", "past", "held", "nearby"})
#: "of" is locative after these words ("north of", "the city of", "outskirts of").
OF_HEADS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest", "city", "town", "village", "province", "state", "region",
                      "outskirts", "capital", "center", "centre", "heart", "suburbs", "streets",
                      "part", "parts", "area", "district", "county", "governor", "mayor",
                      "people", "residents", "citizens", "government", "border", "coast"})
#: "with"/"on" is locative after these words ("the border with Mali", "ashore on Lampedusa").
WITH_HEADS = frozenset({"border", "borders", "frontier", "ashore", "landed", "advanced",
                        "advance", "advancing", "converged", "closed", "march", "marched",
                        "attack", "attacks", "assault", "offensive", "push", "pushed", "moved",
                        "stranded", "arrived", "arrivals", "camp", "camps", "island", "based",
                        "living", "live", "lives", "crossing", "checkpoint", "road"})
COMPASS = re.compile(r"^(?:north|south|east|west|central|northern|southern|eastern|western|"
                     r"north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|"
                     r"south-?west(?:ern)?|upper|lower|greater|rural|downtown)$", re.I)
#: A capitalised bare direction joined to a name is often part of it ("West Wing", "East End").
_BARE_COMPASS = re.compile(r"^(?:North|South|East|West|NORTH|SOUTH|EAST|WEST)$")
#: Names that the gazetteer knows but that, in news, are almost always something else.
NOT_PLACES = frozenset(fold_key(n) for n in (
    "Guardian", "Nusra", "al-Nusra", "Jabhat al-Nusra", "Hezbollah", "Hamas", "Taliban", "Isis",
    "ISIL", "Daesh", "al-Qaeda", "al-Shabaab", "Shabaab", "Boko Haram", "Reuters", "Associated",
    "Press", "Police", "Army", "Navy", "Union", "Republic", "Kingdom", "State", "States",
    "Mobile", "Reading", "Of", "Mission", "Media", "Energy", "Justice",
    "Liberty", "Independence", "Hope", "Unity", "Progress", "Commerce", "Industry", "Enterprise",
    "President", "Prime", "Minister", "Secretary", "Governor", "Senator", "General", "Colonel",
    "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "King", "Queen", "Prince", "Pope", "God", "Christ",
    "Jesus", "Allah", "Islam", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Parliament", "Congress", "Senate", "House",
    "White House", "Pentagon", "Kremlin", "Twitter", "Facebook", "Google", "Apple",
    "Orange", "Friendship", "Opportunity", "Opposition", "Rebel", "Regime", "Aid", "Islamic",
    "Free", "Syrian Army", "Democrat", "Republican", "Democrats", "Republicans", "Labour",
    "Tory", "Conservative", "Conservatives", "Liberal", "Liberals", "Green", "Greens", "Tea",
    "Church", "Mosque", "University", "College", "School", "Hospital", "Center", "Centre",
    "Man", "Young", "Best", "Bad", "Good", "Early", "Many", "Most", "More", "Much", "Said",
    "Says", "New", "Old", "Lake", "River", "Mount", "City", "Town", "Village", "County",
    "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western",
    "Bay", "Beach", "Park", "Valley", "Island", "Islands", "Street", "Road", "Avenue",
    "Federal", "Metro", "Olympic", "Superior", "Reserve", "Christmas", "Loop", "Lot",
))


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the text that names a place or a people."""

    start: int
    end: int
    text: str
    label: str          # the spaCy label over the span, "" when untagged
    demonym: bool = False
    locative: bool = False  # a locative word or "-based" surrounds it
    whole: bool = True      # the span is the whole of its spaCy entity (or untagged)
    propn: bool = True      # its last token is tagged as a proper noun
    modifier: bool = False  # it opens (or follows "of" in) a larger non-place entity


def _is_cap(tok: Token) -> bool:
    t = tok.text
    return bool(t) and (t[0].isupper() or t.lower() in CONNECTORS)


def _span_text(doc: Doc, i: int, j: int) -> tuple[int, int, str]:
    """Offsets and text of tokens i..j (``Doc.text`` would rebuild the whole string)."""
    start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
    return start, end, "".join(t.text_with_ws for t in doc[i:j]).rstrip()


def _party_home(doc: Doc, i: int) -> bool:
    """Whether token i follows a party letter and a hyphen: a legislator's state or town
    ("Sen. Byron Dorgan, D-N.D.", "Torrey Westrom, R-Elbow Lake")."""
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].text in {"D", "R", "I"} \
        and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_


def locative(doc: Doc, i: int, j: int) -> bool:
    """A locative word before the span, or "-based"/", Country" right after it."""
    if _party_home(doc, i):
        return True
    k = i - 1
    while k >= 0 and (COMPASS.match(doc[k].text) or doc[k].lower_ in {"the", "city", "town",
                                                                        "province", "village"}):
        k -= 1
    if k >= 0 and doc[k].lower_ in LOCATIVES:
        return True
    if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in OF_HEADS:
        return True
    if k >= 1 and doc[k].lower_ in {"with", "on"} and doc[k - 1].lower_ in WITH_HEADS:
        return True  # "the border with Mali", "ashore on Lampedusa", "advanced on Sake"
    opens = k < 0 or "\n" in doc[k].text_with_ws
    capitals = all(t.text.isupper() for t in doc[i:j]) and len(doc[i].text) > 2
    if (doc[i].idx < 80 or capitals) and (opens or capitals and doc[k].text in {".", "!", "?"}) \
            and j < len(doc) and doc[j].text in {",", "(", "-", "—", "–", ":"}:
        return True  # a dateline: "BEIRUT, Lebanon (AP) -", or a digest's "BEIRUT: The ..."
    if j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ == "based":
        return True
    return j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].ent_type_ == "GPE"


def _large(gaz: Gazetteer, text: str) -> bool:
    """Whether a name means a country, a province or a city of 100,000 ("West Texas" is
    Texas, "West Wing" is not Wing)."""
    return any(c.kind in {"country", "admin1", "region"} or c.population >= 100_000
               for c in gaz.lookup(fold_key(text)))


def _known(gaz: Gazetteer, key: str) -> bool:
    return key not in NOT_PLACES and (gaz.has_key(key) or gaz.has_key(strip_article(key)))


def _longest_match(gaz: Gazetteer, doc: Doc, i: int) -> tuple[int, bool] | None:
    """End token of the longest known name starting at token i, and whether it is a demonym."""
    best: tuple[int, bool] | None = None
    for j in range(i + 1, min(len(doc), i + MAX_TOKENS) + 1):
        last = doc[j - 1]
        if not _is_cap(last) or (j - 1 > i and last.whitespace_ == "" and last.text == "-"
                                 and j == len(doc)):
            break
        if last.text in STATE_ABBREVIATIONS and j == i + 1 and i > 0 \
                and (doc[i - 1].text == "," or _party_home(doc, i)):
            best = (j, False)
        elif j == i + 1 and (last.text in PLACE_ALIASES
                             or last.text in AMBIGUOUS_ABBREVIATIONS):
            best = (j, False)
        elif j == i + 1 and last.text.isupper() and len(last.text) <= 4 \
                and last.text.replace(".", "") not in COUNTRY_CODES:
            continue  # acronyms (APC, TASS) are organisations, unless a longer name ("SAN DIEGO")
        elif last.text[0].isupper() or last.text[0].isdigit():
            key = fold_key(_span_text(doc, i, j)[2])
            if gaz.demonym(key) is not None:
                best = (j, True)
            elif _known(gaz, key):
                best = (j, False)
    return best


def _skeleton_match(gaz: Gazetteer, doc: Doc, i: int) -> int | None:
    """End of a capitalised run at i (up to 3 tokens) that only a spelling variant or a
    consonant skeleton knows.

    Tried only where the run is a whole place entity, or a whole entity or untagged run with
    locative context, since skeletons are loose.
    """
    end = i
    while end < min(len(doc), i + 3) and (doc[end].text[:1].isupper() or doc[end].text == "-"
                                          or doc[end].lower_ in ARTICLE_HEADS):
        end += 1
    for j in range(end, i, -1):
        if not doc[j - 1].text[:1].isupper():
            continue
        label, whole = _entity_label(doc, i, j)
        text = _span_text(doc, i, j)[2]
        if fold_key(text) in NOT_PLACES:
            continue
        # a locative vouches for a run, not for the first word of a longer name
        # ("at Barclays Center" is no Berkeley)
        vouched = (locative(doc, i, j) and (whole or not label)) \
            or (whole and label in {"GPE", "LOC", "FAC"})
        if vouched and (variant_worthy(text) and gaz.lookup_variant(variant_key(text))
                        or gaz.lookup_skeleton(skeleton_key(text))):
            return j
    return None


def _variant_run(gaz: Gazetteer, doc: Doc, i: int, exact_end: int) -> int | None:
    """End of a capitalised run at i, longer than the exact match ending at ``exact_end``,
    that a spelling variant knows as a whole ("Tal Rifaat" is Tall Rif'at, not a town
    called Tal followed by a word), where the run is a whole entity or a locative says
    it is a place."""
    end = exact_end
    while end < min(len(doc), i + 3) and (doc[end].text[:1].isupper()
                                          or doc[end].lower_ in ARTICLE_HEADS
                                          or doc[end].text == "-" and not doc[end].whitespace_):
        end += 1
    for j in range(end, exact_end, -1):
        if not doc[j - 1].text[:1].isupper():
            continue
        label, whole = _entity_label(doc, i, j)
        text = _span_text(doc, i, j)[2]
        if (whole or (not label and locative(doc, i, j))) and variant_worthy(text) \
                and fold_key(text) not in NOT_PLACES and gaz.lookup_variant(variant_key(text)):
            return j
    return None


def _entity_label(doc: Doc, i: int, j: int) -> tuple[str, bool]:
    """Label of the entity over tokens i..j, and whether the span is that whole entity."""
    ent_iob = doc[i].ent_iob_
    label = doc[i].ent_type_
    if not label:
        return "", False
    whole = ent_iob == "B" and (j == len(doc) or doc[j].ent_iob_ != "I")
    return label, whole


def _modifier(doc: Doc, i: int) -> bool:
    """Whether token i opens a non-place entity ("the Boise Fire Department") or follows its
    "of" ("University of Alberta"): a place named as part of an organisation's name."""
    if doc[i].ent_type_ not in MODIFIED_LABELS:
        return False
    if doc[i].ent_iob_ == "B":
        return True
    prev = doc[i - 1] if i > 0 else None
    return prev is not None and prev.ent_iob_ in {"B", "I"} and prev.lower_ in {"the", "of"}


def _start_ok(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if tok.text[:1].isupper():
        return True
    return (tok.lower_ in ARTICLE_HEADS and i + 2 < len(doc) and doc[i + 1].text == "-"
            and doc[i + 2].text[:1].isupper())


def scan(gaz: Gazetteer, doc: Doc) -> Iterator[Mention]:
    """Gazetteer matches over capitalised token runs, longest first, left to right."""
    i = 0
    while i < len(doc):
        if not _start_ok(doc, i):
            i += 1
            continue
        found = _longest_match(gaz, doc, i)
        if found is not None and not found[1]:
            longer = _variant_run(gaz, doc, i, found[0])
            found = (longer, False) if longer else found
        if found is None:
            end = _skeleton_match(gaz, doc, i) if doc[i].text[:1].isupper() else None
            found = None if end is None else (end, False)
        if found is None:
            i += 1
            continue
        j, is_demonym = found
        start, end, text = _span_text(doc, i, j)
        if i > 0 and _BARE_COMPASS.match(doc[i - 1].text) and not is_demonym \
                and not _large(gaz, text):
            i = j  # "the West Wing" is not a town called Wing
            continue
        label, whole = _entity_label(doc, i, j)
        yield Mention(start, end, text, label, is_demonym, locative(doc, i, j),
                      whole or not label, doc[j - 1].pos_ == "PROPN",
                      not whole and _modifier(doc, i))
        i = j


def trim_entity(gaz: Gazetteer, ent: Span) -> tuple[int, int] | None:
    """Token bounds of an entity without a leading article, compass word or possessive.

    A compass word stays when the whole name is known ("North Africa", "South Sudan").
    """
    i, j = ent.start, ent.end
    doc = ent.doc
    while i < j and doc[i].lower_ in {"the", "a", "an"}:
        i += 1
    while i < j and COMPASS.match(doc[i].text) and not _known(gaz, fold_key(doc[i:j].text)) \
            and gaz.demonym(fold_key(doc[i:j].text)) is None \
            and (not _BARE_COMPASS.match(doc[i].text) or _large(gaz, doc[i + 1:j].text)):
        i += 1
    for k in range(i + 1, j):  # a dateline's dash ends the name: "Congo - Shelling hit"
        if doc[k].text in {"-", "—", "–", "--"} and doc[k - 1].whitespace_:
            j = k
            break
    while j > i and doc[j - 1].text in {"'s", "’s", "'", "’", ".", ","}:
        j -= 1
    return (i, j) if i < j else None
