"""Store commands: ``ingest``, ``load``, ``export``, ``search``, ``errors``, ``db migrate``."""

from __future__ import annotations

import shlex
import sys
from contextlib import ExitStack
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from eventwire.cli import app
from eventwire.cli.extract import (
    DatesOption,
    IdKey,
    UrlKey,
    load_dates,
    read_options,
    warn_undated,
    warn_unused_dates,
)
from eventwire.cli.options import (
    DateKey,
    DbOption,
    PublishedOption,
    SourceKey,
    StagesOption,
    TextKey,
    TitleKey,
)
from eventwire.cli.terminal import clean, err
from eventwire.errors import EventwireError, StoreError
from eventwire.scale.runner import IngestReport, default_workers
from eventwire.scale.runner import ingest as run_ingest
from eventwire.store.base import DEFAULT_URL, HIGHLIGHT, EventQuery, Store, open_store


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"
    parquet = "parquet"
    acled = "acled"
    ucdp = "ucdp"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


def _open(db: str, *, existing: bool = False) -> Store:
    """Open the store; with ``existing``, refuse to create an empty SQLite file by mistake."""
    if existing and db.startswith("sqlite:///") and db not in ("sqlite:///:memory:",):
        path = Path(db[len("sqlite:///"):])
        if not path.exists():
            raise StoreError(f"no database at {path}. Create it with "
                             f"`eventwire ingest PATH --db {shlex.quote(db)}`.")
    return open_store(db)


class IngestProgress:
    """A rich progress bar on stderr: documents, rate, ETA and errors, plus error lines."""

    def __init__(self, console: Console) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.console = console
        self.progress = Progress(
            TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f} docs/s"), TextColumn("ETA"),
            TimeRemainingColumn(), TimeElapsedColumn(),
            TextColumn("[red]{task.fields[errors]} errors"), console=console, transient=False)
        self.task: Any = None

    def __enter__(self) -> IngestProgress:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def start(self, report: IngestReport) -> None:
        self.task = self.progress.add_task("ingest", total=report.expected, rate=0.0, errors=0)

    def update(self, report: IngestReport, failures: list[Any]) -> None:
        for f in failures:
            self.console.print(f"[red]Error:[/red] {escape(clean(f.path))}: "
                               f"{escape(clean(f.reason))}")
        self.progress.update(self.task, completed=report.read, rate=report.rate,
                             errors=report.failed)


def print_summary(console: Console, report: IngestReport, where: str, *, shards: bool) -> None:
    """The closing summary: what was read, stored, skipped and failed, and how fast."""
    place = "written as shards to" if shards else "stored in"
    console.print(
        f"Read {report.read:,} inputs in {report.seconds:.1f} s ({report.rate:.1f}/s): "
        f"{report.inserted:,} new documents {place} {escape(clean(where))}, "
        f"{report.skipped:,} already stored, {report.failed:,} failed.")
    if report.skipped and not report.inserted:
        console.print("Nothing new: every readable document was already stored.")
    if report.failed:
        hint = "" if shards else f" --db {shlex.quote(where)}"
        console.print(f"See the failed inputs with: eventwire errors{escape(clean(hint))}")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    db: DbOption = DEFAULT_URL,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1,
                                         help="Extraction processes (default: one per core).")
                       ] = default_workers(),
    engine: Annotated[Engine, typer.Option("--engine", help="local processes or a dask cluster.")
                      ] = Engine.local,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="Dask scheduler address tcp://HOST:PORT (default: a local "
        "cluster).")] = None,
    out: Annotated[Path | None, typer.Option(
        "--out", help="Write Parquet shards to this folder instead of the database "
        "(with --scheduler: a folder every worker can write); `eventwire load DIR` loads "
        "them.")] = None,
    stages: StagesOption = None,
    published: PublishedOption = None,
    dates: DatesOption = None,
    text_key: TextKey = "text",
    title_key: TitleKey = "title",
    date_key: DateKey = "published",
    source_key: SourceKey = "source",
    url_key: UrlKey = "url",
    id_key: IdKey = None,
) -> None:
    """Extract every new article in PATHS and store it (idempotent and resumable).

    Each new article without a publication date gets one warning line on stderr."""
    table, bad_dates = load_dates(dates, published)
    opts = read_options(published, text_key, title_key, date_key, source_key,
                        url_key=url_key, id_key=id_key, dates=table)
    stage_names = stages.split(",") if stages else None
    with ExitStack() as stack:
        if out is not None:
            from eventwire.scale.shards import ShardSink

            check_shards(out)
            sink: Any = ShardSink(out)
            where = str(out)
        else:
            from eventwire.scale.sinks import StoreSink

            store = _open(db)
            stack.callback(store.close)
            sink, where = StoreSink(store), db
        progress = stack.enter_context(IngestProgress(err))
        report = run_ingest(
            paths, sink=sink, stages=stage_names, workers=workers, engine=engine.value,
            scheduler=scheduler, shard_dir=str(out) if out and engine is Engine.dask else None,
            opts=opts, on_progress=progress.update, on_start=progress.start,
            on_undated=warn_undated)
    print_summary(err, report, where, shards=out is not None)
    warn_unused_dates(table)
    if report.failed or bad_dates:
        raise typer.Exit(1)


