"""Train the events stage's models: the event decider and the ACLED coder.

``eventwire train`` reads the corpora (:mod:`eventwire.learn.corpus`), runs the pipeline
up to the events stage on every annotated text, labels each candidate row against the
annotation, fits scikit-learn's logistic regression (seeded), measures it on the fixed
held-out split, and writes the models as JSON tables with their cards.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from eventwire.eventing.acled import (
    ACLED_LABELS,
    COMPATIBLE,
    DISASTERS,
    OUTSIDE,
    AcledCoder,
    label_of,
    text_features,
)
from eventwire.eventing.extract import Draft, candidate_drafts
from eventwire.eventing.lexicon import load_lexicon
from eventwire.eventing.linear import LinearModel
from eventwire.eventing.merge import Mention, Merger, mode_family
from eventwire.eventing.records import EventModels, as_mention, kept_mentions, told_words
from eventwire.ingest.article import Article
from eventwire.learn.corpus import (
    AnnotatedDoc,
    GoldRecord,
    is_held_out,
    load_contrast,
    load_gold_folder,
    load_offset_corpus,
    load_snippets,
)
from eventwire.model import Meta
from eventwire.pipeline.runner import default_pipeline
from eventwire.pipeline.stage import registered_stages

SEED = 13
#: A borderline happening teaches the decision at this weight.
OPTIONAL_WEIGHT = 0.5
#: Contrast sentences are half events by design: they teach word senses, not the base rate.
CONTRAST_WEIGHT = 0.5
Features = dict[str, float]


@dataclass
class Examples:
    """Labelled feature rows, with the document each came from."""

    x: list[Features] = field(default_factory=list)
    y: list[Any] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)

    def add(self, features: Features, label: Any, doc: str, weight: float = 1.0) -> None:
        self.x.append(features)
        self.y.append(label)
        self.docs.append(doc)
        self.weights.append(weight)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def label_draft(draft: Draft, doc: AnnotatedDoc) -> tuple[int | None, GoldRecord | None]:
    """1 when the candidate tells an annotated happening of its type (a borderline one too,
    weighed less by the caller), 0 when it tells none, None when it cannot be said (a span
    a partly labelled text leaves unlabelled)."""
    ev = draft.event
    span = (ev.trigger.start, ev.trigger.end)
    touching = [r for r in doc.records if any(_overlaps(span, s) for s in r.spans())]
    typed = [r for r in touching if ev.type in r.types]
    if not typed and doc.exhaustive:
        typed = told_in_sentence(ev, doc.records)
    if any(not r.optional for r in typed):
        return 1, next(r for r in typed if not r.optional)
    if typed:
        return 1, typed[0]
    if doc.exhaustive or touching or any(_overlaps(span, s) for s in doc.negatives):
        return 0, touching[0] if touching else None
    return None, None


def told_in_sentence(ev: Any, records: Sequence[GoldRecord]) -> list[GoldRecord]:
    """The one happening of the row's type that the row's sentence tells, as the evaluation
    reads a row whose trigger lies outside the annotated words ('Shells slammed into the
    camp, killing 12': the annotation marks the shelling, the row's trigger is 'killing')."""
    sent = (ev.sentence.start, ev.sentence.end)
    told = [r for r in records if ev.type in r.types
            and any(_overlaps(sent, s) for s in r.spans())]
    return told if len(told) == 1 else []


def corpus_docs(corpus: Path, data_root: Path | None) -> list[AnnotatedDoc]:
    """Every annotated text of the corpus folder (public ones only when data_root exists)."""
    docs: list[AnnotatedDoc] = []
    if data_root is not None and (corpus / "events").is_dir():
        docs.extend(load_offset_corpus(corpus / "events", data_root))
    if (corpus / "own" / "gold").is_dir():
        docs.extend(load_gold_folder(corpus / "own"))
    if (corpus / "contrast" / "sentences.jsonl").is_file():
        docs.extend(load_contrast(corpus / "contrast" / "sentences.jsonl"))
    return docs


def pair_examples(merger: Merger, kept: Sequence[tuple[Mention, int]], doc: str,
                  out: Examples) -> None:
    """Merge examples: every two rows of one type told of the same happening (1) or not."""
    ordered = sorted(kept, key=lambda mr: mr[0].row.trigger.start)
    for j, (b, rb) in enumerate(ordered):
        same_type = [(a, ra) for a, ra in ordered[:j] if a.row.type == b.row.type]
        rivals = len({ra for _, ra in same_type})
        modes: dict[int, set[str]] = {}  # the means of each happening told before b
        for a, ra in same_type:
            if (family := mode_family(a.row)) is not None:
                modes.setdefault(ra, set()).add(family)
        for a, ra in same_type:
            out.add(merger.pair_features(a, b, rivals, frozenset(modes.get(ra, ()))),
                    int(ra == rb), doc)


@dataclass
class HeldDoc:
    """A held-out, exhaustively annotated text with its candidate rows."""

    doc: AnnotatedDoc
    dc: Any
    drafts: list[Draft]


def record_scores(held: Sequence[HeldDoc], models: EventModels) -> dict[str, float]:
    """Rows against the held-out happenings, as the evaluation scores them: a row hits a
    happening of its type whose words it overlaps; further rows on it are duplicates."""
    hits = rows = wanted = 0
    for h in held:
        mentions = kept_mentions(h.dc, h.drafts, models)
        merged = Merger(h.dc.text, h.dc.places, h.dc.times, models.merger,
                        h.dc.quantities).merge(mentions)
        found: set[int] = set()
        for ev in merged:
            spans = [(m.start, m.end) for m in ev.mentions] or [(ev.trigger.start,
                                                                  ev.trigger.end)]
            match = [i for i, r in enumerate(h.doc.records) if ev.type in r.types
                     and any(_overlaps(a, b) for a in spans for b in r.spans())]
            if not match:
                told = told_in_sentence(ev, h.doc.records)
                match = [h.doc.records.index(told[0])] if told else []
            if match and all(h.doc.records[i].optional for i in match):
                continue
            rows += 1
            fresh = [i for i in match if i not in found and not h.doc.records[i].optional]
            if fresh:
                found.add(fresh[0])
                hits += 1
        wanted += sum(1 for r in h.doc.records if not r.optional)
    prec = hits / rows if rows else 0.0
    rec = hits / wanted if wanted else 0.0
    return {"precision": round(prec, 3), "recall": round(rec, 3),
            "f1": round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0,
            "rows": rows, "happenings": wanted}


#: Held-out row F1 within this of the best counts as equally good: the curve is flat
#: there, and picking its exact peak would follow noise.
PLATEAU = 0.005


def plateau_middle(grid: Sequence[tuple[float, dict[str, float]]]
                   ) -> tuple[float, dict[str, float]]:
    """The middle of the run of thresholds around the best whose F1 is within ``PLATEAU``
    of it: a choice that small changes of the corpus do not move from end to end."""
    f1 = [scores["f1"] for _, scores in grid]
    best = max(range(len(grid)), key=lambda i: (f1[i], -i))
    lo = hi = best
    while lo > 0 and f1[lo - 1] >= f1[best] - PLATEAU:
        lo -= 1
    while hi < len(grid) - 1 and f1[hi + 1] >= f1[best] - PLATEAU:
        hi += 1
    return grid[(lo + hi) // 2]


def record_threshold(held: Sequence[HeldDoc], models: EventModels
                     ) -> tuple[float, dict[str, float]]:
    """The decision threshold for rows: the middle of the best held-out row F1's plateau."""
    return plateau_middle([(step / 100, record_scores(held, replace(models, threshold=step / 100)))
                           for step in range(10, 62, 4)])


