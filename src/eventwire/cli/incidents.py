"""``eventwire incidents``: group events of many articles into incidents.

From a database (``--db``: reads every stored event, stores the incidents) or
from JSON Lines files that ``eventwire extract`` wrote (no database needed).
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from enum import StrEnum
from typing import Annotated

import typer

from eventwire.cli import app
from eventwire.cli.terminal import error_line
from eventwire.errors import EventwireError
from eventwire.incidents import GroupingConfig, group_incidents, rows_from_jsonl
from eventwire.rows import EventRow, Incident


class IncidentFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


@app.command()
def incidents(
    paths: Annotated[list[str] | None, typer.Argument(
        help="JSON Lines files from 'eventwire extract' (instead of --db).")] = None,
    db: Annotated[str | None, typer.Option(
        "--db", envvar="EVENTWIRE_DB", help="Database URL: sqlite:///FILE or postgresql://…")
    ] = None,
    km: Annotated[float, typer.Option("--km", help="Largest distance between reports of "
                                                   "one happening.")] = 50.0,
    min_sources: Annotated[int, typer.Option("--min-sources",
                                             help="Print only incidents with this many "
                                                  "outlets.")] = 1,
    format: Annotated[IncidentFormat, typer.Option("--format", "-f",
                                                   help="table or jsonl.")
                      ] = IncidentFormat.table,
    limit: Annotated[int, typer.Option("--limit", help="Print at most this many.")] = 50,
    save: Annotated[bool, typer.Option("--save/--no-save",
                                       help="With --db: store the incidents.")] = True,
) -> None:
    """Group events that tell the same happening into incidents (sources, count ranges)."""
    if not paths and not db:
        raise typer.BadParameter("give JSON Lines files, or --db URL to read stored events.",
                                 param_hint="PATHS / --db")
    config = GroupingConfig(km=km)
    try:
        if paths:
            rows, outlets = rows_from_jsonl(paths)
            found = group_incidents(rows, outlets=outlets, config=config)
        else:
            found = _from_store(db or "", config, save)
    except (EventwireError, OSError) as e:
        print(error_line(e), file=sys.stderr)
        raise typer.Exit(1) from e
    shown = [i for i in found if i.num_sources >= min_sources][:max(0, limit)]
    if format is IncidentFormat.jsonl:
        for inc in shown:
            sys.stdout.write(json.dumps(asdict(inc), ensure_ascii=False) + "\n")
    else:
        _print_table(shown)
    multi = sum(1 for i in found if i.num_documents > 1)
    print(f"{len(found)} incidents ({multi} told by several documents)", file=sys.stderr)


def _from_store(url: str, config: GroupingConfig, save: bool) -> list[Incident]:
    from eventwire.store.base import open_store

    store = open_store(url)
    try:
        rows: list[EventRow] = list(store.iter_events())
        found = group_incidents(rows, config=config)
        if save:
            store.save_incidents(found)
    finally:
        store.close()
    return found


def _print_table(items: list[Incident]) -> None:
    print("incident          type      country  earliest..latest        sources docs  "
          "low..best..high")
    for i in items:
        counts = "" if i.best is None else f"{_n(i.low)}..{_n(i.best)}..{_n(i.high)}"
        print(f"{i.id:<17} {i.type:<9} {i.country or '-':<8} "
              f"{(i.earliest or '?') + '..' + (i.latest or '?'):<23} {i.num_sources:>7} "
              f"{i.num_documents:>4}  {counts}")


def _n(x: float | None) -> str:
    return "?" if x is None else f"{x:g}"
