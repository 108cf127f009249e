"""The annotated corpora the event models learn from, read into one shape.

Three kinds, all kept in the repository's ``corpus/`` folder:

- ``events/<dataset>/<id>.json``: every happening of a public article, as offsets into
  the article (``file`` relative to the public data root, never its text) with the
  text's SHA-256 so a changed article is noticed;
- ``own/``: articles of our own writing with gold in the evaluation format;
- ``contrast/sentences.jsonl``: sentences of our own writing, each with one trigger
  marked as a happening of a type or as no event (idiom, sport, procedure …);
- ``acled-snippets/snippets.jsonl``: snippets of our own writing labelled with ACLED types.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class GoldRecord:
    """One happening: its type, its ACLED pair, and where the text tells it."""

    type: str
    also_types: tuple[str, ...]
    acled: tuple[str, str] | None
    optional: bool
    mentions: tuple[Span, ...]
    triggers: tuple[Span, ...] = ()

    @property
    def types(self) -> frozenset[str]:
        return frozenset({self.type, *self.also_types})

    def spans(self) -> tuple[Span, ...]:
        return self.mentions + self.triggers


@dataclass(frozen=True)
class AnnotatedDoc:
    """A text with its happenings; ``exhaustive`` when every happening is listed, else
    only ``negatives`` (spans that tell no happening) and the records are labelled."""

    id: str
    text: str
    published: str | None
    records: tuple[GoldRecord, ...]
    exhaustive: bool = True
    negatives: tuple[Span, ...] = ()
    source: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _find_once(text: str, needle: str, within: Span | None = None) -> Span | None:
    lo, hi = within if within else (0, len(text))
    i = text.find(needle, lo, hi)
    return None if i < 0 else (i, i + len(needle))


def anchor_record(text: str, rec: Mapping[str, Any]) -> dict[str, Any] | None:
    """A gold record with exact substrings turned into offsets (None if a mention is not
    in the text)."""
    mentions: list[Span] = []
    triggers: list[Span] = []
    trig_texts = list(rec.get("triggers") or [])
    for j, m in enumerate(rec.get("mentions") or []):
        span = _find_once(text, m)
        if span is None:
            return None
        mentions.append(span)
        if j < len(trig_texts):
            t = _find_once(text, trig_texts[j], span)
            if t is not None:
                triggers.append(t)

    def spans(items: Sequence[str]) -> list[list[int]]:
        return [list(s) for s in (_find_once(text, a) for a in items) if s is not None]

    place = rec.get("place")
    place_out = None
    if place and place.get("text"):
        span = _find_once(text, place["text"])
        place_out = {k: v for k, v in place.items() if k != "text"}
        if span is not None:
            place_out.update(start=span[0], end=span[1])
    out: dict[str, Any] = {
        "type": rec["type"], "also_types": list(rec.get("also_types") or []),
        "acled": rec.get("acled"), "optional": bool(rec.get("optional")),
        "mentions": [list(s) for s in mentions], "triggers": [list(s) for s in triggers],
        "actor": spans(rec.get("actor") or []), "target": spans(rec.get("target") or []),
        "place": place_out,
    }
    for key in ("earliest", "latest", "fatalities", "injured", "certainty"):
        if rec.get(key) is not None:
            out[key] = rec[key]
    return out


def _record(data: Mapping[str, Any]) -> GoldRecord:
    acled = data.get("acled")
    return GoldRecord(
        type=data["type"], also_types=tuple(data.get("also_types") or ()),
        acled=(str(acled[0]), str(acled[1])) if acled else None,
        optional=bool(data.get("optional")),
        mentions=tuple((int(a), int(b)) for a, b in data.get("mentions") or ()),
        triggers=tuple((int(a), int(b)) for a, b in data.get("triggers") or ()),
    )


def load_offset_corpus(folder: Path, data_root: Path) -> Iterator[AnnotatedDoc]:
    """Annotations kept as offsets into public articles under ``data_root``."""
    for path in sorted(folder.glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        article = data_root / data["file"]
        if not article.is_file():
            continue
        text = article.read_text(encoding="utf-8")
        if text_hash(text) != data["sha256"]:
            raise ValueError(f"{article}: the text changed since it was annotated")
        yield AnnotatedDoc(id=path.stem, text=text, published=data.get("published"),
                           records=tuple(_record(r) for r in data["records"]),
                           source=f"events/{path.parent.name}")


def load_gold_folder(folder: Path) -> Iterator[AnnotatedDoc]:
    """Articles of our own writing with evaluation-format gold (``gold/*.json``)."""
    for path in sorted((folder / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / data["file"]).resolve().read_text(encoding="utf-8")
        records = [anchor_record(text, r) for r in data.get("records") or []]
        yield AnnotatedDoc(id=path.stem, text=text,
                           published=(data.get("meta") or {}).get("published"),
                           records=tuple(_record(r) for r in records if r is not None),
                           source="own")


def load_contrast(path: Path) -> Iterator[AnnotatedDoc]:
    """Contrast sentences: one marked trigger each, a happening of a type or none."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        start = int(row["trigger_start"])
        span = (start, start + len(row["trigger"]))
        if row["text"][span[0]:span[1]] != row["trigger"]:
            continue
        records: tuple[GoldRecord, ...] = ()
        negatives: tuple[Span, ...] = ()
        if row.get("event"):
            records = (GoldRecord(type=row["type"], also_types=(), acled=None, optional=False,
                                  mentions=(span,), triggers=(span,)),)
        else:
            negatives = (span,)
        yield AnnotatedDoc(id=row["id"], text=row["text"], published=None, records=records,
                           exhaustive=False, negatives=negatives, source="contrast")


def load_snippets(path: Path) -> list[tuple[str, str, str]]:
    """ACLED snippets as (id, text, label)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out.append((row["id"], row["text"], row["label"]))
    return out


def is_held_out(doc_id: str, share: int = 5) -> bool:
    """The fixed held-out split: one document in ``share`` by a hash of its id."""
    return int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % share == 0
