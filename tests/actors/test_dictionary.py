"""The actor dictionary: longest names, capitals-only acronyms, dated rows, user files."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors import ENV_VAR, load_dictionary
from eventwire.actors.dictionary import parse_rows, shipped_rows
from eventwire.errors import InputError


def test_dictionary_shipped_rows_are_valid_and_sourced() -> None:
    rows = shipped_rows()
    assert len(rows) >= 30
    assert all(1 <= r.inter <= 8 and r.source for r in rows)


def test_dictionary_finds_the_longest_name_inside_the_words() -> None:
    d = load_dictionary()
    assert d.find("fighters of the Islamic State West Africa Province").name == (  # type: ignore[union-attr]
        "Islamic State West Africa Province")
    assert d.find("Islamic State militants").inter == 2  # type: ignore[union-attr]
    assert d.find("a crowd in the street") is None


def test_dictionary_acronyms_match_in_capitals_only() -> None:
    d = load_dictionary()
    assert d.find("UN peacekeepers").inter == 8  # type: ignore[union-attr]
    assert d.find("IS fighters").name == "Islamic State"  # type: ignore[union-attr]
    assert d.find("this is it") is None


def test_dictionary_rows_hold_between_their_dates() -> None:
    d = load_dictionary()
    assert d.find("RSF fighters", "2022-06-01").inter == 1  # type: ignore[union-attr]
    assert d.find("RSF fighters", "2023-06-01").inter == 2  # type: ignore[union-attr]
    assert d.find("the Taliban", "2019-01-01").inter == 2  # type: ignore[union-attr]
    assert d.find("the Taliban", "2022-01-01").inter == 1  # type: ignore[union-attr]


def test_dictionary_user_file_adds_and_overrides(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    own = tmp_path / "mine.tsv"
    own.write_text("name\tinter\tcountry\taliases\tvalid_from\tvalid_until\tsource\n"
                   "Kassala Hunters\t4\tSD\tKH\t\t\tmy notes\n"
                   "Boko Haram\t3\tNG\t\t\t\tmy reading\n", encoding="utf-8")
    d = load_dictionary([own])
    assert (d.find("Kassala Hunters").inter, d.find("KH men").country) == (4, "SD")  # type: ignore[union-attr]
    assert d.find("Boko Haram fighters").inter == 3  # type: ignore[union-attr]
    monkeypatch.setenv(ENV_VAR, str(own))
    assert load_dictionary().find("Kassala Hunters") is not None


def test_dictionary_bad_row_names_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"mine.tsv:2: inter must be a number from 1 to 8"):
        parse_rows(["name\tinter", "Some group\t9"], "mine.tsv")
    with pytest.raises(InputError, match="alpha-2"):
        parse_rows(["Some group\t2\tSudan"], "mine.tsv")
    with pytest.raises(InputError, match="cannot read"):
        load_dictionary([tmp_path / "absent.tsv"])
