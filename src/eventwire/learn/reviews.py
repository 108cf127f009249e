"""Learning from reviews: reviewed rows join the event decider's training corpus.

``eventwire train --from-reviews --db URL`` reads every reviewed row of the database,
finds the candidate the extractor made for it (the draft at the row's trigger words),
and labels it: an accepted row, or an edited one of the type the reviewer kept, is a
codeable happening (1); a row rejected as "not an event" or "wrong type" is not one of
its type (0), nor is a draft of the type a reviewer edited away. Other rejections
(duplicate, wrong place, other) say nothing about whether it is a happening, and are
left out. The decider is then retrained with the shipped recipe (same corpus, split,
seed, regularisation grid and threshold search), the ACLED coder and merger kept, and
the current model, the model retrained without reviews and the one retrained with them
are compared on the held-out development split. The new model is written to ``out``;
``install`` puts it in place, keeping the old one beside it.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

from sqlalchemy import select

from eventwire.eventing.extract import candidate_drafts
from eventwire.eventing.lexicon import load_lexicon
from eventwire.eventing.linear import LinearModel
from eventwire.eventing.records import EventModels
from eventwire.ingest.article import Article
from eventwire.learn.corpus import load_snippets
from eventwire.learn.train import (
    Examples,
    HeldDoc,
    _fit,
    _split,
    corpus_docs,
    decision_scores,
    draft_examples,
    record_scores,
    record_threshold,
    snippet_examples,
)
from eventwire.model import Meta
from eventwire.pipeline.runner import default_pipeline
from eventwire.pipeline.stage import registered_stages
from eventwire.review.sqlstore import sql_store
from eventwire.store import schema
from eventwire.store.base import Store

POSITIVE = ("accepted", "edited")
#: Rejection reasons that say the row is no happening of its type.
NEGATIVE_REASONS = ("not an event", "wrong type")
REVIEW_WEIGHT = 1.0
MODEL_FILES = ("event_decider.json", "acled_coder.json", "event_merger.json")
E = schema.events


@dataclass
class ReviewExamples:
    """Decision examples made from reviews, and how many rows could not be used."""

    examples: Examples
    rows: int = 0
    positives: int = 0
    negatives: int = 0
    unmatched: int = 0
    skipped: int = 0


def _reviewed(store: Store) -> dict[str, list[Any]]:
    cols = (E.c.document_id, E.c.event_id, E.c.type, E.c.trigger_start, E.c.trigger_end,
            E.c.review_status, E.c.review_reason)
    by_doc: dict[str, list[Any]] = {}
    with sql_store(store).engine.connect() as conn:
        for row in conn.execute(select(*cols).where(E.c.review_status != "machine")
                                .order_by(E.c.document_id, E.c.event_id)):
            by_doc.setdefault(row.document_id, []).append(row)
    return by_doc


def _labels(row: Any, machine_type: str | None) -> dict[str, int] | None:
    """Type -> label for the drafts at this row's trigger, or None (says nothing)."""
    if row.review_status in POSITIVE:
        labels = {row.type: 1}
        if machine_type and machine_type != row.type:
            labels[machine_type] = 0  # the reviewer changed the type: the old one was wrong
        return labels
    reason = (row.review_reason or "").split(":", 1)[0]
    if row.review_status == "rejected" and reason in NEGATIVE_REASONS:
        return {row.type: 0}
    return None


def review_examples(store: Store, log: Callable[[str], None] = print) -> ReviewExamples:
    """Label the extractor's candidates at every reviewed row of ``store``."""
    pipeline = default_pipeline([n for n in registered_stages() if n != "events"])
    lexicon = load_lexicon()
    out = ReviewExamples(Examples())
    for doc_id, rows in _reviewed(store).items():
        doc = store.get(doc_id)
        if doc is None:
            continue
        machine = {e.id: e.type for e in doc.events}
        article = Article(text=doc.text, meta=Meta(path=doc.meta.path or doc_id,
                                                   published=doc.meta.published))
        _, drafts = candidate_drafts(pipeline.context(article, before="events"), lexicon)
        for row in rows:
            out.rows += 1
            labels = _labels(row, machine.get(row.event_id))
            if labels is None:
                out.skipped += 1
                continue
            at = [d for d in drafts if (d.event.trigger.start, d.event.trigger.end)
                  == (row.trigger_start, row.trigger_end) and d.event.type in labels]
            if not at:
                out.unmatched += 1
                continue
            for draft in at:
                label = labels[draft.event.type]
                out.examples.add(draft.features, label, f"review:{doc_id}", REVIEW_WEIGHT)
                out.positives += label
                out.negatives += 1 - label
    log(f"{out.rows} reviewed rows: {out.positives} positive and {out.negatives} negative "
        f"examples, {out.skipped} rows saying nothing about eventhood (duplicate, wrong place, "
        f"other), {out.unmatched} with no candidate at their words (added by hand, or the "
        "candidates changed)")
    return out