def merge_threshold_of(held: Sequence[HeldDoc], models: EventModels
                       ) -> tuple[float, dict[str, float]]:
    """The pair probability at which a mention joins a happening: the middle of the best
    held-out row F1's plateau (a missed merge is a duplicate row, a wrong one a lost
    happening)."""
    assert models.merger is not None
    base = models.merger
    grid = []
    for step in range(30, 72, 5):
        t = step / 100
        merger = LinearModel(base.classes, base.weights, base.intercept, card={"threshold": t})
        grid.append((t, record_scores(held, replace(models, merger=merger))))
    return plateau_middle(grid)


def draft_examples(docs: Iterable[AnnotatedDoc],
                   progress: Callable[[int], None] | None = None
                   ) -> tuple[Examples, Examples, Examples, list[HeldDoc]]:
    """Decision examples (features → 1/0), ACLED examples (row words → label) and merge
    examples (a pair of rows → same happening or not)."""
    pipeline = default_pipeline([n for n in registered_stages() if n != "events"])
    lexicon = load_lexicon()
    decide, acled, pairs = Examples(), Examples(), Examples()
    held: list[HeldDoc] = []
    for n, doc in enumerate(docs, start=1):
        article = Article(text=doc.text, meta=Meta(path=doc.id, published=doc.published))
        ctx = pipeline.context(article, before="events")
        dc, drafts = candidate_drafts(ctx, lexicon)
        kept: list[tuple[Mention, int]] = []
        for draft in drafts:
            label, record = label_draft(draft, doc)
            if label is None:
                continue
            weight = OPTIONAL_WEIGHT if record is not None and record.optional and label else (
                CONTRAST_WEIGHT if not doc.exhaustive else 1.0)
            decide.add(draft.features, label, doc.id, weight)
            if label == 1 and record is not None:
                kept.append((as_mention(draft, 1.0, dc.text, dc.quantities),
                             doc.records.index(record)))
            if label == 1 and record is not None and doc.exhaustive:
                ev = draft.event
                acled.add(text_features(told_words(ctx.text, [ev.sentence]), ev.trigger.text,
                                        ev.type, ev.mode), label_of(record.acled), doc.id)
        if doc.exhaustive and is_held_out(doc.id):
            held.append(HeldDoc(doc=doc, dc=dc, drafts=drafts))
        if doc.exhaustive:
            pair_examples(Merger(dc.text, dc.places, dc.times, quantities=dc.quantities), kept,
                          doc.id, pairs)
        if progress is not None:
            progress(n)
    return decide, acled, pairs, held


