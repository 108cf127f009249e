"""English DateTime cases of Microsoft Recognizers-Text (MIT licence), read from ../shared.

``SELECTED`` names the cases (by their input sentence) that are in scope for a
news normaliser and whose convention matches ours. Left out, by design:
chat-assistant forms ("next 4 business days", "this friday (jun-15)"),
lower-case month names, ranges whose end Recognizers-Text makes exclusive
("2014 to 2018" → 2014-2017; we include 2018), early/mid/late boundaries that
differ from ours, and "last Wednesday" read as "Wednesday of last week" (we read
the most recent Wednesday, as news does). Expected values come from the spec at
test time; the test skips when ../shared is absent.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest

from eventwire.temporal import find_times
from tests.conftest import SHARED, shared_or_skip

SPEC = ("data", "recognizers-text-specs", "DateTimeModel.json")

SELECTED: tuple[str, ...] = (
    "I'll go back 04th Jan 2019.",
    "I'll go back 03rd Jan 2019.",
    "I'll go back 02nd Jan 2019.",
    "I'll go back 01st Jan 2019.",
    "I'll go back today",
    "I'll go back tomorrow",
    "I'll go back yesterday",
    "I'll go back on Friday",
    "I'll be out this September",
    "I'll be out since tomorrow",
    "I'll be out since August",
    "You may get a message from me suggesting times today.",
    "I'll go back July 1st, 17th times.",
    "I was not there the same week that it happened.",
    "I was not there the same month that it happened.",
    "I was not there that weekend.",
    "I was not there the same year that it happened. ",
    "He will come after his parents after 2016 and before 2018, or before 2019",
    "Please find us a time to meet later this month",
    "Eli Lilly sold IVAC on Dec. 31 , 1994",
    "show me sales before 2010 or after 2018",
    "Show me the records in 21st century",
    "Maybe we can leave after 2018",
    "Show sales in 2007 and 2009",
    "Show sales in the year 2008",
    "Cortana, please set up a Skype call sometime Friday 2018-7-6 with Jim.",
    "Show me sales in the year of 2008",
    "please schedule something for the following week",
    "I can only leave on 1/1/2016 and after my work item is done",
    "What's your plan for Dec, 2018",
    "I don't remember the date, it should be next Monday or next Tuesday.",
    "Can you please find time for a conference call on Wednesday, Thursday or Friday, "
    "between 9-6 PT?",
    "I will finish the work later this week",
    "That one Tuesday was a blast!",
    "Do you have any plan after mid May?",
    "What happened before early September",
    "Do you have any arrangement on coming Thursday?",
    "Where were you on this past Wednesday?",
    "Where were you on past Wednesday?",
    "I'll stay in China before the year 2019.",
    "I'll stay in China after the year 2020.",
    "The sales went up during from 2017-q1 to 2018-q1",
    "The sales went up during from 2017 q1 to 2018 q1",
    "I have a lot of gains in this calendar year.",
    "Show sales in the calendar year 2008",
    "Sales for this quarter",
    "Sales for current quarter",
    "Sales for last quarter",
    "Let's discuss the work for the next quarter.",
    "Let's discuss the work for the following quarter.",
    "Sales for previous quarter",
    "Cortana could try to arrange a Skype call this or next week please?",
    "We've met last week this time, right?",
    "Was it last week or this?",
    "my vacation will start from October",
    "How about 2019-Q1",
    "This company was established at the end of 2000",
    "This company was established at the middle of 2000",
    "This company was established at the beginning of 2000",
    "We have lived here from the end of 1989",
    "We have lived here from mid 1989",
    "The file's name is sales_report-2002-10-09.xlsx",
    "Please schedule a meeting with everyone next week",
    "the first quarter of the year is usually slower",
    "The range is from 2007 to the end of 2008.",
    "The range is between 2007 and the end of 2008.",
    "It has been closed from April until the end of June.",
    "The range is from 2014",
    "Show sales of 2007 and 2009",
    "Feb 29th",
    "2/29/2020",
    "I'll go back 12/12/30.",
    "I'll go back 11/12/35.",
    "I'll go back 23/08/39.",
    "etfs with negative flows of at least $1k last month",
    "We will be only 3 next week.",
    "I was born in April of 1987",
    "-2020-07-01-",
    "www.example.com/users/12345/archive-2018-09-23-page-01",
    "What are the sales for the last quarter",
    "What are the sales for the next quarter",
    "Listen to 1990s music",
    "meet me next month",
)


def _expected(result: dict[str, Any]) -> list[tuple[str | None, str | None]]:
    """The spec's acceptable (earliest, latest) pairs, inclusive."""
    out: list[tuple[str | None, str | None]] = []
    for value in result["Resolution"]["values"]:
        if value.get("value") and value["value"] != "not resolved":
            out.append((value["value"], value["value"]))
        elif value.get("start") or value.get("end"):
            end = value.get("end")
            latest = (date.fromisoformat(end) - timedelta(days=1)).isoformat() if end else None
            out.append((value.get("start"), latest))
    return out


def _cases() -> list[Any]:
    path = SHARED.joinpath(*SPEC)
    if not path.exists():
        return [pytest.param(None, id="spec-absent")]
    wanted = set(SELECTED)
    cases = [
        c
        for c in json.loads(path.read_text(encoding="utf-8-sig"))
        if c["Input"] in wanted and (c.get("Context") or {}).get("ReferenceDateTime")
    ]
    return [
        pytest.param(c, id=f"{c['Input'][:50]}@{c['Context']['ReferenceDateTime'][:10]}")
        for c in cases
    ]


def test_recognizers_selection_is_present_in_spec() -> None:
    path = shared_or_skip(*SPEC)
    inputs = {c["Input"] for c in json.loads(path.read_text(encoding="utf-8-sig"))}
    assert set(SELECTED) <= inputs


@pytest.mark.parametrize("case", _cases())
def test_recognizers_case_resolves_like_spec(case: dict[str, Any] | None) -> None:
    if case is None:
        shared_or_skip(*SPEC)
        return
    published = date.fromisoformat(case["Context"]["ReferenceDateTime"][:10])
    found = find_times(case["Input"], published)
    for result in case["Results"]:
        start, end = result["Start"], result["End"] + 1
        got = [
            (
                t.earliest.isoformat() if t.earliest else None,
                t.latest.isoformat() if t.latest else None,
            )
            for t in found
            if t.start < end and t.end > start
        ]
        assert any(g in _expected(result) for g in got), (result["Text"], got)
