"""Scale test helpers: small fictional articles and a dump of every stored row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, inspect, text

PLACES = ("Kassala", "Aleppo", "Mopti", "Tartus", "Gao", "Agadez", "Sfax", "Lesbos")
NAMES = ("Amira Tesfay", "Yusuf Haddad", "Lina Moreau", "Omar Diallo", "Sara Lindqvist")
#: Columns that legitimately differ between two runs (times, order, times an error was seen).
VOLATILE = {"seq", "ingested_at", "first_seen", "last_seen", "applied_at", "count"}


def article_text(i: int) -> str:
    """A distinct short fictional article."""
    place, name = PLACES[i % len(PLACES)], NAMES[i % len(NAMES)]
    return (f"{name} said that {10 + i} families left {place} on Tuesday after night raids. "
            f"Officials in {PLACES[(i + 3) % len(PLACES)]} said report {i} was being checked.\n")


def write_articles(folder: Path, n: int, *, bad: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i:05d}.txt").write_text(article_text(i), encoding="utf-8")
    for j in range(bad):
        (folder / f"bad{j}.txt").write_bytes(b"\x00\x01\x02 binary \xff")
    return folder


def dump(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, volatile columns dropped, sorted: equal dumps, equal stores."""
    engine = create_engine(url)
    out: dict[str, list[tuple[Any, ...]]] = {}
    try:
        with engine.connect() as conn:
            for table in inspect(conn).get_table_names():
                if table.startswith("documents_fts") or table in ("eventwire_migrations",
                                                                 "eventwire_state"):
                    continue
                cols = [c["name"] for c in inspect(conn).get_columns(table)
                        if c["name"] not in VOLATILE]
                quoted = ", ".join(f'"{c}"' for c in cols)
                rows = conn.execute(text(f'SELECT {quoted} FROM "{table}"')).all()
                out[table] = sorted((tuple(r) for r in rows), key=repr)
    finally:
        engine.dispose()
    return out
