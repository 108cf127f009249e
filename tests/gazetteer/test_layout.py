"""Where a name stands: datelines, "Town, Province" pairs and lists."""

from __future__ import annotations

import re

import pytest

from eventwire.gazetteer import layout
from eventwire.gazetteer.index import Candidate
from eventwire.gazetteer.match import Mention
from eventwire.gazetteer.resolve import Resolution


def mentions(text: str, *names: str) -> list[Mention]:
    out, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        out.append(Mention(start, start + len(name), name, "GPE"))
        pos = start + len(name)
    return out


def admin1(name: str) -> Resolution:
    cand = Candidate(1, name, "admin1", "US", None, 40.0, -100.0, 1_000_000, None)
    return Resolution(cand, 0.9, "exact")


@pytest.mark.parametrize("text", ["NEW YORK (AP) - Shares fell.", "(WASHINGTON) — Senators met.",
                                  "KABUL, Afghanistan - Gunmen attacked."])
def test_layout_dateline_found_at_the_start(text: str) -> None:
    name = re.match(r"\(?([A-Z ]+[A-Z])", text).group(1)  # type: ignore[union-attr]
    assert layout.dateline(text, mentions(text, name)) == 0


def test_layout_dateline_absent_in_running_text() -> None:
    text = "Officials in Kabul said on Monday that gunmen attacked."
    assert layout.dateline(text, mentions(text, "Kabul")) is None


def test_layout_name_after_town_and_comma_is_a_qualifier_unless_listed() -> None:
    text = "She moved from Olympia, Washington to Boise."
    assert layout.roles(text, mentions(text, "Olympia", "Washington", "Boise"), None) == \
        {1: "qualifier"}
    listed = "Teams from Paris, London, Berlin and Rome met."
    assert layout.roles(listed, mentions(listed, "Paris", "London", "Berlin", "Rome"), None) == {}


def test_layout_name_listed_among_provinces_is_a_qualifier() -> None:
    text = "They flew to Alaska, Hawaii and Washington."
    ms = mentions(text, "Alaska", "Hawaii", "Washington")
    first = [admin1("Alaska"), admin1("Hawaii"), Resolution(None, 0.0, "none")]
    assert layout.peer_roles(text, ms, first, {})[2] == "qualifier"
