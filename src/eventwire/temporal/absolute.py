"""Grammar rules for calendar expressions: dates, months, years, decades, seasons, quarters.

Month names must be capitalised ("may" and "march" are verbs); a bare "May" or
"March" also needs a cue word before it ("in May", not "Theresa May").
"""

from __future__ import annotations

import re

from eventwire.temporal.lexicon import (
    DAY,
    DECADE_WORDS,
    EDGE,
    MOD,
    MONTH,
    MONTH_FULL,
    MONTHS,
    ORDINAL,
    ORDINALS,
    SEASON,
    WEEKDAY,
    YEAR,
)
from eventwire.temporal.mention import Builder, Mention, Rule, make, mod_of, previous_word

_B = r"(?<![\w$£€,.])"  # not inside a number, a word or an amount
_E = r"(?![\w%]|[.,]\d)"
_WD = rf"(?:{WEEKDAY},?\s+(?:the\s+)?)?"
_YEAR_TAIL = rf"(?:(?:\s*,\s*|\s+)(?:of\s+)?(?P<year>{YEAR}){_E})?"
#: "11 April last year", "in May this year": a year told relative to publication.
_YEAR_REL = r"(?:\s+(?P<yrel>(?i:last|this|next))\s+(?i:year)(?![\w-]))?"

#: Words after a four-digit number that make it a count, not a year.
_COUNTED = re.compile(
    r"\s*(?:%|per\s*cent|percent|(?:people|persons|troops|soldiers|fighters|civilians|"
    r"refugees|migrants|men|women|children|families|residents|homes|houses|km|kilomet|metres|"
    r"meters|miles|tonnes|tons|barrels|dollars|euros|pounds|rounds|cases|deaths|votes|"
    r"members|workers|students|police|officers|prisoners|detainees|protesters|times|"
    r"vehicles|units|jobs|acres|hectares|square|feet|kg|calories)\b)")
_COUNT_CUES = {"about", "some", "nearly", "almost", "around", "approximately", "roughly", "than",
               "least", "estimated", "over", "No.", "no.", "number", "Resolution", "resolution",
               "Flight", "flight", "Route", "route", "page", "Article", "article", "Room"}
_BARE_CUES = {"in", "on", "since", "until", "till", "by", "from", "through", "during", "last",
              "next", "this", "of", "before", "after", "between", "and", "to", "or", "early",
              "late", "mid", "end", "each", "every", "that", "In", "On", "Since",
              "Until", "By", "From", "During", "Last", "Next", "This", "Before", "After",
              "Between", "Early", "Late", "Through", "Till", "Also", "then", "Then", "into",
              "throughout", "around", "Throughout", "Around", "mid-", "late-", "early-"}


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    return int(re.sub(r"\D", "", word))


def _year(m: re.Match[str], name: str = "year") -> int | None:
    value = m.group(name)
    return int(value) if value else None


def _is_count(text: str, m: re.Match[str]) -> bool:
    return bool(_COUNTED.match(text, m.end())) or previous_word(text, m.start()) in _COUNT_CUES


def _yrel(m: re.Match[str]) -> str | None:
    """'last', 'this' or 'next' of a trailing "… last year" (None when the year is written)."""
    rel = m.group("yrel") if "yrel" in m.re.groupindex else None
    return rel.lower() if rel and not m.group("year") else None


def build_day_month(m: re.Match[str], text: str) -> Mention | None:
    """'3 March 2015', 'the 3rd of March', 'Tuesday, 3 March', '11 April last year'."""
    return make(m, "date", year=_year(m), month=_month(m.group("mon")), day=_day(m.group("day")),
                yrel=_yrel(m))


def build_month_day(m: re.Match[str], text: str) -> Mention | None:
    """'March 3, 2015', 'Sept. 11', 'Tuesday, March 3', 'April 11 last year'."""
    if m.group("year") is None and _yrel(m) is None and _COUNTED.match(text, m.end()):
        return None
    return make(m, "date", year=_year(m), month=_month(m.group("mon")), day=_day(m.group("day")),
                yrel=_yrel(m))


def build_numeric(m: re.Match[str], text: str) -> Mention | None:
    """ISO '2015-03-03', '2015/3/3', and day-month-year '3/3/2015' (US order when the day fits)."""
    if m.group("iy"):
        year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    else:
        a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
        year = int(y) if len(y) == 4 else 2000 + int(y) if int(y) < 50 else 1900 + int(y)
        month, day = (a, b) if m.group("sep") == "/" and a <= 12 else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return make(m, "date", year=year, month=month, day=day)


