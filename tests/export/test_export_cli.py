"""``eventwire export``: filters that can match nothing are refused, formats in any case,
``--excel`` byte-order mark, formulas neutralised in every CSV, the user's actor types."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.export.csv import FORMULA_START
from tests.export.happening_docs import doc_id, happening_store

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('export') / 'ew.db'}"
    happening_store(url).close()
    return url


def run(db: str, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["export", "--db", db, *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, " ".join(result.stderr.split())


@pytest.mark.parametrize(("flag", "value", "listed"), [
    ("--type", "BATTLE", "ASSAULT"),
    ("--certainty", "sure", "hypothetical"),
    ("--country", "Burkina", "BF is Burkina Faso"),
    ("--country", "XX", "ISO 3166-1 alpha-2"),
])
def test_export_refuses_filters_that_match_nothing(db: str, flag: str, value: str,
                                                   listed: str) -> None:
    code, out, err = run(db, "-f", "acled", flag, value)
    assert code == 2 and out == ""
    assert flag in err and listed in err.replace("│", "")


def test_export_format_and_type_in_any_case(db: str) -> None:
    code, out, err = run(db, "--format", "ACLED", "--type", "assault", "--country", "bf")
    assert code == 0, err
    table = pd.read_csv(io.StringIO(out))
    assert len(table) == 1 and set(table.country) == {"Burkina Faso"}
    assert "Exported 1 events" in err


def test_export_excel_writes_a_byte_order_mark(db: str, tmp_path: Path) -> None:
    for fmt in ("csv", "acled", "ucdp"):
        path = tmp_path / f"out-{fmt}.csv"
        code, _, err = run(db, "-f", fmt, "--excel", "-o", str(path))
        assert code == 0, err
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and not raw.startswith(b"\xef\xbb\xbf" * 2)
        first = pd.read_csv(path, encoding="utf-8-sig").columns[0]
        assert first in ("document_id", "event_id_cnty", "id")
    plain = tmp_path / "plain.csv"
    run(db, "-f", "acled", "-o", str(plain))
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    code, _, err = run(db, "-f", "jsonl", "--excel")
    assert code == 2 and "--excel" in err


@pytest.mark.parametrize("fmt", ["csv", "acled", "ucdp"])
def test_export_neutralises_formulas_in_every_csv(db: str, fmt: str) -> None:
    code, out, err = run(db, "-f", fmt, "--certainty", "claimed")
    assert code == 0, err
    text_cells = 0
    for row in csv.DictReader(io.StringIO(out)):
        for name, value in row.items():
            if value.startswith(FORMULA_START) and not _number(value):
                raise AssertionError(f"{fmt}: {name} = {value!r} would run as a formula")
            text_cells += bool(value)
    assert text_cells


def test_export_formula_cells_of_an_article_stay_text(db: str) -> None:
    code, out, err = run(db, "-f", "acled")
    assert code == 0, err
    table = pd.read_csv(io.StringIO(out))
    row = table[table.document_ids == doc_id("formula")].iloc[0]
    assert (row.actor1, row.source) == ("'@crowd", "'=Outlet")


def _number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def test_export_reads_the_users_actor_types(db: str, tmp_path: Path) -> None:
    own = tmp_path / "actors.tsv"
    own.write_text("Gunmen\t4\tBF\t\t\t\tour reading: a local hunters' militia\n",
                   encoding="utf-8")
    code, out, err = run(db, "-f", "acled", "--type", "ASSAULT", "--actor-types", str(own))
    assert code == 0, err
    table = pd.read_csv(io.StringIO(out))
    row = table[table.eventwire_id == "i-djibo"].iloc[0]
    assert (row.inter1, row.actor1, row.actor1_country, row.inter1_basis) == (
        4, "Gunmen", "BF", "dictionary")