def snippet_examples(snippets: Sequence[tuple[str, str, str]], decide: Examples
                     ) -> Iterator[tuple[str, Features, str]]:
    """ACLED examples from labelled snippets: the words of each snippet's likeliest row
    (its sentence, trigger, type and mode), or the whole snippet when it has none.

    Each snippet also teaches the decision: its first row whose type can carry the
    snippet's ACLED type is a happening; in a disaster snippet no violent row is."""
    pipeline = default_pipeline([n for n in registered_stages() if n != "events"])
    lexicon = load_lexicon()
    for sid, text, label in snippets:
        ctx = pipeline.context(Article(text=text, meta=Meta(path=sid)), before="events")
        _, drafts = candidate_drafts(ctx, lexicon)
        allowed = COMPATIBLE.get  # rows whose type can carry an ACLED code come first
        drafts.sort(key=lambda d: (not allowed(d.event.type), d.event.trigger.start))
        acled_type = ACLED_LABELS.get(label, ("",))[0]
        fitting = [d for d in drafts if acled_type in COMPATIBLE.get(d.event.type, ())]
        if fitting:
            decide.add(fitting[0].features, 1, sid)
        if label in DISASTERS:
            for d in drafts:
                if d.event.type in {"ASSAULT", "COERCE"}:
                    decide.add(d.features, 0, sid)
        if drafts:
            ev = drafts[0].event
            yield sid, text_features(told_words(ctx.text, [ev.sentence]), ev.trigger.text,
                                     ev.type, ev.mode), label
        else:
            yield sid, text_features(text), label


