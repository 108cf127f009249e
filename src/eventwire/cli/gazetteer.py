"""``eventwire gazetteer``: build, inspect and extend the offline gazetteer."""

from __future__ import annotations

import time
from pathlib import Path

import typer

from eventwire.cli import app

gazetteer_app = typer.Typer(help="Build, inspect and extend the offline gazetteer.",
                            no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("build")
def build() -> None:
    """Compile the gazetteer index now (it is otherwise compiled on first use)."""
    from eventwire.gazetteer import cache, index

    start = time.perf_counter()
    gaz = index.load(rebuild=True)
    typer.echo(f"built {cache.index_path()}: {len(gaz):,} places, {gaz.name_count:,} names "
               f"in {time.perf_counter() - start:.1f}s")


@gazetteer_app.command("info")
def info() -> None:
    """Show where the index lives, its source version, its size and how long it takes to load."""
    from eventwire.gazetteer import cache, index

    path = cache.index_path()
    start = time.perf_counter()
    gaz = index.load()
    seconds = time.perf_counter() - start
    typer.echo(f"index:    {path} ({path.stat().st_size / 1e6:.1f} MB)")
    typer.echo(f"version:  {gaz.version}")
    typer.echo(f"places:   {len(gaz):,}  names: {gaz.name_count:,}")
    imported = cache.imported_path()
    typer.echo(f"imported: {imported if imported.exists() else 'none'}")
    typer.echo(f"load:     {seconds:.2f}s")


_DUMP_ARG = typer.Argument(..., help="allCountries.zip, citiesN.zip or a .txt table.")


@gazetteer_app.command("import")
def import_(path: Path = _DUMP_ARG) -> None:
    """Add a GeoNames dump you downloaded (more places, features, admin areas) and rebuild."""
    from eventwire.gazetteer import geonames_import, index

    count = geonames_import.import_dump(path)
    typer.echo(f"imported {count:,} places from {path}")
    gaz = index.load()
    typer.echo(f"index rebuilt: {len(gaz):,} places, {gaz.name_count:,} names")
