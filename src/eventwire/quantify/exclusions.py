"""Figures that are not quantities: dates, years, times of day, phone numbers, addresses, ids.

``is_blocked`` tells whether a figure lies in a stretch of text (dates such as
"12 September 2017" or
"2017-09-12", times such as "3.30pm", phone numbers, street addresses, names
such as "Resolution 2254" or "F-16") in which no figure is a quantity;
``is_year`` tells a bare year from a count.
"""

from __future__ import annotations

import re

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_ID_WORDS = (r"No\.?|Nos\.?|Number|Article|Articles|Resolution|Route|Highway|Flight|Chapter"
             r"|Section|Room|Platform|Gate|Apt\.?|Suite|Level|Phase|Season|Episode|Paragraph"
             r"|Page|pp?\.|Rule|Amendment|Bill|Proposition|Prop\.|Case|Interstate|Channel"
             r"|Unit|Block|Building|Row|Zone|Sector|Ward|Bus|Line|Track|Pier|Terminal|Floor"
             r"|Exit|Junction|Lot|Box|Code|Model|Version|v\.?|Category|Level|Grade|Class|Group"
             r"|Formula|Title|Schedule|Protocol|Cell|Camp|Precinct|District|Squadron|Regiment"
             r"|Battalion|Brigade|Division|Corps|Army|Fleet|Week|Day|Round|Stage|Game|Match")
BLOCK_RE = re.compile(
    "|".join([
        r"\b\d{4}-\d{1,2}-\d{1,2}\b",                                    # 2017-09-12
        r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b",                            # 12/09/2017
        r"\b\d{1,2}/\d{1,2}\b",                                          # 9/11, 24/7
        r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?\b|GMT|UTC|BST|EST|CET|hrs?\b)",
        r"\b\d{1,2}:\d{2}(?::\d{2})?\b",                                 # 10:30
        r"\b\d{1,2}\s?[ap]\.m\.|\b\d{1,2}\s?[ap]m\b|\b\d{1,2}\s?o['’]clock\b",
        r"\b\d{4}\s?(?:GMT|UTC|BST|EST|CET|hrs|hours\s+GMT)\b",          # 0900 GMT
        r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}[\s.-]\d{3,4}[\s.-]\d{3,4}\b",
        r"\b\d{3}-\d{4}\b",                                              # 555-0123
        r"\b(?:19|20)?\d0s\b|['’]\d0s\b",                                # the 1990s, the '80s
        rf"\b{_MONTH}\s+{_DAY}(?:\s*,?\s*\d{{4}})?(?!\s*(?:[,.]\d|%|\s*per\s?cent))\b",
        rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:\s*,?\s*\d{{4}})?",
        rf"\b{_MONTH}\s*,?\s+\d{{4}}\b",
        r"\b\d+[A-Za-z]?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard"
        r"|Blvd|Lane|Ln|Drive|Dr|Way|Square|Place|Court|Terrace|Crescent|Close)\b\.?",
        rf"\b(?:{_ID_WORDS})\s+\d+[A-Za-z]?\b",
        r"\b(?!(?:sub|minus|to|now)-)[A-Za-z]+-\d+[A-Za-z]?\b",          # F-16, Covid-19
        r"\b(?:AD|BC|BCE|CE)\s+\d+\b|\b\d+\s+(?:AD|BC|BCE|CE)\b",
        r"\b\d+(?:st|nd|rd|th)\b",                                       # ordinals
    ]),
)

def is_blocked(text: str, start: int, end: int) -> bool:
    """True when [start, end) lies in a date, time, phone number, address or id.

    Only a window around the figure is searched, so the cost does not grow with
    the length of the text.
    """
    lo = max(0, start - 40)
    return any(m.start() < end and start < m.end()
               for m in BLOCK_RE.finditer(text, lo, min(len(text), end + 40)))


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) overlaps one of the sorted ``spans``."""
    for s, e in spans:
        if s >= end:
            return False
        if e > start:
            return True
    return False


def is_year(figure: str) -> bool:
    """A bare four-digit figure between 1000 and 2100 ("2017"), which reads as a year."""
    return bool(re.fullmatch(r"1\d{3}|20\d{2}|2100", figure.strip()))