def build_month_year(m: re.Match[str], text: str) -> Mention | None:
    """'March 2015', 'mid-March of 2015', 'the end of March 2015'."""
    return make(m, "month", year=_year(m), month=_month(m.group("mon")), mod=mod_of(m))


def build_bare_month(m: re.Match[str], text: str) -> Mention | None:
    """'in May', 'early September', 'last July' (May and March need a cue word)."""
    rel = (m.group("rel") or "").lower() or None
    cued = rel or mod_of(m) or m.group("yrel") or previous_word(text, m.start()) in _BARE_CUES
    if m.group("mon") in ("May", "March") and not cued:
        return None
    yrel = m.group("yrel").lower() if m.group("yrel") else None
    return make(m, "month", year=None, month=_month(m.group("mon")), mod=mod_of(m), rel=rel,
                yrel=yrel)


def build_year(m: re.Match[str], text: str) -> Mention | None:
    """'2012', 'early 2014', 'mid-2014', 'fiscal 2013', "'58"."""
    if m.group("short"):
        if previous_word(text, m.start()).lower() not in {"in", "of", "since", "until", "from",
                                                          "and", "to", "by"}:
            return None
        short = int(m.group("short"))
        return make(m, "year", year=1900 + short if short >= 30 else 2000 + short,
                    mod=mod_of(m))
    year = int(m.group("year"))
    if not mod_of(m) and not m.group("fy") and _is_count(text, m):
        return None
    if year < 1900 and not mod_of(m) and previous_word(text, m.start()) not in _BARE_CUES:
        return None  # "1600 Pennsylvania Avenue"
    return make(m, "year", year=year, mod=mod_of(m))


def build_year_range(m: re.Match[str], text: str) -> Mention | None:
    """'2012-2014', '2014-15', '1990–91'."""
    y1, tail = int(m.group("y1")), m.group("y2")
    y2 = int(tail) if len(tail) == 4 else y1 // 100 * 100 + int(tail)
    if not y1 < y2 <= y1 + 50:
        return None
    return make(m, "yearrange", y1=y1, y2=y2)


def build_day_range(m: re.Match[str], text: str) -> Mention | None:
    """'March 3-5, 2015', '3-5 March', 'between 1 and 5 March'."""
    d1, d2 = _day(m.group("d1")), _day(m.group("d2"))
    joined_by_and = " and " in m.group(0).lower()
    if d1 >= d2 or (joined_by_and and not ("between" in m.re.groupindex and m.group("between"))):
        return None
    return make(m, "dayrange", year=_year(m), month=_month(m.group("mon")), d1=d1, d2=d2)


def build_month_range(m: re.Match[str], text: str) -> Mention | None:
    """'July-August 2014', 'November–February 2017' (a year-end crossing starts the year before)."""
    m1, m2, year = _month(m.group("m1")), _month(m.group("m2")), int(m.group("year"))
    first = Mention(m.start(), m.start(), "month", {"year": year - 1 if m1 > m2 else year,
                                                   "month": m1, "mod": None})
    last = Mention(m.end(), m.end(), "month", {"year": year, "month": m2, "mod": None})
    start, end = m.span()
    return Mention(start, end, "range", {}, (first, last))


def build_decade(m: re.Match[str], text: str) -> Mention | None:
    """'the 1990s', "the '90s", 'the early nineties'."""
    if m.group("dec"):
        first = int(m.group("dec"))
    elif m.group("yy") or m.group("yy2"):
        if m.group("yy2") and not m.group("the"):
            return None
        yy = int(m.group("yy") or m.group("yy2"))
        first = 1900 + yy if yy >= 30 else 2000 + yy
    else:
        if not m.group("the"):
            return None
        first = 1900 + DECADE_WORDS[m.group("dw").lower()]
    return make(m, "decade", first=first, mod=mod_of(m))


def build_century(m: re.Match[str], text: str) -> Mention | None:
    """'the 20th century' (1900-1999), 'the early twenty-first century'."""
    word = m.group("ord").lower()
    n = int(re.sub(r"\D", "", word)) if word[0].isdigit() else ORDINALS.get(word, 0)
    if not 1 <= n <= 22:
        return None
    return make(m, "century", first=(n - 1) * 100, mod=mod_of(m))