@app.command()
def load(
    folder: Annotated[Path, typer.Argument(help="Folder of Parquet shards from ingest --out.")],
    db: DbOption = DEFAULT_URL,
) -> None:
    """Bulk-load Parquet shards written by `ingest --out` into the database (idempotent)."""
    from eventwire.scale.shards import load_shards

    check_shards(folder)
    store = _open(db)
    try:
        result = load_shards(folder, store)
    except (ValueError, KeyError, TypeError, OSError) as e:  # pyarrow raises these too
        raise EventwireError(f"{folder}: a shard could not be loaded ({_first_line(e)}). "
                             "Re-run the ingest that wrote it, then load again.") from e
    finally:
        store.close()
    err.print(f"Loaded {result.inserted:,} new documents into {escape(clean(db))} "
              f"({result.skipped:,} already stored, {result.errors:,} input errors recorded).")


def check_shards(folder: Path) -> None:
    """Refuse, naming it, a shard in ``folder`` that is not a readable Parquet file."""
    if not folder.is_dir():
        return
    import pyarrow.parquet as pq

    from eventwire.scale.shards import shard_files

    bad = []
    for path in [*shard_files(folder), *shard_files(folder, "errors-")]:
        try:
            pq.ParquetFile(path).close()
        except Exception as e:  # noqa: BLE001 - any failure to open means a damaged shard
            bad.append(f"{path} ({_first_line(e)})")
    if bad:
        raise EventwireError(f"{'; '.join(bad)}: not a readable Parquet shard. Move it away or "
                             "re-run the ingest that wrote it; nothing was loaded.")


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:200] if text else type(error).__name__


@app.command()
def export(
    db: DbOption = DEFAULT_URL,
    format: Annotated[ExportFormat, typer.Option(
        "--format", "-f", case_sensitive=False,
        help="jsonl: documents; csv, geojson, parquet: events; acled, ucdp: one row per "
             "happening in those datasets' columns.")
    ] = ExportFormat.jsonl,
    type: Annotated[str | None, typer.Option(
        "--type", help="Event type: ASSAULT, COERCE, PROTEST, MOVE … (any case).")] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO 3166-1 alpha-2.")
                       ] = None,
    since: Annotated[str | None, typer.Option("--since", help="From this date (YYYY-MM-DD).")
                     ] = None,
    until: Annotated[str | None, typer.Option("--until", help="Up to this date (YYYY-MM-DD).")
                     ] = None,
    certainty: Annotated[str | None, typer.Option(
        "--certainty", help="confirmed, asserted, claimed, believed, denied or hypothetical.")
    ] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File (default: stdout).")
                      ] = None,
    excel: Annotated[bool, typer.Option(
        "--excel", help="Start a CSV (csv, acled, ucdp) with a UTF-8 byte-order mark, so "
                        "Excel reads its accents right.")] = False,
    actor_types: Annotated[list[Path] | None, typer.Option(
        "--actor-types", help="Your own actor dictionary (TSV, the columns of eventwire's "
                              "data/actor_types.tsv), read after it; repeatable. Also "
                              "EVENTWIRE_ACTOR_TYPES.")] = None,
    include_rejected: Annotated[bool, typer.Option(
        "--include-rejected", help="Keep the rows a reviewer rejected (left out by "
                                   "default); their review_status says so.")] = False,
) -> None:
    """Export documents (JSON Lines), events (CSV, GeoJSON, Parquet) or ACLED/UCDP tables."""
    from eventwire.export import SPREADSHEET_FORMATS, FilterError, check_query, is_binary
    from eventwire.export import export as run_export

    fmt = format.value
    query = EventQuery(type=type, country=country, since=_date(since, "--since"),
                       until=_date(until, "--until"), certainty=certainty,
                       include_rejected=include_rejected)
    try:
        query = check_query(query)
        if excel and fmt not in SPREADSHEET_FORMATS:
            raise FilterError("--excel", f"--excel applies to csv, acled and ucdp, not {fmt}.")
    except FilterError as e:
        raise typer.BadParameter(str(e), param_hint=e.option) from e
    binary = is_binary(fmt)
    if output is not None:
        _refuse_own_database(output, db)
    with ExitStack() as stack:
        store = _open(db, existing=True)
        stack.callback(store.close)
        if output is not None:
            try:
                fp: Any = stack.enter_context(output.open("wb") if binary else
                                              output.open("w", encoding="utf-8", newline=""))
            except OSError as e:
                hint = (" Create the folder first." if not output.parent.exists()
                        else " Check that it is writable.")
                raise EventwireError(f"cannot write {output} ({e.strerror}).{hint}") from e
        else:
            fp = sys.stdout.buffer if binary else sys.stdout
        count, what = run_export(store, fmt, query, fp, excel=excel, actor_types=actor_types)
    err.print(f"Exported {count:,} {what}" + (f" to {escape(clean(output))}." if output else "."))


