"""The trigger lexicon: which words announce which event type, kept as data.

The data file is ``eventwire/data/triggers.tsv``; its header documents the
columns and options. Senses with conditions (``with=``, ``obj=``) are tried
before a lemma's plain sense.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from eventwire.errors import ResourceMissingError

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    "MOVE",
)
MOVE_MODES = frozenset({"cross_border", "flee", "defect", "return", "relocate", "smuggle",
                        "gather", "deport"})
_POS = {"V": frozenset({"VERB"}), "N": frozenset({"NOUN", "PROPN"}), "A": frozenset({"ADJ"}),
        "VN": frozenset({"VERB", "NOUN"})}


@dataclass(frozen=True, slots=True)
class TriggerSense:
    """One meaning of a trigger word: the event type it announces and when it applies."""

    lemma: str
    pos: frozenset[str]
    type: str
    mode: str | None
    with_: frozenset[str] = frozenset()
    obj: frozenset[str] = frozenset()
    not_obj: frozenset[str] = frozenset()
    needs_destination: bool = False
    embeds: bool = False
    in_pp: bool = False
    weight: float = 0.7
    #: Kinds of actor the subject must name (``subj=protesters|civilians``), eventwire.actors.
    subj: frozenset[str] = frozenset()

    @property
    def conditional(self) -> bool:
        return bool(self.with_ or self.obj or self.in_pp or self.subj)


class Lexicon:
    """Trigger senses by lemma, conditioned senses first."""

    def __init__(self, senses: Iterable[TriggerSense]) -> None:
        self._by_lemma: dict[str, list[TriggerSense]] = {}
        for sense in senses:
            self._by_lemma.setdefault(sense.lemma, []).append(sense)
        for lemma, items in self._by_lemma.items():
            self._by_lemma[lemma] = sorted(items, key=lambda s: not s.conditional)

    def senses(self, lemma: str, pos: str) -> list[TriggerSense]:
        """Return the senses of ``lemma`` for a part of speech, conditioned ones first."""
        return [s for s in self._by_lemma.get(lemma, ()) if pos in s.pos]

    def __contains__(self, lemma: object) -> bool:
        return lemma in self._by_lemma

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_lemma.values())


def parse_line(line: str, number: int = 0, source: str = "triggers.tsv") -> TriggerSense:
    """Parse one lexicon line (``lemma pos type mode options``) into a sense."""
    cols = line.rstrip("\n").split("\t")
    if len(cols) < 4:
        raise ResourceMissingError(f"{source}:{number}: expected 4 tab-separated columns, "
                                   f"found {len(cols)}: {line!r}")
    lemma, pos, etype, mode = cols[:4]
    if etype not in EVENT_TYPES or pos not in _POS:
        raise ResourceMissingError(f"{source}:{number}: unknown type {etype!r} or pos {pos!r}")
    opts: dict[str, str] = {}
    for item in " ".join(cols[4:]).split():
        key, _, value = item.partition("=")
        opts[key] = value
    default_w = 0.55 if pos == "N" else 0.7
    return TriggerSense(
        lemma=lemma.lower(), pos=_POS[pos], type=etype, mode=None if mode == "-" else mode,
        with_=frozenset(filter(None, opts.get("with", "").split("|"))),
        obj=frozenset(filter(None, opts.get("obj", "").split("|"))),
        not_obj=frozenset(filter(None, opts.get("not", "").split("|"))),
        needs_destination=opts.get("needs") == "destination",
        embeds="embeds" in opts, in_pp="in_pp" in opts, weight=float(opts.get("w", default_w)),
        subj=frozenset(filter(None, opts.get("subj", "").split("|"))),
    )


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Load the trigger lexicon (the bundled ``data/triggers.tsv`` unless ``path`` is given)."""
    if path is None:
        text = files("eventwire").joinpath("data/triggers.tsv").read_text(encoding="utf-8")
        source = "eventwire/data/triggers.tsv"
    else:
        text = Path(path).read_text(encoding="utf-8")
        source = str(path)
    senses = [parse_line(line, n, source) for n, line in enumerate(text.splitlines(), 1)
              if line.strip() and not line.startswith("#")]
    return Lexicon(senses)
