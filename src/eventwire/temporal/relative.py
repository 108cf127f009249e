"""Grammar rules for expressions that need an anchor: "last year", "two weeks ago", "on Friday".

They resolve against the publication date, or (anaphoric ones such as "the next
year" and "a year later") against the last absolute time mentioned before them.
"""

from __future__ import annotations

import re

from eventwire.temporal.lexicon import (
    EDGE,
    MOD,
    NUMBER,
    UNIT,
    UNITS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    number_range,
)
from eventwire.temporal.mention import Builder, Mention, Rule, make, mod_of, previous_word

_NAMES_AFTER_WEEKDAY = re.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Tribune|Star|Independent|Night\s+Live|"
    r"Service|Prayers?|School|Morning\s+Herald|Sport|Magazine|Review|Bloody)\b")
_WEEKDAY_CUES = {"On", "Last", "This", "Next", "Since", "Until", "By", "Early", "Late", "Before",
                 "After", "From", "And", "But", "Or", "Then", "Also", "Through", "Till",
                 "Between", "The", "Coming", "Past", "Saturday",
                 "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}


def _unit(word: str) -> str:
    return UNITS.get(word.lower(), "day")


def _numbers(m: re.Match[str]) -> tuple[int, int] | None:
    word = m.group("num")
    return (1, 1) if word is None else number_range(word)


def build_now(m: re.Match[str], text: str) -> Mention | None:
    """'now', 'currently', 'today', 'yesterday', 'last night', 'tomorrow'."""
    words = " ".join(m.group(0).lower().split())
    if words == "now" and text[m.end():m.end() + 1] == "-" and m.start() > 0:
        return None
    offset = -1 if ("yesterday" in words or words == "last night") else 0
    if "tomorrow" in words:
        offset = 1
    if "day before" in words:
        offset = -2
    if "day after" in words:
        offset = 2
    return make(m, "now", offset=offset)


def build_deictic(m: re.Match[str], text: str) -> Mention | None:
    """'this year', 'late last year', 'early the next year', 'the past year', 'that month'."""
    rel = (m.group("rel") or "").lower()
    the = bool(m.group("the"))
    unit = _unit(m.group("unit"))
    word = (m.group("mod") or m.group("edge") or "").lower() or None
    if not rel and not ((the or m.group("edge")) and word) and not (the and unit == "weekend"):
        return None
    if unit == "day" and rel not in ("next", "following", "previous", "same", "that", "preceding"):
        return None
    if rel in ("past", "last", "preceding") and (the or rel == "past") or rel == "coming" \
            or (unit == "decade" and rel in ("next", "last")):
        direction = 1 if rel in ("coming", "next") else -1
        return make(m, "rolling", unit=unit, low=1, high=1, direction=direction, word=word)
    offsets = {"this": 0, "current": 0, "last": -1, "previous": -1, "preceding": -1, "next": 1,
               "following": 1, "same": 0, "that": 0, "": 0}
    anaphoric = rel in ("same", "that", "") or (the and rel in ("previous", "next")) \
        or rel == "following"
    if unit == "weekend" and not rel:
        return make(m, "weekend", rel=None)
    return make(m, "deictic", unit=unit, rel=offsets[rel], mod=mod_of(m), word=word,
                anaphoric=anaphoric)


def build_so_far(m: re.Match[str], text: str) -> Mention | None:
    """'so far this year', 'this month so far', 'to date this year': the unit up to now."""
    return make(m, "deictic", unit=_unit(m.group("unit") or m.group("unit2")), rel=0, mod=None,
                word="earlier",
                anaphoric=False)


_SAID_THAT = frozenset({"said", "says", "say", "told", "tell", "believe", "believed", "think",
                        "thought", "claimed", "reported", "know", "knew", "so", "such", "fear",
                        "feared", "hope", "hoped", "warned", "added", "insisted", "noted"})


def build_day_part(m: re.Match[str], text: str) -> Mention | None:
    """'the next morning', 'that evening', 'the same night': a part of a day the story reached."""
    rel = m.group("rel").lower()
    if rel == "that" and previous_word(text, m.start()).lower() in _SAID_THAT:
        return None  # "he said that night raids ..."
    offset = {"next": 1, "following": 1, "previous": -1, "preceding": -1}.get(rel, 0)
    return make(m, "deictic", unit="day", rel=offset, mod=None, word=None, anaphoric=True,
                part=m.group("part").lower())


def build_rolling(m: re.Match[str], text: str) -> Mention | None:
    """'the past three years', 'in recent weeks', 'the next few days', 'the past 24 hours'."""
    numbers = _numbers(m)
    if numbers is None:
        return None
    low, high = numbers
    unit = m.group("unit").lower()
    if unit.startswith("hour"):
        low, high, unit = max(1, low // 24), max(1, -(-high // 24)), "day"
    rel = m.group("rel").lower()
    if m.group("num") is None:
        low, high = {"day": (7, 7), "week": (6, 6), "month": (6, 6), "year": (5, 5),
                     "decade": (3, 3)}.get(_unit(unit), (2, 2))
    direction = 1 if rel in ("next", "coming") else -1
    return make(m, "rolling", unit=_unit(unit), low=low, high=high, direction=direction, word=None)


def build_ago(m: re.Match[str], text: str) -> Mention | None:
    """'two weeks ago', 'a year later', 'three days earlier', 'five years from now'."""
    numbers = _numbers(m)
    if numbers is None:
        return None
    direction = m.group("dir").lower()
    sign = 1 if direction in ("later", "from now", "hence", "after") or "time" in direction else -1
    anaphoric = direction in ("later", "earlier", "before", "after")
    if direction in ("before", "after") and not re.match(
            r"\s*(?:[.,;)]|$|(?:he|she|they|we|I|it|the\s+family)\s+\w+(?:ed|ived|left|came|"
            r"went|fled|crossed|arrived|reached)\b)", text[m.end():]):
        return None  # "two days before the vote" counts from the vote, not the last time told
    low, high = numbers
    return make(m, "ago", unit=_unit(m.group("unit")), low=low, high=high, sign=sign,
                anaphoric=anaphoric)


def build_weekday(m: re.Match[str], text: str) -> Mention | None:
    """'on Wednesday', 'last Tuesday', 'Friday morning' (not 'Sunday Times', 'Bloody Sunday')."""
    rel = (m.group("rel") or "").lower() or None
    if _NAMES_AFTER_WEEKDAY.match(text, m.end()):
        return None
    before = previous_word(text, m.start())
    if not rel and before[:1].isupper() and before not in _WEEKDAY_CUES and not m.group("part") \
            and not re.search(r"[.!?]\s*$", text[max(0, m.start() - 3):m.start()]):
        return None
    if before.lower() in ("every", "each"):
        return None
    return make(m, "weekday", weekday=WEEKDAYS[m.group("wd").lower()], rel=rel)


def build_holiday(m: re.Match[str], text: str) -> Mention | None:
    """'Christmas', 'New Year's Eve 2015', 'last Easter'."""
    name = " ".join(m.group("hol").lower().split())
    year = int(m.group("year")) if m.group("year") else None
    return make(m, "holiday", name=name, year=year,
                rel=(m.group("rel") or "").lower() or None)


def _rule(pattern: str, builder: Builder, trigger: str) -> Rule:
    return re.compile(pattern), builder, re.compile(trigger)


_DEICTIC_REL = r"(?i:this|last|next|past|previous|coming|following|same|current|preceding|that)"
_PLURAL = r"(?i:days|weeks|months|years|decades|hours)"

RULES: tuple[Rule, ...] = (
    _rule(r"(?<![\w-])(?i:right\s+now|now(?!\s+and\s+(?:then|again))|currently|at\s+present|nowadays|these\s+days|"
          r"at\s+the\s+moment|today|tonight|this\s+(?:morning|afternoon|evening)|"
          r"(?:earlier|later)\s+today|yesterday(?:\s+(?:morning|afternoon|evening))?|tomorrow|"
          r"last\s+night|(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow)"
          r"(?![\w])", build_now,
          r"(?i:now|current|present|days|moment|today|tonight|morning|afternoon|evening|"
          r"yesterday|tomorrow|night)"),
    _rule(rf"(?<![\w-])(?:{MOD}|{EDGE})?(?:(?P<the>(?i:the))\s+)?(?:(?P<rel>{_DEICTIC_REL})\s+)?"
          r"(?:(?i:fiscal|financial|calendar)\s+)?(?P<unit>(?i:day|week|weekend|month|quarter|year|"
          r"decade|century))(?![\w-])", build_deictic,
          r"(?i:day|week|month|quarter|year|decade|century)"),
    _rule(r"(?<![\w-])(?:(?i:so|thus)\s+far\s+(?i:in\s+)?(?i:this|the\s+current)\s+"
          r"(?P<unit>(?i:week|month|year))|(?i:this)\s+(?P<unit2>(?i:week|month|year))\s+"
          r"(?i:so\s+far|to\s+date|thus\s+far))(?![\w-])",
          build_so_far, r"(?i:far|date)"),
    _rule(r"(?<![\w-])(?:(?i:the)\s+)?(?P<rel>(?i:next|following|same|previous|preceding|that))"
          r"\s+(?P<part>(?i:morning|afternoon|evening|night))(?![\w-])",
          build_day_part, r"(?i:morning|afternoon|evening|night)"),
    _rule(rf"(?<![\w-])(?:(?i:the)\s+)?(?P<rel>(?i:past|last|previous|next|coming|recent|"
          rf"preceding))\s+(?:(?P<num>{NUMBER})\s+)?(?P<unit>{_PLURAL})(?![\w-])",
          build_rolling, r"(?i:days|weeks|months|years|decades|hours)"),
    _rule(rf"(?<![\w-])(?P<num>{NUMBER})\s+(?P<unit>{UNIT})\s+(?P<dir>(?i:ago|earlier|later|"
          rf"from\s+now|hence|before|after))(?![\w-])(?!\s+than\b)",
          build_ago, r"(?i:ago|earlier|later|now|hence|before|after|time)"),
    _rule(rf"(?<![\w-])(?i:in\s+)?(?P<num>{NUMBER})\s+(?P<unit>{UNIT})['’]s?\s+(?P<dir>time)\b",
          build_ago, r"(?i:ago|earlier|later|now|hence|before|after|time)"),
    _rule(rf"(?<![\w-])(?:(?P<rel>(?i:last|this|next|past|coming|previous|following))\s+)?"
          rf"(?P<wd>{WEEKDAY})"
          r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?(?![A-Za-z])",
          build_weekday, r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"),
    _rule(rf"(?<![\w-])(?:(?P<rel>(?i:last|this|next))\s+)?(?P<hol>Christmas(?:\s+(?:Day|Eve))?|"
          rf"New\s+Year['’]s\s+(?:Day|Eve)|Boxing\s+Day|Halloween|Easter(?:\s+Sunday)?|"
          rf"Thanksgiving(?:\s+Day)?|Valentine['’]s\s+Day)"
          rf"(?:,?\s+(?P<year>{YEAR}))?(?![\w])",
          build_holiday, r"Christmas|New\s+Year|Boxing|Halloween|Easter|Thanksgiving|Valentine"),
)