def _fit(x: Sequence[Features], y: Sequence[Any], c: float, min_count: int = 2,
         weights: Sequence[float] | None = None) -> LinearModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts: Counter[str] = Counter(k for row in x for k in row)
    rows = [{k: v for k, v in row.items() if counts[k] >= min_count} for row in x]
    vec = DictVectorizer()
    matrix = vec.fit_transform(rows)
    clf = LogisticRegression(C=c, max_iter=3000, random_state=SEED)
    clf.fit(matrix, list(y), sample_weight=list(weights) if weights is not None else None)
    names = vec.get_feature_names_out()
    classes = [str(k) for k in clf.classes_]
    if len(classes) == 2:
        binary = {str(n): (float(w),) for n, w in zip(names, clf.coef_[0], strict=True)
                  if abs(w) >= 1e-4}
        return LinearModel(classes=("event",), weights=binary,
                           intercept=(float(clf.intercept_[0]),), card={})
    table = {str(n): tuple(float(w) for w in clf.coef_[:, j]) for j, n in enumerate(names)
             if max(abs(w) for w in clf.coef_[:, j]) >= 1e-4}
    return LinearModel(classes=tuple(classes), weights=table,
                       intercept=tuple(float(b) for b in clf.intercept_), card={})


def decision_scores(model: LinearModel, x: Sequence[Features], y: Sequence[int],
                    threshold: float) -> dict[str, float]:
    """Precision, recall, F1 at a threshold, and precision of rows at p ≥ 0.8."""
    probs = [model.probabilities(f)["event"] for f in x]
    tp = sum(1 for p, t in zip(probs, y, strict=True) if p >= threshold and t == 1)
    fp = sum(1 for p, t in zip(probs, y, strict=True) if p >= threshold and t == 0)
    fn = sum(1 for p, t in zip(probs, y, strict=True) if p < threshold and t == 1)
    hi = [t for p, t in zip(probs, y, strict=True) if p >= 0.8]
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(prec, 3), "recall": round(rec, 3),
            "f1": round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0,
            "precision_at_0.8": round(sum(hi) / len(hi), 3) if hi else 0.0,
            "share_at_0.8": round(len(hi) / len(y), 3) if y else 0.0,
            "n": len(y), "positives": sum(y)}


def acled_accuracy(model: LinearModel, x: Sequence[Features], y: Sequence[str]) -> dict[str, float]:
    """Share of rows whose likeliest label is right, and whose ACLED event type is right."""
    if not y:
        return {"label": 0.0, "event_type": 0.0, "n": 0}
    right = right_type = 0
    for f, gold in zip(x, y, strict=True):
        probs = model.probabilities(f)
        guess = max(probs, key=lambda k: probs[k])
        right += guess == gold
        gt = ACLED_LABELS.get(gold, ("NONE",))[0]
        right_type += ACLED_LABELS.get(guess, ("NONE",))[0] == gt
    return {"label": round(right / len(y), 3), "event_type": round(right_type / len(y), 3),
            "n": len(y)}


def _split(ex: Examples) -> tuple[Examples, Examples]:
    train, held = Examples(), Examples()
    for f, y, d, w in zip(ex.x, ex.y, ex.docs, ex.weights, strict=True):
        (held if is_held_out(d) else train).add(f, y, d, w)
    return train, held


def model_card(report: dict[str, Any]) -> str:
    """MODEL.md: what each shipped model decides, its data, split, seed and held-out scores."""
    lines = ["# The events stage's models", "",
             "Written by `eventwire train --data ../shared/eval/public` (seed "
             f"{SEED}); do not edit by hand. Corpus: `corpus/` (see its README). Held-out split:"
             " one text in five by a hash of its id (`sha1(id) % 5 == 0`), never trained on.", ""]
    for name, card in report.items():
        lines += [f"## {name}", "", str(card.get("what", "")), ""]
        lines.append(f"- texts: {json.dumps(card.get('texts', {}), sort_keys=True)}")
        lines.append(f"- rows: {card.get('train_rows')} for training, "
                     f"{card.get('held_out_rows')} held out")
        if "threshold" in card:
            lines.append(f"- decision threshold: {card['threshold']}")
        lines.append(f"- held out: {json.dumps(card.get('held_out', {}), sort_keys=True)}")
        if "held_out_records" in card:
            lines.append(f"- held-out rows after merging, against every annotated happening of "
                         f"{card.get('held_out_texts')} texts: "
                         f"{json.dumps(card['held_out_records'], sort_keys=True)}")
        lines.append("")
    return "\n".join(lines)


