"""The demo database's ACLED export: every row of a dated article has its event date."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import open_store


def test_acled_demo_rows_of_dated_articles_have_event_dates(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    runner = CliRunner()
    result = runner.invoke(app, ["demo", "--db", url, "--no-serve"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["export", "--db", url, "--format", "acled"])
    assert result.exit_code == 0, result.output
    table = pd.read_csv(io.StringIO(result.stdout))
    assert len(table) >= 3
    store = open_store(url)
    try:
        published = {d.id: d.meta.published for d in store.iter_documents()}
    finally:
        store.close()
    dated = table[[any(published.get(i) for i in ids.split(";"))
                   for ids in table.document_ids]]
    assert len(dated) == len(table)  # every bundled sample carries its date
    assert dated.event_date.notna().all()
    assert set(dated.time_precision) <= {1, 2, 3}
    assert (pd.to_datetime(dated.event_date, format="%Y-%m-%d").dt.year == dated.year).all()
