"""Store commands: ingest, errors, search, export, load, db migrate, demo."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()
TEXTS = ("Lina Moreau said 30 families fled Gao on Tuesday after night raids.",
         "Omar Diallo said police detained 12 protesters in Sfax on Friday.",
         "Residents of Agadez said the road to Tahoua was closed by soldiers.")


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, " ".join(result.output.split())


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(TEXTS):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def db(tmp_path: Path, inputs: Path) -> str:
    url = f"sqlite:///{tmp_path / 'ew.db'}"
    code, out = invoke("ingest", str(inputs), "--db", url, "--stages", "entities",
                       "--workers", "1")
    assert code == 0, out
    return url


def test_ingest_prints_summary_and_second_run_stores_nothing(inputs: Path, db: str) -> None:
    code, out = invoke("ingest", str(inputs), "--db", db, "--stages", "entities",
                       "--workers", "1")
    assert code == 0
    assert "0 new documents stored in" in out and "3 already stored, 0 failed" in out
    assert "Nothing new: every readable document was already stored." in out


def test_ingest_bad_input_exits_1_and_errors_lists_it(inputs: Path, db: str) -> None:
    (inputs / "broken.txt").write_bytes(b"\x00\x00\xff\xfe junk")
    code, out = invoke("ingest", str(inputs), "--db", db, "--stages", "entities",
                       "--workers", "1")
    assert code == 1
    assert "Error:" in out and "broken.txt" in out and "1 failed" in out
    assert f"eventwire errors --db {db}" in out
    code, out = invoke("errors", "--db", db)
    assert code == 0 and "broken.txt: looks like a binary file" in out


def test_search_prints_matches_and_exits_1_without(db: str) -> None:
    code, out = invoke("search", "detained protesters", "--db", db)
    assert code == 0 and "12 protesters in Sfax" in out and "sha256:" in out
    code, out = invoke("search", "volcano", "--db", db)
    assert code == 1 and "No documents match 'volcano'" in out


def test_export_jsonl_to_file(db: str, tmp_path: Path) -> None:
    target = tmp_path / "docs.jsonl"
    code, out = invoke("export", "--db", db, "--format", "jsonl", "-o", str(target))
    assert code == 0 and "Exported 3 documents" in out
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and all(json.loads(x)["schema"] == "eventwire.document/1"
                                   for x in lines)


def test_export_csv_header_on_stdout(db: str) -> None:
    result = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--country", "ML"])
    assert result.exit_code == 0
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert header[:8] == ["document_id", "event_id", "type", "mode", "actor", "target",
                          "place_name", "country"]


def test_export_rejects_a_bad_date(db: str) -> None:
    code, out = invoke("export", "--db", db, "--since", "someday")
    assert code == 2 and "'someday' is not a date; use YYYY-MM-DD." in out


def test_ingest_out_writes_shards_and_load_fills_db(inputs: Path, tmp_path: Path) -> None:
    shards = tmp_path / "shards"
    code, out = invoke("ingest", str(inputs), "--out", str(shards), "--stages", "entities",
                       "--workers", "1")
    assert code == 0 and "3 new documents written as shards to" in out
    url = f"sqlite:///{tmp_path / 'loaded.db'}"
    code, out = invoke("load", str(shards), "--db", url)
    assert code == 0 and "Loaded 3 new documents" in out
    code, out = invoke("load", str(shards), "--db", url)
    assert "Loaded 0 new documents" in out and "3 already stored" in out


def test_db_migrate_reports_up_to_date_and_reruns(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    code, out = invoke("db", "migrate", "--db", url)
    assert code == 0 and "Applied 0001_create_tables" in out and "0003_query_indexes" in out
    code, out = invoke("db", "migrate", "--db", url)
    assert "Database is up to date" in out
    code, out = invoke("db", "migrate", "--db", url, "--rerun", "0003_query_indexes")
    assert code == 0 and "Applied 0003_query_indexes" in out


def test_unknown_database_scheme_names_the_fix() -> None:
    result = runner.invoke(app, ["errors", "--db", "oracle://x"])
    assert result.exit_code != 0
    assert "Use sqlite:///FILE or postgresql://" in str(result.exception)


def test_demo_ingests_samples_and_prints_counts(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    code, out = invoke("demo", "--db", url, "--no-serve", "--stages", "entities")
    assert code == 0
    assert out.startswith("Extracted 6 documents: ") and "(0 failed)" in out
    entities = int(out.split("documents: ")[1].split(" entities")[0])
    assert entities > 20
    code, again = invoke("demo", "--db", url, "--no-serve", "--stages", "entities")
    assert again.startswith(out.split(" events")[0])


def test_ingest_reads_jsonl_from_stdin(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'stdin.db'}"
    lines = "".join(json.dumps({"text": t, "title": f"T{i}"}) + "\n" for i, t in enumerate(TEXTS))
    result = runner.invoke(app, ["ingest", "-", "--db", url, "--stages", "entities",
                                 "--workers", "1"], input=lines)
    assert result.exit_code == 0, result.output
    assert "3 new documents stored in" in " ".join(result.output.split())


def test_export_geojson_and_parquet_to_files(db: str, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    code, out = invoke("export", "--db", db, "--format", "geojson", "-o",
                       str(tmp_path / "e.geojson"))
    assert code == 0 and "Exported 0 features" in out  # the entities stage finds no events
    assert json.loads((tmp_path / "e.geojson").read_text())["type"] == "FeatureCollection"
    code, out = invoke("export", "--db", db, "--format", "parquet", "-o",
                       str(tmp_path / "e.parquet"))
    assert code == 0 and pq.read_table(tmp_path / "e.parquet").num_rows == 0


def test_search_on_a_missing_database_names_the_fix(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'nope.db'}"
    result = runner.invoke(app, ["search", "x", "--db", url])
    assert result.exit_code != 0
    assert "no database at" in str(result.exception) and "eventwire ingest PATH" in str(
        result.exception)
    assert not (tmp_path / "nope.db").exists()