def train(corpus: Path, data_root: Path | None, out_dir: Path,
          log: Callable[[str], None] = print) -> dict[str, Any]:
    """Train both models on the train split, measure them on the held-out split, write them."""
    docs = corpus_docs(corpus, data_root)
    by_source = Counter(d.source for d in docs)
    log(f"{len(docs)} annotated texts: "
        + ", ".join(f"{k} {v}" for k, v in sorted(by_source.items())))
    decide, acled, pairs, held = draft_examples(docs)
    snippets = load_snippets(corpus / "acled-snippets" / "snippets.jsonl") \
        if (corpus / "acled-snippets" / "snippets.jsonl").is_file() else []
    for sid, features, label in snippet_examples(snippets, decide):
        acled.add(features, label if label in ACLED_LABELS or label in OUTSIDE else "NONE", sid)
    d_train, d_held = _split(decide)
    a_train, a_held = _split(acled)
    # words seen in five rows or more: the same accuracy at a quarter of the size
    coders = {c: _fit(a_train.x, a_train.y, c=c, min_count=5) for c in (1.0, 4.0, 16.0)}
    coder_c = max(coders, key=lambda c: acled_accuracy(coders[c], a_held.x, a_held.y)["label"])
    coder = coders[coder_c]
    a_report = acled_accuracy(coder, a_held.x, a_held.y)
    p_train, p_held = _split(pairs)
    merger = _fit(p_train.x, p_train.y, c=1.0, min_count=2)
    m_report = decision_scores(merger, p_held.x, p_held.y, 0.5)
    best: tuple[float, float, float, LinearModel, dict[str, float]] | None = None
    for c in (0.25, 0.5, 1.0):
        candidate = _fit(d_train.x, d_train.y, c=c, weights=d_train.weights)
        t, rows = record_threshold(held, EventModels(
            decider=candidate, coder=AcledCoder(coder), threshold=0.5, merger=merger))
        if best is None or rows["f1"] > best[0]:
            best = (rows["f1"], c, t, candidate, rows)
    assert best is not None
    _, decider_c, threshold, decider, rows_report = best
    merge_threshold, rows_report = merge_threshold_of(held, EventModels(
        decider=decider, coder=AcledCoder(coder), threshold=threshold, merger=merger))
    d_report = decision_scores(decider, d_held.x, d_held.y, threshold)
    common = {"seed": SEED, "texts": dict(by_source), "held_out": "sha1(id) % 5 == 0"}
    decider = LinearModel(decider.classes, decider.weights, decider.intercept, card={
        **common, "what": "P(candidate row is a codeable happening of its type), EVENTS.md",
        "threshold": threshold, "C": decider_c,
        "train_rows": len(d_train.y), "held_out_rows": len(d_held.y),
        "held_out": d_report, "held_out_records": rows_report,
        "held_out_texts": len(held)})
    coder = LinearModel(coder.classes, coder.weights, coder.intercept, card={
        **common, "what": "ACLED sub-event label (or a label outside ACLED) of a row's words",
        "C": coder_c,
        "train_rows": len(a_train.y), "held_out_rows": len(a_held.y), "held_out": a_report})
    merger = LinearModel(merger.classes, merger.weights, merger.intercept, card={
        **common, "what": "P(two same-type rows of an article tell one happening)",
        "threshold": merge_threshold,
        "train_rows": len(p_train.y), "held_out_rows": len(p_held.y), "held_out": m_report})
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, model in (("event_decider", decider), ("acled_coder", coder),
                        ("event_merger", merger)):
        (out_dir / f"{name}.json").write_text(
            json.dumps(model.to_dict(), separators=(",", ":")) + "\n", encoding="utf-8")
    report = {"event_decider": decider.card, "acled_coder": coder.card,
              "event_merger": merger.card}
    (out_dir / "MODEL.md").write_text(model_card(report), encoding="utf-8")
    log(json.dumps(report, indent=1))
    return report
