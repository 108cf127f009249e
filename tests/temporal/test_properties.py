"""Properties of find_times on random mixes of temporal words: it never fails, spans are true."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.temporal import find_times

WORDS = ["in", "on", "since", "until", "between", "and", "from", "to", "the", "last", "next",
         "this", "early", "late", "mid-", "end", "of", "March", "May", "December", "Sept.",
         "2012", "2015", "'58", "1990s", "spring", "winter", "Tuesday", "Sunday", "week",
         "weeks", "year", "years", "month", "ago", "later", "earlier", "now", "yesterday",
         "3", "21st", "-", ",", ".", "\n", "past", "recent", "two", "a", "few", "quarter",
         "first", "half", "century", "20th", "Christmas", "Easter", "fiscal", "weekend", "day"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14),
       st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31))))
def test_find_times_never_fails_and_spans_hold(words: list[str], published: date | None) -> None:
    text = " ".join(words)
    for t in find_times(text, published):
        assert text[t.start:t.end] == t.text
        if t.earliest is not None and t.latest is not None:
            assert t.earliest <= t.latest
        assert t.resolvable == (t.earliest is not None or t.latest is not None)