def _refuse_own_database(output: Path, db: str) -> None:
    """Refuse an ``-o`` that is the SQLite file being read (same device and inode)."""
    if not db.startswith("sqlite:///") or db == "sqlite:///:memory:":
        return
    source = Path(db[len("sqlite:///"):].split("?", 1)[0])
    try:
        same = output.exists() and source.exists() and output.samefile(source)
    except OSError:
        return
    if same:
        raise EventwireError(f"cannot write {output}: it is the database being exported "
                             f"({source}). Choose another file.")


def _date(value: str | None, flag: str) -> str | None:
    if value is None:
        return None
    from eventwire.ingest.dates import parse_published

    day = parse_published(value)
    if day is None:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD.", param_hint=flag)
    return day


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words, "a phrase", or prefix*.')],
    db: DbOption = DEFAULT_URL,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Most results to show.")] = 20,
) -> None:
    """Full-text search over the stored articles' titles and texts."""
    store = _open(db, existing=True)
    try:
        hits = store.search(query, limit=limit)
    finally:
        store.close()
    out = Console(highlight=False, soft_wrap=True)
    if not hits:
        err.print(f"No documents match {escape(repr(clean(query)))}.")
        raise typer.Exit(1)
    start, stop = HIGHLIGHT
    for hit in hits:
        heading = clean(" · ".join(x for x in (hit.published, hit.source) if x))
        title = clean(hit.title or "(untitled)")
        out.print(f"[bold]{escape(title)}[/bold]  [dim]{escape(heading)}[/dim]")
        snippet = escape(clean(hit.snippet))
        while start in snippet:
            snippet = snippet.replace(start, "[bold yellow]", 1).replace(stop, "[/bold yellow]", 1)
        out.print(f"  {snippet}\n  [dim]{escape(clean(hit.document_id))}[/dim]")


@app.command()
def errors(
    db: DbOption = DEFAULT_URL,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Most errors to list.")] = 1000,
) -> None:
    """List the inputs that failed during ingest, and why."""
    store = _open(db, existing=True)
    try:
        records = store.errors(limit=limit)
    finally:
        store.close()
    for r in records:
        times = f" ({r.count}×)" if r.count > 1 else ""
        sys.stdout.write(clean(f"{r.recorded_at}  {r.path}: {r.reason}{times}") + "\n")
    err.print(f"{len(records):,} failed input(s).")


db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("migrate")
def migrate(
    db: DbOption = DEFAULT_URL,
    rerun: Annotated[list[str] | None, typer.Option(
        "--rerun", help="Re-apply this (idempotent) migration by name.")] = None,
) -> None:
    """Apply pending schema migrations (each is named, recorded and safe to re-run)."""
    store = open_store(db, migrate=False)
    try:
        applied = store.migrate(rerun=rerun or ())
    finally:
        store.close()
    if applied:
        for name in applied:
            err.print(f"Applied {escape(clean(name))}")
    else:
        err.print("Database is up to date; no migrations to apply.")
