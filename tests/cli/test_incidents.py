"""``eventwire incidents`` over JSON Lines files, and its usage error."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.model import (
    Document,
    Event,
    EventAttribution,
    Meta,
    Place,
    Quantity,
    SentenceSpan,
    Span,
    content_id,
)


def _doc(text: str, outlet: str, count: int) -> Document:
    start = text.index("Maiduguri")
    place = Place(id="p1", text="Maiduguri", start=start, end=start + 9, name="Maiduguri",
                  kind="city", country="NG", admin1="Borno", lat=11.85, lon=13.16,
                  geonames_id=None, confidence=0.9)
    qty = Quantity(id="q1", text=str(count), start=text.index(str(count)),
                   end=text.index(str(count)) + len(str(count)), low=count, high=count,
                   best=count, unit="person", object=None, per=None, approximate=False)
    event = Event(id="v1", type="ASSAULT", mode="firearms",
                  trigger=Span("killed", text.index("killed"), text.index("killed") + 6),
                  sentence=SentenceSpan(0, len(text)), actor=None, target=None, place="p1",
                  origin=None, destination=None, time=None, quantity="q1",
                  attribution=EventAttribution(outlet, "reporter", "asserted", None),
                  confidence=0.8)
    return Document(id=content_id(text), text=text,
                    meta=Meta(path=f"{outlet}.txt", source=outlet, published="2024-03-06"),
                    places=(place,), quantities=(qty,), events=(event,))


def test_incidents_cli_reads_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    docs = [_doc("Gunmen killed 14 traders in Maiduguri.", "Courier", 14),
            _doc("Attackers killed 15 people in Maiduguri.", "Herald", 15)]
    path.write_text("".join(json.dumps(d.to_dict()) + "\n" for d in docs), encoding="utf-8")
    result = CliRunner().invoke(app, ["incidents", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    (line,) = [x for x in result.stdout.splitlines() if x.startswith("{")]
    inc = json.loads(line)
    assert inc["num_sources"] == 2 and inc["low"] == 14 and inc["high"] == 15


def test_incidents_cli_needs_input() -> None:
    result = CliRunner().invoke(app, ["incidents"])
    assert result.exit_code == 2
