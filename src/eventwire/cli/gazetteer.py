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
    tables = cache.imported_tables()
    typer.echo(f"imported: {', '.join(t.stem for t in tables) if tables else 'none'}"
               + (f" (in {cache.imported_dir()})" if tables else ""))
    typer.echo(f"load:     {seconds:.2f}s")


_DUMP_ARG = typer.Argument(..., help="GeoNames files: allCountries.zip, a country file such as "
                           "SY.zip, citiesN.zip, or their .txt table.")
_COUNTRY_OPT = typer.Option([], "--country", "-c",
                            help="Keep only this country's places (ISO2 code; repeatable).")
_MIN_POP_OPT = typer.Option(0, "--min-population", min=0,
                            help="Keep only populated places of at least this many people.")


@gazetteer_app.command("import")
def import_(paths: list[Path] = _DUMP_ARG, country: list[str] = _COUNTRY_OPT,
            min_population: int = _MIN_POP_OPT) -> None:
    """Add GeoNames dumps you downloaded (places, features, admin areas) and rebuild.

    Streams each file into its own table under the cache folder, with a checkpoint every
    100,000 lines: run the same command again to resume an interrupted import.
    """
    from eventwire.errors import InputError
    from eventwire.gazetteer import geonames_import, index

    countries = frozenset(c.strip().upper() for c in country if c.strip())
    failed = 0
    for path in paths:
        def progress(lines: int, rows: int, name: str = path.name) -> None:
            typer.echo(f"  {name}: {lines:,} lines read, {rows:,} places kept", err=True)

        try:
            result = geonames_import.import_dump(path, countries=countries,
                                                 min_population=min_population,
                                                 progress=progress)
        except (InputError, OSError, UnicodeDecodeError) as e:
            typer.echo(f"error: {path}: {e}", err=True)
            failed += 1
            continue
        resumed = f" (resumed after line {result.resumed_from:,})" if result.resumed_from else ""
        typer.echo(f"imported {result.rows:,} places from {path}{resumed} into {result.table}")
    if failed < len(paths):
        gaz = index.load()
        typer.echo(f"index rebuilt: {len(gaz):,} places, {gaz.name_count:,} names")
    if failed:
        raise typer.Exit(1)


@gazetteer_app.command("forget")
def forget(name: str = typer.Argument(..., help="The imported file's stem: SY, allCountries.")
           ) -> None:
    """Remove one imported GeoNames table (see ``gazetteer info``); the index rebuilds."""
    from eventwire.gazetteer import geonames_import

    if not geonames_import.remove(name):
        typer.echo(f"error: no imported table named {name!r}", err=True)
        raise typer.Exit(1)
    typer.echo(f"removed {name}; the index rebuilds on next use")
