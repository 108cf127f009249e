"""Hand tables: demonyms and regions."""

from __future__ import annotations

from eventwire.gazetteer.demonyms import demonym_table, generate
from eventwire.gazetteer.regions import REGIONS


def test_generate_makes_regular_demonyms() -> None:
    made = generate({"SY": "Syria", "KE": "Kenya", "MX": "Mexico", "GB": "United Kingdom"})
    assert made == {"Syrian": "SY", "Kenyan": "KE", "Mexican": "MX"}


def test_demonym_table_has_irregular_forms_and_plurals() -> None:
    table = demonym_table({"SY": "Syria"})
    assert table["Syrians"] == "SY"
    assert table["Turkish"] == "TR"
    assert table["Saudis"] == "SA"
    assert table["Frenchmen"] == "FR"
    assert "Frenchs" not in table and "Swisss" not in table


def test_demonym_table_regional_targets_exist() -> None:
    targets = {t for t in demonym_table({}).values() if len(t) > 2}
    continents = {"Europe", "Africa", "Asia", "North America", "South America", "Oceania"}
    assert targets <= set(REGIONS) | continents
