"""The compiled index: lookups, caching and load time (the GeoNames import: test_import.py)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from eventwire.gazetteer import cache, index
from eventwire.gazetteer.build import _area_population
from eventwire.gazetteer.fold import skeleton_key


@pytest.fixture(scope="module")
def gaz() -> index.Gazetteer:
    return index.load()


def test_index_finds_countries_admin_areas_and_cities(gaz: index.Gazetteer) -> None:
    assert gaz.lookup("syria")[0].kind == "country"
    kinds = {(c.kind, c.country) for c in gaz.lookup("idlib")}
    assert ("admin1", "SY") in kinds and ("city", "SY") in kinds
    texas = [c for c in gaz.lookup("texas") if c.kind == "admin1"][0]
    assert texas.country == "US" and 29 < texas.lat < 34 and -102 < texas.lon < -96


def test_index_keys_names_without_their_article(gaz: index.Gazetteer) -> None:
    assert any(c.country == "SY" for c in gaz.lookup("qamishli"))


def test_index_skeleton_finds_manbij(gaz: index.Gazetteer) -> None:
    assert "Manbij" in {c.name for c in gaz.lookup_skeleton(skeleton_key("Minbij"))}


def test_index_demonyms_point_to_countries_and_regions(gaz: index.Gazetteer) -> None:
    turkish = gaz.demonym("turkish")
    assert turkish is not None and turkish.country == "TR" and turkish.lat is not None
    europeans = gaz.demonym("europeans")
    assert europeans is not None and europeans.kind == "region" and europeans.country is None


def test_index_marks_capitals(gaz: index.Gazetteer) -> None:
    paris = [c for c in gaz.lookup("paris") if c.kind == "city" and c.country == "FR"][0]
    assert gaz.is_capital(paris.ident)


def test_index_loads_within_a_second(gaz: index.Gazetteer) -> None:
    start = time.perf_counter()
    index.load()
    assert time.perf_counter() - start < 1.0


def test_cache_dir_honours_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path))
    assert cache.cache_dir() == tmp_path
    monkeypatch.delenv("EVENTWIRE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "eventwire"


def test_index_district_does_not_inherit_a_metropolis_named_otherwise(
        gaz: index.Gazetteer) -> None:
    # Perth's point falls in the small Cambridge district of Western Australia; the
    # district must not outrank Cambridge, England, on Perth's two million people.
    ranked = sorted(gaz.lookup("cambridge"), key=lambda c: -c.population)
    assert (ranked[0].country, ranked[0].kind) == ("GB", "city")
    assert all(c.population < 1_000_000 for c in ranked)


def test_area_population_keeps_a_county_seat_and_drops_a_stray_metropolis() -> None:
    seat = [{"name": "Jasper", "population": 14_000}, {"name": "Cordova", "population": 2_000}]
    assert _area_population(seat, "Walker County") == 16_000
    metro = [{"name": "Perth", "population": 2_000_000}, {"name": "Wembley", "population": 9_000}]
    assert _area_population(metro, "Cambridge") == 9_000
    own = [{"name": "Los Angeles", "population": 3_900_000},
           {"name": "Downey", "population": 110_000}]
    assert _area_population(own, "Los Angeles County") == 4_010_000


def test_index_district_is_keyed_without_its_generic_prefix(gaz: index.Gazetteer) -> None:
    assert any(c.kind == "admin2" and c.country == "PH" for c in gaz.lookup("laguna"))
    assert not any(c.kind == "admin2" for c in gaz.lookup("pike"))  # "Pike County" stays whole