def build_season(m: re.Match[str], text: str) -> Mention | None:
    """'last summer', 'spring 2015', 'the previous spring', 'in the autumn'."""
    season = m.group("season").lower()
    rel = (m.group("rel") or "").lower() or None
    year = _year(m)
    the = bool(m.group("the"))
    if not (rel or year or the or previous_word(text, m.start()).lower() in {"in", "during", "by",
                                                                            "this", "until"}):
        return None
    if season == "fall" and not (rel or year or the):
        return None
    if m.group("season")[0].isupper() and previous_word(text, m.start())[:1].isupper() \
            and not the and not rel:
        return None  # "Arab Spring", "Prague Spring"
    return make(m, "season", season=season, year=year, rel=rel, mod=mod_of(m))


def build_quarter(m: re.Match[str], text: str) -> Mention | None:
    """'the third quarter of 2015', 'Q3 2015', 'the first quarter'."""
    if m.group("qn"):
        q = int(m.group("qn"))
    else:
        q = ORDINALS.get(m.group("ord").lower(), 0) if not m.group("ord")[0].isdigit() \
            else int(m.group("ord")[0])
    if not 1 <= q <= 4:
        return None
    rel = (m.group("qrel") or "").lower() or None
    if m.group("ord") and m.group("ord").lower() == "last" and not (m.group("year") or rel):
        return make(m, "deictic", unit="quarter", rel=-1, mod=None, anaphoric=False)
    return make(m, "quarter", q=q, year=_year(m) or _year(m, "year2"), rel=rel)


def build_half(m: re.Match[str], text: str) -> Mention | None:
    """'the first half of 2016', 'the second half of this year', 'H2 2016'."""
    word = (m.group("h") or "").lower()
    half = int(m.group("hn")) if m.group("hn") else (1 if word == "first" else 2)
    rel = (m.group("hrel") or "").lower() or None
    return make(m, "half", half=half, year=_year(m) or _year(m, "year2"), rel=rel)


def build_week_of_month(m: re.Match[str], text: str) -> Mention | None:
    """'the first week of March', 'the last week of June 2015'."""
    return make(m, "week_of_month", ord=ORDINALS.get(m.group("ord").lower(), 1),
                last=m.group("ord").lower() in ("last", "final"),
                month=_month(m.group("mon")), year=_year(m))


def _rule(pattern: str, builder: Builder, trigger: str) -> Rule:
    return re.compile(pattern), builder, re.compile(trigger)


_MONTH_HIT = "|".join(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                       "Nov", "Dec"] + [w.upper() for w in MONTH_FULL.split("|")])


_REL = r"(?P<rel>(?i:last|this|next|past|previous|coming|following))"
_SEASON_REL = r"(?P<rel>(?i:last|this|next|past|previous|coming|following|same|that))"
_THEYEAR = r"(?:(?P<qrel>(?i:this|last|next|that|the))\s+(?:(?i:fiscal|financial)\s+)?(?i:year))"

