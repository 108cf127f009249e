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


HENRY_GA = town(10, "Henry County", 33.42, -84.19, 64781, "admin2")
HENRY_TN = town(11, "Henry County", 36.30, -88.33, 10150, "admin2")
PARIS_FR = Candidate(12, "Paris", "city", "FR", None, 48.85, 2.35, 2_138_551, None)


def test_support_pairs_a_town_with_the_county_it_lies_in() -> None:
    """"Paris and Henry County": whatever either name currently resolves to, the Paris
    that lies in one of the Henry Counties is the one meant, and that county too."""
    names = {"Paris": [PARIS_FR, PARIS_TX, PARIS_TN], "Henry County": [HENRY_GA, HENRY_TN]}
    got = support(names, {"Paris": (PARIS_FR, 0.9), "Henry County": (HENRY_GA, 0.6)})
    assert got.get(PARIS_TN.ident, 0.0) > got.get(PARIS_TX.ident, 0.0)
    assert got.get(PARIS_TN.ident, 0.0) > got.get(PARIS_FR.ident, 0.0)
    assert got.get(HENRY_TN.ident, 0.0) > got.get(HENRY_GA.ident, 0.0)


def test_support_pairs_only_towns_with_counties() -> None:
    """Two towns that each have namesakes near one another say nothing by themselves
    ("London" and "Paris" are also neighbours in Ontario)."""
    london_gb = Candidate(20, "London", "city", "GB", None, 51.51, -0.13, 8_961_989, None)
    london_on = Candidate(21, "London", "city", "CA", None, 42.98, -81.23, 346_765, None)
    paris_on = Candidate(22, "Paris", "city", "CA", None, 43.20, -80.38, 12_310, None)
    names = {"Paris": [PARIS_FR, paris_on], "London": [london_gb, london_on]}
    got = support(names, {"Paris": (PARIS_FR, 0.9), "London": (london_gb, 0.9)})
    assert not got.get(paris_on.ident) and not got.get(london_on.ident)


def test_support_does_not_pair_a_county_with_its_own_name() -> None:
    """"Plymouth" says nothing of which Plymouth County is meant."""
    plymouth_ma = town(30, "Plymouth", 41.96, -70.67, 56_000)
    county_ma = town(31, "Plymouth County", 41.99, -70.74, 500_000, "admin2")
    county_ia = town(32, "Plymouth County", 42.74, -96.21, 25_000, "admin2")
    hinton = town(33, "Hinton", 42.62, -96.29, 900)
    names = {"Plymouth": [plymouth_ma], "Plymouth County": [county_ma, county_ia],
             "Hinton": [hinton]}
    got = support(names, {})
    assert got.get(county_ia.ident, 0.0) > got.get(county_ma.ident, 0.0)


def test_support_pairs_nothing_outside_the_province_the_article_names() -> None:
    """A Kentucky story naming "Atlanta" and "Madison County" is not about the Atlanta
    that lies near Indiana's Madison County."""
    atlanta_ga = Candidate(40, "Atlanta", "city", "US", "Georgia", 33.75, -84.39, 498_715, None)
    atlanta_in = Candidate(41, "Atlanta", "city", "US", "Indiana", 40.22, -86.03, 735, None)
    madison_in = Candidate(42, "Madison County", "admin2", "US", "Indiana", 40.16, -85.72,
                           130_000, None)
    madison_ky = Candidate(43, "Madison County", "admin2", "US", "Kentucky", 37.72, -84.28,
                           92_000, None)
    kentucky = Candidate(44, "Kentucky", "admin1", "US", None, 37.5, -85.0, 4_500_000, None)
    names = {"Atlanta": [atlanta_ga, atlanta_in], "Madison County": [madison_in, madison_ky],
             "Kentucky": [kentucky]}
    got = support(names, {"Kentucky": (kentucky, 0.95)})
    assert not got.get(atlanta_in.ident)


def test_support_pairs_in_a_province_the_other_places_lie_in() -> None:
    """A Kansas story that mentions Illinois in passing still pairs Manhattan, Kansas with
    the county it lies in, as its other towns are in Kansas."""
    manhattan_ny = Candidate(50, "Manhattan", "city", "US", "New York", 40.78, -73.97,
                             1_600_000, None)
    manhattan_ks = Candidate(51, "Manhattan", "city", "US", "Kansas", 39.18, -96.57,
                             52_000, None)
    county = Candidate(52, "Pottawatomie County", "admin2", "US", "Kansas", 39.38, -96.34,
                       24_000, None)
    illinois = Candidate(53, "Illinois", "admin1", "US", None, 40.0, -89.0, 12_000_000, None)
    wamego = Candidate(54, "Wamego", "city", "US", "Kansas", 39.20, -96.30, 4_700, None)
    names = {"Manhattan": [manhattan_ny, manhattan_ks], "Pottawatomie County": [county],
             "Illinois": [illinois], "Wamego": [wamego]}
    got = support(names, {"Illinois": (illinois, 0.95), "Wamego": (wamego, 0.95)})
    assert got.get(manhattan_ks.ident, 0.0) > got.get(manhattan_ny.ident, 0.0)
