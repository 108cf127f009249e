"""The geoparse stage: recognition, demonyms, transliterations, context, contract fields."""

from __future__ import annotations

import pytest

from eventwire.gazetteer.match import Mention
from eventwire.gazetteer.resolve import Resolution
from eventwire.model import Place
from eventwire.stages.geoparse import _place
from tests.conftest import run_stages

KINDS = {"city", "admin1", "admin2", "country", "region", "feature", "demonym"}


def places(text: str) -> list[Place]:
    doc = run_stages(text, ["geoparse"])
    for p in doc.places:
        assert text[p.start:p.end] == p.text
        assert p.kind in KINDS and 0.0 <= p.confidence <= 1.0
    return list(doc.places)


def by_text(text: str) -> dict[str, Place]:
    return {p.text: p for p in places(text)}


def test_geoparse_resolves_countries_by_iso_code() -> None:
    found = by_text("Aid convoys crossed from Turkey into Syria on Monday.")
    assert found["Turkey"].country == "TR" and found["Turkey"].kind == "country"
    assert found["Syria"].country == "SY" and found["Syria"].geonames_id is not None


def test_geoparse_reports_demonyms_with_country_and_centroid() -> None:
    found = by_text("Turkish border guards turned back a group of Moroccans.")
    assert found["Turkish"].kind == "demonym" and found["Turkish"].country == "TR"
    assert found["Turkish"].lat is not None
    assert found["Moroccans"].country == "MA"


def test_geoparse_regional_demonyms_have_no_country() -> None:
    found = by_text("Several Europeans were among the passengers.")
    assert found["Europeans"].kind == "demonym" and found["Europeans"].country is None


@pytest.mark.parametrize(("spelling", "name"), [("Minbij", "Manbij"),
                                                ("Deir Azzour", "Deir ez-Zor")])
def test_geoparse_resolves_transliteration_variants(spelling: str, name: str) -> None:
    text = f"Omar Haddad said he had lived in {spelling} before leaving Syria last year."
    found = by_text(text)
    assert found[spelling].name == name and found[spelling].country == "SY"


def test_geoparse_apposition_picks_the_named_country() -> None:
    lebanon = by_text("Protesters gathered in Tripoli, Lebanon, on Friday.")["Tripoli"]
    libya = by_text("Protesters gathered in Tripoli, Libya, on Friday.")["Tripoli"]
    assert lebanon.country == "LB" and libya.country == "LY"


def test_geoparse_state_abbreviation_apposition_picks_the_state() -> None:
    found = by_text("The fire started in Columbus, Ga., late on Sunday.")
    assert found["Columbus"].country == "US" and found["Columbus"].admin1 == "Georgia"


def test_geoparse_document_context_picks_the_local_homonym() -> None:
    text = ("Mary Kowalski drove from Nashville to Paris, a small town in Henry County, "
            "Tennessee, to open a bakery on the square.")
    paris = by_text(text)["Paris"]
    assert paris.country == "US"


def test_geoparse_capital_wins_without_context() -> None:
    assert by_text("Ministers met in Paris on Tuesday.")["Paris"].country == "FR"


def test_geoparse_keeps_precision_on_organisations_and_people() -> None:
    texts = {p.text for p in places(
        "The Guardian spoke to Jordan Walker about the Nusra Front and Isis.")
        if p.kind != "demonym"}
    assert not texts & {"Guardian", "Nusra", "Nusra Front", "Isis", "Jordan", "Walker"}


def test_geoparse_finds_names_spacy_calls_organisations_in_place_context() -> None:
    found = by_text("Fighters withdrew from Syria's north, leaving al-Bab and Manbij "
                    "to rival groups.")
    assert found["al-Bab"].country == "SY"


def test_geoparse_regions_are_multi_country() -> None:
    found = by_text("Smugglers move people across the Sahel toward North Africa.")
    assert found["Sahel"].kind == "region" and found["Sahel"].country is None
    assert found["North Africa"].kind == "region"


def test_geoparse_province_head_prefers_the_province() -> None:
    text = "Shelling hit villages in Idlib province, in north-western Syria."
    idlib = [p for p in places(text) if p.text.startswith("Idlib")][0]
    assert idlib.country == "SY" and idlib.kind == "admin1"


def test_geoparse_unresolved_place_is_reported_with_null_coordinates() -> None:
    place = _place(3, Mention(10, 17, "Zorblat", "GPE"), Resolution(None, 0.0, "none"))
    assert place.id == "p3" and place.lat is None and place.lon is None
    assert place.confidence == 0.0 and place.geonames_id is None


def test_geoparse_ids_are_sequential() -> None:
    found = places("Troops moved from Iraq to Syria and then to Jordan.")
    assert [p.id for p in found] == [f"p{i}" for i in range(1, len(found) + 1)]