RULES: tuple[Rule, ...] = (
    _rule(rf"{_B}(?P<core>{_WD}(?:(?i:the)\s+)?(?P<day>{DAY})(?:\s+(?i:of))?\s+(?P<mon>{MONTH})"
          rf"{_YEAR_TAIL}{_YEAR_REL})", build_day_month, _MONTH_HIT),
    _rule(rf"{_B}(?P<core>{_WD}(?P<mon>{MONTH})\s+(?:(?i:the)\s+)?(?P<day>{DAY})"
          rf"(?!\s*[:.]\d){_YEAR_TAIL}{_YEAR_REL})(?![\w%])", build_month_day, _MONTH_HIT),
    _rule(rf"{_B}(?:(?P<iy>{YEAR})-(?P<im>[01]?\d)-(?P<id>[0-3]?\d)|(?P<a>[0-3]?\d)(?P<sep>[/.])"
          rf"(?P<b>[0-3]?\d)(?P=sep)(?P<y>{YEAR}|\d\d))(?![\w/.]\d|\d)", build_numeric,
          r"\d[-/.]\d"),
    _rule(rf"{_B}(?:{MOD}|{EDGE})?(?P<mon>{MONTH})(?:\s+(?i:of)\s+|,?\s+)(?P<year>{YEAR}){_E}",
          build_month_year, _MONTH_HIT),
    _rule(rf"(?<![\w-])(?:{MOD}|{EDGE})?(?:{_REL}\s+)?(?P<mon>{MONTH_FULL})(?![\w-])"
          + _YEAR_REL, build_bare_month, _MONTH_HIT),
    _rule(rf"(?:{MOD}|{EDGE})?(?:(?P<fy>(?i:fiscal|financial)\s+(?:(?i:year)\s+)?|FY\s?)|"
          rf"(?i:the\s+year\s+))?(?:{_B}(?P<year>{YEAR})|(?<![\w'’])['’](?P<short>\d\d))"
          rf"(?![\w%'’]|[.,]\d|\s*[-–]\s*\d)", build_year, r"\d\d"),
    _rule(rf"{_B}(?P<y1>{YEAR})\s*(?:[-–/]|\s(?i:to|through)\s)\s*(?P<y2>{YEAR}|\d\d)"
          rf"(?![\w%]|[.,]\d)", build_year_range, r"\d\d\d\d"),
    _rule(rf"{_B}(?:(?P<mon>{MONTH})\s+(?P<d1>{DAY})\s*(?:[-–]|\s(?i:to|through|until)\s)\s*"
          rf"(?P<d2>{DAY}){_YEAR_TAIL})(?![\w%])", build_day_range, _MONTH_HIT),
    _rule(rf"(?:(?P<between>(?i:between))\s+)?{_B}(?P<d1>{DAY})\s*(?:[-–]|\s(?i:to|until|and)\s)"
          rf"\s*(?P<d2>{DAY})(?:\s+(?i:of))?\s+(?P<mon>{MONTH}){_YEAR_TAIL}(?![\w%])",
          build_day_range, _MONTH_HIT),
    _rule(rf"{_B}(?P<m1>{MONTH})\s*[-–/]\s*(?P<m2>{MONTH}),?\s+(?P<year>{YEAR}){_E}",
          build_month_range, _MONTH_HIT),
    _rule(rf"(?P<core>(?P<the>(?i:the)\s+)?(?:{MOD}|{EDGE})?(?:(?P<dec>(?:1[6-9]|20)\d0)['’]?s|"
          rf"['’](?P<yy>\d0)['’]?s|(?<![\w'’])(?P<yy2>[2-9]0)s|"
          rf"(?P<dw>(?i:{'|'.join(DECADE_WORDS)}))))\b", build_decade, r"0['’]?s\b|(?i:ties)\b"),
    _rule(rf"(?:(?i:the)\s+)?(?:{MOD}|{EDGE})?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|"
          rf"(?i:twenty-first|twentieth|nineteenth|eighteenth|seventeenth|sixteenth))"
          rf"[\s-](?i:century)\b", build_century, r"(?i:century)"),
    _rule(rf"(?:{MOD}|{EDGE})?(?:(?P<the>(?i:the))\s+)?(?:{_SEASON_REL}\s+)?(?P<season>{SEASON})"
          rf"(?:(?:\s+(?i:of)\s+|,?\s+)(?P<year>{YEAR}){_E})?(?![\w-])", build_season,
          r"(?i:spring|summer|autumn|fall|winter)"),
    _rule(rf"(?:(?i:the)\s+)?(?:(?P<ord>{ORDINAL})\s+(?i:quarter)(?:\s+(?i:of)\s+(?:(?P<year>{YEAR})|"
          rf"{_THEYEAR}))?|Q(?P<qn>[1-4])(?:\s*(?P<year2>{YEAR}))?)\b",
          build_quarter, r"(?i:quarter)|Q[1-4]"),
    _rule(rf"(?:(?i:the)\s+)?(?:(?P<h>(?i:first|second|latter))\s+(?i:half)\s+(?i:of)\s+"
          rf"(?:(?P<year>{YEAR})|(?P<hrel>(?i:this|last|next|that|the))\s+(?i:year))|"
          rf"H(?P<hn>[12])\s+(?P<year2>{YEAR}))\b", build_half, r"(?i:half)|H[12]"),
    _rule(rf"(?:(?i:the)\s+)?(?P<ord>(?i:first|second|third|fourth|last|final))\s+(?i:week)\s+"
          rf"(?i:of)\s+(?P<mon>{MONTH}){_YEAR_TAIL}\b", build_week_of_month, r"(?i:week)"),
)
