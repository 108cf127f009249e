"""Where a place name stands in its text: the dateline, "Town, Province" pairs and lists.

These positions say what kind of place a name is before any gazetteer row is
chosen: a dateline names a town ("NEW YORK (AP) -"), the name after "Town, "
names its province or country ("Olympia, Washington"), and a name listed among
provinces is one too ("Alaska, Hawaii and Washington").
"""

from __future__ import annotations

import re

from eventwire.gazetteer.index import Candidate
from eventwire.gazetteer.match import Mention
from eventwire.gazetteer.resolve import Resolution

_DATELINE_CHARS = 80
_DATELINE_TAIL = re.compile(r"\)?\s?[,(—–-]")
_LIST_AFTER = re.compile(r",? (?:and|or) [A-Z]|, [A-Z][\w.]*(?: [A-Z][\w.]*)*(?:,| and | or )")
LIST_GAP = re.compile(r"^(?:,|,? and|,? or)\s*$|^\s*(?:and|or)\s*$")


def dateline(text: str, mentions: list[Mention]) -> int | None:
    """Index of the mention that is the article's dateline ("KABUL, Afghanistan (Reuters) -")."""
    for m in mentions[:1]:
        if m.start > _DATELINE_CHARS or m.demonym or text[:m.start].strip(" \t\"'“(") != "" \
                and not text[:m.start].endswith("\n"):
            break
        if _DATELINE_TAIL.match(text, m.end):
            return 0
    return None


def appositions(mentions: list[Mention], first: list[Resolution],
                 text: str) -> dict[int, Candidate]:
    """Mention index -> the country/province named right after it ("Tripoli, Lebanon")."""
    out: dict[int, Candidate] = {}
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        cand = first[k + 1].candidate
        if cand is not None and cand.kind in {"country", "admin1", "admin2"} and not b.demonym \
                and text[a.end:b.start].strip() == ",":
            out[k] = cand
    return out


def placed_by(r: Resolution, apposition: Candidate | None) -> bool:
    """Whether the province or country named right after a name holds the town it resolved
    to ("Bowling Green, Kentucky"): the pair says the name is a place."""
    cand = r.candidate
    if cand is None or apposition is None or cand.kind not in {"city", "admin2"}:
        return False
    if apposition.kind == "admin1":
        return cand.country == apposition.country and cand.admin1 == apposition.name
    return apposition.kind == "country" and cand.country == apposition.country


def roles(text: str, mentions: list[Mention], dateline: int | None) -> dict[int, str]:
    """Mention index -> "dateline", or "qualifier" for the name after "Town, " that no
    list goes on from ("Tacoma, Washington" but not "Paris, London, Berlin")."""
    roles = {dateline: "dateline"} if dateline is not None else {}
    for k in range(1, len(mentions)):
        a, b = mentions[k - 1], mentions[k]
        if b.demonym or a.demonym or text[a.end:b.start].strip() != ",":
            continue
        if k > 1 and text[mentions[k - 2].end:a.start].strip() == ",":
            continue  # a list: "Paris, London, Berlin"
        if _LIST_AFTER.match(text, b.end) is None:
            roles[k] = "qualifier"
    return roles


def peer_roles(text: str, mentions: list[Mention], first: list[Resolution],
                roles: dict[int, str]) -> dict[int, str]:
    """A name listed among provinces is one too ("Alaska, Hawaii and Washington"): two
    listed provinces beside it, or one joined by "and"/"or"."""
    out = dict(roles)
    for k, m in enumerate(mentions):
        if k in roles or m.demonym:
            continue
        votes = 0.0
        for n in (k - 1, k + 1):
            if not 0 <= n < len(mentions) or mentions[n].demonym:
                continue
            a, b = (mentions[n], m) if n < k else (m, mentions[n])
            gap = text[a.end:b.start]
            cand = first[n].candidate
            if cand is not None and cand.kind == "admin1" and LIST_GAP.match(gap):
                votes += 1.0 if re.search(r"\b(?:and|or)\b", gap) else 0.5
        if votes >= 1.0:
            out[k] = "qualifier"
    return out
