"""The shipped supplement of camps, crossings, regions, waters and islands."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pycountry
import pytest

from eventwire.errors import InputError
from eventwire.gazetteer import index, supplement
from eventwire.gazetteer.fold import fold_key


@pytest.fixture(scope="module")
def rows() -> list[supplement.SupplementRow]:
    return supplement.load()


def test_every_row_says_where_it_comes_from(rows: list[supplement.SupplementRow]) -> None:
    assert len(rows) >= 200
    for r in rows:
        assert r.source.startswith(("Wikipedia: ", "GeoNames ", "public knowledge")), r.name


def test_rows_are_well_formed(rows: list[supplement.SupplementRow]) -> None:
    for r in rows:
        assert r.kind in supplement.KIND_MAP, r.name
        assert r.country is None or pycountry.countries.get(alpha_2=r.country), r.name
        assert -90 <= r.lat <= 90 and -180 <= r.lon <= 180 and r.prior > 0
    names = Counter(k for r in rows for k in {fold_key(n) for n in (r.name, *r.alternates)})
    assert not [n for n, k in names.items() if k > 1]  # one row per spelling


def test_supplement_covers_the_classes_conflict_reporting_needs(
        rows: list[supplement.SupplementRow]) -> None:
    kinds = Counter(r.kind for r in rows)
    assert kinds["camp"] >= 30 and kinds["crossing"] >= 20 and kinds["island"] >= 20
    assert kinds["area"] >= 30 and kinds["water"] >= 30


def test_malformed_supplement_line_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "s.tsv"
    bad.write_text("\t".join(supplement.COLUMNS) + "\nZaatari\t\tcamp\tJO\tnorth\t36.3\t1\tx\n",
                   encoding="utf-8")
    with pytest.raises(InputError, match=r"s\.tsv: line 2"):
        supplement.load(bad)


def test_index_holds_supplement_rows_with_their_country() -> None:
    gaz = index.load()
    camp = gaz.lookup(fold_key("Zaatari"))[0]
    assert (camp.kind, camp.country) == ("city", "JO") and abs(camp.lat - 32.29) < 0.1
    assert camp.admin1 is not None  # the province of the nearest town
    assert {c.country for c in gaz.lookup(fold_key("Lampedusa"))} == {"IT"}
    strait = gaz.lookup(fold_key("Strait of Hormuz"))[0]
    assert strait.kind == "region" and strait.country is None