def _retrain(train: Examples, held: Sequence[HeldDoc], current: EventModels
             ) -> tuple[LinearModel, float, float, dict[str, float]]:
    """The shipped recipe for the decider: best row F1 on the held-out texts over C."""
    best: tuple[float, float, float, LinearModel, dict[str, float]] | None = None
    for c in (0.25, 0.5, 1.0):
        candidate = _fit(train.x, train.y, c=c, weights=train.weights)
        t, rows = record_threshold(held, replace(current, decider=candidate, threshold=0.5))
        if best is None or rows["f1"] > best[0]:
            best = (rows["f1"], c, t, candidate, rows)
    assert best is not None
    _, c, t, model, rows = best
    return model, c, t, rows


def _joined(a: Examples, b: Examples) -> Examples:
    out = Examples()
    for ex in (a, b):
        for f, y, d, w in zip(ex.x, ex.y, ex.docs, ex.weights, strict=True):
            out.add(f, y, d, w)
    return out


def models_dir() -> Path:
    """Where the shipped models live (the installed package's data)."""
    return Path(str(files("eventwire") / "data" / "models"))


def train_from_reviews(store: Store, corpus: Path, data_root: Path | None, out_dir: Path,
                       log: Callable[[str], None] = print) -> dict[str, Any]:
    """Retrain the decider with the reviews; write it (and the kept models) to ``out_dir``."""
    reviews = review_examples(store, log)
    if not reviews.examples.y:
        from eventwire.errors import EventwireError

        raise EventwireError(f"{store.url}: no reviewed row gives a training example yet "
                             "(accept rows, or reject them as 'not an event').")
    docs = corpus_docs(corpus, data_root)
    log(f"{len(docs)} annotated texts: " + ", ".join(
        f"{k} {v}" for k, v in sorted(Counter(d.source for d in docs).items())))
    decide, _acled, _pairs, held = draft_examples(docs)
    snippets_file = corpus / "acled-snippets" / "snippets.jsonl"
    for _ in snippet_examples(load_snippets(snippets_file) if snippets_file.is_file() else [],
                              decide):
        pass  # the snippets also teach the decision (as in the shipped training)
    d_train, d_held = _split(decide)
    current = EventModels.load()
    figures: dict[str, dict[str, Any]] = {}
    figures["current"] = {
        "held_out": decision_scores(current.decider, d_held.x, d_held.y, current.threshold),
        "held_out_records": record_scores(held, current), "threshold": current.threshold}
    base, base_c, base_t, base_rows = _retrain(d_train, held, current)
    figures["retrained without reviews"] = {
        "held_out": decision_scores(base, d_held.x, d_held.y, base_t),
        "held_out_records": base_rows, "threshold": base_t, "C": base_c}
    model, c, t, rows = _retrain(_joined(d_train, reviews.examples), held, current)
    figures["retrained with reviews"] = {
        "held_out": decision_scores(model, d_held.x, d_held.y, t),
        "held_out_records": rows, "threshold": t, "C": c}
    card = {**current.decider.card, "threshold": t, "C": c,
            "train_rows": len(d_train.y) + len(reviews.examples.y),
            "review_rows": len(reviews.examples.y), "held_out": figures[
                "retrained with reviews"]["held_out"], "held_out_records": rows,
            "reviews_from": _safe_url(store.url), "trained_at": datetime.now(UTC).isoformat(
                timespec="seconds")}
    new = LinearModel(model.classes, model.weights, model.intercept, card=card)
    out_dir.mkdir(parents=True, exist_ok=True)
    source = models_dir()
    for name in MODEL_FILES[1:]:
        shutil.copyfile(source / name, out_dir / name)
    (out_dir / "event_decider.json").write_text(
        json.dumps(new.to_dict(), separators=(",", ":")) + "\n", encoding="utf-8")
    report = {"reviews": {"rows": reviews.rows, "positives": reviews.positives,
                          "negatives": reviews.negatives, "skipped": reviews.skipped,
                          "unmatched": reviews.unmatched}, "held_out_texts": len(held),
              **figures}
    (out_dir / "REVIEWS.md").write_text(
        "# Event decider retrained with reviews\n\nWritten by `eventwire train --from-reviews`;"
        " held-out: the corpus's fixed split (`sha1(id) % 5 == 0`).\n\n```json\n"
        + json.dumps(report, indent=1) + "\n```\n", encoding="utf-8")
    for name, fig in figures.items():
        log(f"{name:>26}: rows P/R/F1 {_prf(fig['held_out_records'])} · candidates "
            f"P/R/F1 {_prf(fig['held_out'])}")
    log(f"New model written to {out_dir} (not installed).")
    return report


def _prf(scores: dict[str, Any]) -> str:
    return f"{scores['precision']:.3f}/{scores['recall']:.3f}/{scores['f1']:.3f}"


def _safe_url(url: str) -> str:
    """The database URL without a password."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - only for the card
        return "(database)"


def install(out_dir: Path, target: Path | None = None) -> Path:
    """Put the retrained decider in place; the old one is kept beside it. Returns its copy."""
    target = target or models_dir()
    new = out_dir / "event_decider.json"
    if not new.is_file():
        from eventwire.errors import EventwireError

        raise EventwireError(f"no {new}: run `eventwire train --from-reviews` first.")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    kept = target / f"event_decider.before-reviews-{stamp}.json"
    shutil.copyfile(target / "event_decider.json", kept)
    shutil.copyfile(new, target / "event_decider.json")
    return kept


__all__ = ["ReviewExamples", "install", "review_examples", "train_from_reviews"]
