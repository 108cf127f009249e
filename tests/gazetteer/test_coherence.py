"""Spatial coherence between the place names of one document."""

from __future__ import annotations

from eventwire.gazetteer.centroids import ADMIN1_CENTROIDS
from eventwire.gazetteer.coherence import support
from eventwire.gazetteer.index import Candidate


def town(ident: int, name: str, lat: float, lon: float, pop: int = 5000,
         kind: str = "city") -> Candidate:
    return Candidate(ident, name, kind, "US", None, lat, lon, pop, None)


PARIS_TX, PARIS_TN = town(1, "Paris", 33.66, -95.56), town(2, "Paris", 36.30, -88.33)


ROXTON = town(3, "Roxton", 33.55, -95.73)


def test_support_favours_the_candidate_near_other_names() -> None:
    names = {"Paris": [PARIS_TX, PARIS_TN], "Roxton": [ROXTON]}
    got = support(names, {"Paris": (PARIS_TN, 0.6), "Roxton": (ROXTON, 0.9)})
    assert got.get(PARIS_TX.ident, 0.0) > got.get(PARIS_TN.ident, 0.0)


def test_support_counts_the_confidence_of_the_other_choices() -> None:
    names = {"Paris": [PARIS_TX, PARIS_TN], "Roxton": [ROXTON]}
    weak = support(names, {"Roxton": (ROXTON, 0.3)})
    strong = support(names, {"Roxton": (ROXTON, 0.9)})
    assert 0 < weak[PARIS_TX.ident] < strong[PARIS_TX.ident]


def test_support_ignores_areas_and_unambiguous_names() -> None:
    texas = Candidate(5, "Texas", "admin1", "US", None, 31.25, -99.25, 1, None)
    names = {"Paris": [PARIS_TX, PARIS_TN], "Texas": [texas], "Roxton": [ROXTON]}
    got = support(names, {"Texas": (texas, 0.9), "Roxton": (ROXTON, 1.0)})
    assert ROXTON.ident not in got and got.get(PARIS_TX.ident) == 1.0
    assert PARIS_TN.ident not in got  # Texas's point says nothing about Tennessee's Paris


def test_admin1_centroids_are_inside_their_countries() -> None:
    for (iso, _name), (lat, lon) in ADMIN1_CENTROIDS.items():
        if iso in {"US", "CA"}:
            assert 18 < lat < 72 and -170 < lon < -50
        else:
            assert iso == "AU" and -45 < lat < -10 and 110 < lon < 155
