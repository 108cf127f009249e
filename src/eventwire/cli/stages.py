"""``eventwire stages``: list every registered stage with what it needs and produces."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from eventwire.cli import app
from eventwire.pipeline.runner import default_pipeline


@app.command()
def stages() -> None:
    """List the pipeline's stages in run order, with their layers and versions."""
    table = Table("stage", "produces", "requires", "parse", "version")
    for s in default_pipeline().stages:
        table.add_row(s.name, s.produces, ", ".join(s.requires) or "-",
                      "yes" if s.needs_parse else "no", str(s.version))
    Console().print(table)
