"""``gazetteer import``: GeoNames dumps streamed into tables, resumable, filtered, indexed."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

import eventwire.cli.gazetteer  # noqa: F401  (registers the command group)
from eventwire.cli import app
from eventwire.errors import InputError
from eventwire.gazetteer import build, cache, geonames_import


def _line(gid: int, name: str, alts: str, lat: float, lon: float, fclass: str, fcode: str,
          cc: str, admin1: str, population: int) -> str:
    """One line exactly as GeoNames writes it: 19 tab-separated columns."""
    ascii_name = name.encode("ascii", "ignore").decode() or name
    return "\t".join([str(gid), name, ascii_name, alts, f"{lat:.5f}", f"{lon:.5f}", fclass, fcode,
                      cc, "", admin1, "", "", "", str(population), "", "350",
                      "Asia/Damascus", "2024-01-01"])


def _dump(n_towns: int = 0) -> str:
    lines = [
        _line(9000001, "Zorblat", "Zorblatt,ZRB,زوربلات", 36.1, 37.2, "P", "PPL", "SY", "09", 1200),
        _line(9000002, "Wadi Qerem", "", 35.0, 38.0, "H", "WAD", "SY", "09", 0),
        _line(9000003, "Some Hotel", "", 35.0, 38.0, "S", "HTL", "SY", "09", 0),
        _line(9000004, "Qerem Refugee Camp", "Qerem Camp", 35.1, 38.1, "S", "CMPRF", "SY", "09",
              0),
        _line(9000005, "Muhafazat Zorb", "Zorb Governorate", 36.0, 37.0, "A", "ADM1", "SY", "09",
              0),
        _line(9000006, "Hamlet Far", "", 2.0, 45.0, "P", "PPL", "SO", "04", 0),
    ]
    lines += [_line(9100000 + k, f"Townlet {k}", "", 36.0, 37.0, "P", "PPL", "SY", "09", 600)
              for k in range(n_towns)]
    return "\n".join(lines) + "\n"


@pytest.fixture
def cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_parse_keeps_places_features_camps_not_buildings(tmp_path: Path) -> None:
    dump = tmp_path / "SY.txt"
    dump.write_text(_dump(), encoding="utf-8")
    rows = list(geonames_import.read_dump(dump))
    kinds = [(r[0], r[1]) for r, _names in rows]
    assert kinds == [("Zorblat", "city"), ("Wadi Qerem", "feature"),
                     ("Qerem Refugee Camp", "feature"), ("Muhafazat Zorb", "admin1"),
                     ("Hamlet Far", "city")]
    names = rows[0][1]
    assert "Zorblatt" in names and "ZRB" not in names  # codes and other scripts left out
    assert rows[0][0][3] == "09"  # the admin1 code, named at build time


def test_parse_ignores_short_or_malformed_lines() -> None:
    assert geonames_import.parse_line("just some text\n") is None
    assert geonames_import.parse_line("\t".join(["x"] * 19)) is None


def test_import_streams_a_zip_into_its_own_table(cache_dir: Path, tmp_path: Path) -> None:
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("readme.txt", "not a table")
        zf.writestr("SY.txt", _dump())
    result = geonames_import.import_dump(archive)
    assert result.rows == 5 and result.resumed_from == 0
    assert result.table == cache.imported_dir() / "SY.tsv"
    assert [r[0] for r, _n in cache.read_imported(result.table)][0] == "Zorblat"


def test_import_filters_by_country_and_population(cache_dir: Path, tmp_path: Path) -> None:
    dump = tmp_path / "allCountries.txt"
    dump.write_text(_dump(), encoding="utf-8")
    result = geonames_import.import_dump(dump, countries=frozenset({"SY"}), min_population=1000)
    names = {r[0] for r, _n in cache.read_imported(result.table)}
    assert "Zorblat" in names and "Hamlet Far" not in names  # Somalia left out
    assert "Wadi Qerem" in names  # features are not populated places: kept


def test_import_resumes_after_an_interruption(cache_dir: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    dump = tmp_path / "SY.txt"
    dump.write_text(_dump(n_towns=250), encoding="utf-8")
    monkeypatch.setattr(geonames_import, "CHECKPOINT_LINES", 100)

    def crash(lines: int, rows: int) -> None:
        if lines >= 200:
            raise KeyboardInterrupt  # the user pressed Ctrl-C after the second checkpoint

    with pytest.raises(KeyboardInterrupt):
        geonames_import.import_dump(dump, progress=crash)
    assert not (cache.imported_dir() / "SY.tsv").exists()  # nothing half-done is indexed
    assert cache.imported_tables() == []
    result = geonames_import.import_dump(dump)
    assert result.resumed_from == 200 and result.lines == 256
    rows = [r[7] for r, _n in cache.read_imported(result.table)]
    assert len(rows) == len(set(rows)) == 255  # every kept line once, none twice


def test_import_starts_over_when_the_file_changed(cache_dir: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    dump = tmp_path / "SY.txt"
    dump.write_text(_dump(n_towns=250), encoding="utf-8")
    monkeypatch.setattr(geonames_import, "CHECKPOINT_LINES", 100)

    def crash(lines: int, rows: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        geonames_import.import_dump(dump, progress=crash)
    dump.write_text(_dump(n_towns=10), encoding="utf-8")
    result = geonames_import.import_dump(dump)
    assert result.resumed_from == 0 and result.rows == 15


def test_import_missing_or_broken_file_raises_input_error(cache_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        geonames_import.import_dump(tmp_path / "nope.zip")
    fake = tmp_path / "SY.zip"
    fake.write_text("not a zip", encoding="utf-8")
    with pytest.raises(InputError, match="not a zip"):
        geonames_import.import_dump(fake)


def test_imported_rows_join_the_build_with_province_names(cache_dir: Path,
                                                          tmp_path: Path) -> None:
    before = cache.source_version()
    dump = tmp_path / "SY.txt"
    dump.write_text(_dump(), encoding="utf-8")
    geonames_import.import_dump(dump)
    assert cache.source_version() != before  # the next load rebuilds the index
    rows = {r[0]: (r, names) for r, names in build._imported_rows({9000006})}
    assert "Hamlet Far" not in rows  # already in the packaged data (same GeoNames id)
    zorblat, names = rows["Zorblat"]
    assert zorblat[3] == "Muhafazat Zorb" and zorblat[7] == 9000001 and "Zorblatt" in names
    assert rows["Muhafazat Zorb"][0][3] is None


def test_forget_removes_a_table(cache_dir: Path, tmp_path: Path) -> None:
    dump = tmp_path / "SO.txt"
    dump.write_text(_dump(), encoding="utf-8")
    geonames_import.import_dump(dump)
    assert geonames_import.remove("SO") and cache.imported_tables() == []
    assert not geonames_import.remove("SO")


def test_cli_import_reports_a_bad_file_and_exits_non_zero(cache_dir: Path,
                                                           tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["gazetteer", "import", str(tmp_path / "nope.zip")])
    assert result.exit_code == 1
    assert "nope.zip" in result.output and "does not exist" in result.output
